// Issue 10 section 2: a file over the per-file budget (time or memory) is stopped and reported as that
// file's error; the other files are linted and the run exits 2. No clock assertions: the slow input
// takes minutes unbudgeted (the Markdown parser is quadratic on setext headings), so only a working
// budget lets these tests finish.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/run.ts';
import { lintText } from '../src/lint.ts';
import { MAX_LIST_ITEMS, MAX_NESTED_MARKERS, MAX_TABLE_CELLS } from '../src/document/markdown.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

function peerlint(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  // A child that died by a signal or never started has no status: say why instead of "expected null".
  if (result.status === null) throw new Error(`peerlint ${args.join(' ')}: no exit status (signal ${result.signal}, ${result.error?.message ?? 'no spawn error'}); stderr: ${result.stderr}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = '# Peer Support Specialist\n\nPay: $20–$24 per hour. You will report to the Lead Peer Specialist.\n';
/** 160 KB of setext headings: minutes of parsing without a budget. */
const SLOW = `# Peer Support Specialist\n\n${'a\n=\n'.repeat(40_000)}`;
/**
 * 3 MB of prose with emphasis: linting it needs well over 64 MB of heap. (The emphasis makes it remark-parse's
 * to read; plain prose goes to the line scanner, src/document/simple-markdown.ts, which needs little.)
 */
const BIG = `# Peer Support Specialist\n\n${'We value *kindness* and we serve people in recovery. '.repeat(60_000)}`;
const TOO_SLOW = "took longer than 1 s; not linted (the limit is set with --max-file-time or the config's maxFileTime)";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-budget-'));
  writeFileSync(at('good.md'), GOOD);
  writeFileSync(at('slow.md'), SLOW);
  writeFileSync(at('big.md'), BIG);
  mkdirSync(at('many'));
  for (let i = 0; i < 20; i++) writeFileSync(at('many', `p${String(i).padStart(2, '0')}.md`), i === 7 ? SLOW : GOOD);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the per-file time budget', () => {
  it('stops a slow file in a one-thread run, reports it as its error and lints the others', () => {
    const { code, stdout, stderr } = peerlint(['slow.md', 'good.md', '--max-file-time', '1', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe(`peerlint: slow.md: ${TOO_SLOW}\n`);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string; error?: string }) => [f.path, f.error])).toEqual([
      ['slow.md', TOO_SLOW],
      ['good.md', undefined],
    ]);
  }, 120_000);

  it('stops a slow file among many linted by worker threads; the worker is replaced and the rest linted in order', () => {
    const { code, stdout } = peerlint(['many', '--max-file-time', '1', '--concurrency', '2', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(20);
    expect(report.files.map((f: { error?: string }) => f.error ?? 'ok')).toEqual(Array.from({ length: 20 }, (_, i) => (i === 7 ? TOO_SLOW : 'ok')));
    expect(report.summary.fileErrors).toBe(1);
  }, 120_000);

  it("comes from the working folder's config (maxFileTime) when --max-file-time is not given; the option wins", () => {
    mkdirSync(at('configured'));
    writeFileSync(at('configured', '.peerlintrc.yaml'), 'maxFileTime: 1\n');
    writeFileSync(at('configured', 'slow.md'), SLOW);
    const fromConfig = spawnSync(process.execPath, [bin, 'slow.md', '--format', 'json'], { cwd: at('configured'), encoding: 'utf8', timeout: 120_000 });
    expect(fromConfig.status).toBe(2);
    expect(JSON.parse(fromConfig.stdout).files[0].error).toBe(TOO_SLOW);
    const fromOption = spawnSync(process.execPath, [bin, 'slow.md', '--format', 'json', '--max-file-time', '2'], { cwd: at('configured'), encoding: 'utf8', timeout: 120_000 });
    expect(JSON.parse(fromOption.stdout).files[0].error).toBe(TOO_SLOW.replace('1 s', '2 s'));
  }, 120_000);

  it('applies to standard input and to JSON Lines records', () => {
    const stdin = peerlint(['-', '--max-file-time', '1', '--format', 'json'], SLOW);
    expect(stdin.code).toBe(2);
    expect(JSON.parse(stdin.stdout).files[0].error).toBe(TOO_SLOW);
    const records = [{ id: 'slow', title: 'Peer Support Specialist', text: SLOW }, { id: 'ok', title: 'Peer Support Specialist', text: GOOD }];
    const jsonl = peerlint(['--input', 'jsonl', '-', '--max-file-time', '1', '--format', 'json'], records.map((r) => JSON.stringify(r)).join('\n'));
    expect(jsonl.code).toBe(2);
    expect(JSON.parse(jsonl.stdout).files.map((f: { path: string; error?: string }) => [f.path, f.error])).toEqual([
      ['slow', TOO_SLOW],
      ['ok', undefined],
    ]);
  }, 120_000);

  it('applies to the library', async () => {
    const report = await lint([at('slow.md'), at('good.md')], { maxFileTime: 1 });
    expect(report.files.map((f) => f.error)).toEqual([TOO_SLOW, undefined]);
  }, 120_000);

  it.each(['0', '-1', 'soon'])('refuses --max-file-time %s', (value) => {
    const { code, stderr } = peerlint(['good.md', '--max-file-time', value]);
    expect(code).toBe(2);
    expect(stderr).toContain('expected a number of seconds above 0');
  });
});

describe('the per-file memory budget', () => {
  it('stops a file whose worker needs more heap than the cap, and lints the others', () => {
    const { code, stdout, stderr } = peerlint(['big.md', 'good.md', '--max-file-memory', '64', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toBe('peerlint: big.md: needs more than 64 MB of memory; not linted\n');
    expect(JSON.parse(stdout).files.map((f: { error?: string }) => f.error)).toEqual(['needs more than 64 MB of memory; not linted', undefined]);
  }, 120_000);
});

describe('--concurrency', () => {
  it('is capped at twice the cores, with a warning', () => {
    const { code, stderr } = peerlint(['good.md', '--concurrency', '4096']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/warning: --concurrency 4096 is more than this machine can use; using \d+ threads \(twice the cores\)/);
  });
});

describe('JSON Lines input', () => {
  it('applies --max-file-size to each record', () => {
    const big = JSON.stringify({ id: 'big', title: 'Peer Support Specialist', text: 'x'.repeat(5000) });
    const small = JSON.stringify({ id: 'small', title: 'Peer Support Specialist', text: GOOD });
    const { code, stdout } = peerlint(['--input', 'jsonl', '-', '--max-file-size', '1KB', '--format', 'json'], `${big}\n${small}\n`);
    expect(code).toBe(2);
    const files = JSON.parse(stdout).files;
    expect(files.map((f: { path: string }) => f.path)).toEqual(['<stdin>:1', 'small']);
    expect(files[0].error).toBe(`line is ${Buffer.byteLength(big)} bytes, over the 1 KB size limit (set it with --max-file-size)`.replace(`${Buffer.byteLength(big)} bytes`, `4.9 KB (${Buffer.byteLength(big)} bytes)`));
  });
  it('an empty input exits 2 like an empty file', () => {
    writeFileSync(at('empty.jsonl'), '\n\n');
    const { code, stderr } = peerlint(['--input', 'jsonl', 'empty.jsonl']);
    expect(code).toBe(2);
    expect(stderr).toBe('peerlint: empty.jsonl: empty JSON Lines input: there is no posting to lint\n');
  });
});

describe('shapes no posting has are refused before the Markdown parser sees them, saying which', () => {
  const refused = (text: string) => {
    try {
      lintText(text);
    } catch (error) {
      return (error as Error).message;
    }
    return 'linted';
  };
  const H = '# Peer Support Specialist\n\n';
  it('deep nesting on line after line', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `${'- '.repeat((i % 30) + 1)}x`);
    expect(refused(H + lines.join('\n'))).toBe(`<text>: Markdown nests lists or blockquotes on line after line: more than ${MAX_NESTED_MARKERS} nested markers by line ${lineWhereMarkersPass(lines) + 2}: not a posting`);
  });
  it('a list of thousands of items', () => {
    expect(refused(H + '- x\n'.repeat(MAX_LIST_ITEMS + 1))).toBe(`<text>: Markdown with a list of more than ${MAX_LIST_ITEMS} items (from line 3): not a posting`);
  });
  it('a huge table', () => {
    const table = `|${'a|'.repeat(1000)}\n|${'-|'.repeat(1000)}\n${`|${'b|'.repeat(1000)}\n`.repeat(50)}`;
    expect(refused(H + table)).toMatch(new RegExp(`^<text>: Markdown with more than ${MAX_TABLE_CELLS} table cells \\("\\|" separators; line \\d+\\): not a posting$`));
  });
  it('postings with nested lists, long lists and tables are linted', () => {
    const posting = `${H}| Pay | Hours |\n| --- | --- |\n| $20 | 40 |\n\n${'- duty\n  - detail\n    - more\n'.repeat(60)}`;
    expect(refused(posting)).toBe('linted');
  });
});

function lineWhereMarkersPass(lines: string[]): number {
  let total = 0;
  for (const [i, line] of lines.entries()) {
    const depth = line.split('- ').length - 1;
    if (depth > 1 && (total += depth) > MAX_NESTED_MARKERS) return i + 1; // 1-based, counted from the first list line
  }
  return -1;
}
