// Issue 10 section 4: output and files that cannot be abused. Each test failed before its fix.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStylish } from '../src/formatters/stylish.ts';
import { artifactUri } from '../src/formatters/sarif.ts';
import { lintText } from '../src/lint.ts';
import { compileCustomRule } from '../src/config/custom-rules.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

function peerlint(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? dir, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  // A child that died by a signal or never started has no status: say why instead of "expected null".
  if (result.status === null) throw new Error(`peerlint ${args.join(' ')}: no exit status (signal ${result.signal}, ${result.error?.message ?? 'no spawn error'}); stderr: ${result.stderr}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = '# Peer Support Specialist\n\nPay: $20–$24 per hour. You will report to the Lead Peer Specialist.\n';
const STIGMA = '# Staff Nurse\n\nPay: $30 per hour.\nWe serve addicts here.\n';
const ESC = '\u001b';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-abuse-'));
  writeFileSync(at('good.md'), GOOD);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('control characters are escaped in stylish output and on stderr', () => {
  const OSC52 = `${ESC}]52;c;cm0gLXJmIH4=\u0007`; // a clipboard write
  it('file names and messages in the stylish report', () => {
    const out = formatStylish(
      {
        files: [
          { path: `a${OSC52}.md`, peerRole: false, findings: [], error: `bad\r\nforged line${ESC}[2J` },
          { path: 'b.md', peerRole: false, findings: [{ ruleId: 'x', category: 'c', severity: 'error', message: `Avoid "${ESC}]8;;https://evil${ESC}\\\\link".`, line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, text: 'x', suggestions: ['\u2028y'], docs: '' }] },
        ],
        summary: { files: 2, errors: 1, warnings: 0, infos: 0, fileErrors: 1 },
      },
      { color: false },
    );
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028]/);
    expect(out).toContain('a\\x1b]52;c;cm0gLXJmIH4=\\x07.md');
    expect(out).toContain('bad\\r\\nforged line\\x1b[2J');
    expect(out).toContain('\\x1b]8;;https://evil');
    expect(out).toContain('→ \\u2028y');
  });
  it('JSON Lines ids in the report', () => {
    const line = JSON.stringify({ id: `x${ESC}[31m\nforged: ok`, title: 'Staff Nurse', text: 'We serve addicts.' });
    const { code, stdout } = peerlint(['--input', 'jsonl', '-'], { input: line });
    expect(code).toBe(1);
    expect(stdout).toContain('x\\x1b[31m\\nforged: ok');
    expect(stdout).not.toContain(ESC);
  });
  it('file names on stderr', () => {
    writeFileSync(at(`e${ESC}[31m.md`), '');
    const { code, stderr } = peerlint([`e${ESC}[31m.md`]);
    expect(code).toBe(2);
    expect(stderr).toBe('peerlint: e\\x1b[31m.md: empty file: there is no posting to lint\n');
  });
});

describe('symbolic links', () => {
  it('a glob does not follow a link to a file outside the tree', () => {
    mkdirSync(at('outside'));
    writeFileSync(at('outside', 'secret.md'), '# Staff Nurse\n\nPay: $30. The password is hunter2 and we serve addicts.\n');
    mkdirSync(at('tree', 'dir'), { recursive: true });
    writeFileSync(at('tree', 'dir', 'a.md'), GOOD);
    symlinkSync(at('outside', 'secret.md'), at('tree', 'dir', 'shadow.md'));
    for (const target of ['dir/*.md', 'dir']) {
      const { stdout } = peerlint([target, '-f', 'sarif'], { cwd: at('tree') });
      expect(stdout).not.toContain('hunter2');
      expect(JSON.parse(stdout).runs[0].artifacts ?? []).toEqual([]);
    }
    const json = JSON.parse(peerlint(['dir/*.md', '-f', 'json'], { cwd: at('tree') }).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([join('dir', 'a.md')]);
  });
  it('a link loop does not lint one file several times', () => {
    mkdirSync(at('loop', 'sub'), { recursive: true });
    writeFileSync(at('loop', 'sub', 'a.md'), GOOD);
    symlinkSync('..', at('loop', 'sub', 'up'));
    symlinkSync('.', at('loop', 'here'));
    symlinkSync('a.md', at('loop', 'sub', 'alias.md'));
    const json = JSON.parse(peerlint(['loop/**/*.md', '-f', 'json']).stdout);
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([join('loop', 'sub', 'a.md')]);
  });
});

describe('SARIF', () => {
  it('a lone surrogate in a JSON Lines id is encoded, not a crash', () => {
    expect(artifactUri('job-\ud800.md')).toBe('job-%EF%BF%BD.md');
    const { code, stdout } = peerlint(['--input', 'jsonl', '-', '-f', 'sarif'], { input: '{"id":"job-\\ud800","title":"Staff Nurse","text":"We serve addicts."}\n' });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('job-%EF%BF%BD');
  });
});

describe('the cache', () => {
  it('drops a malformed entry instead of crashing or replaying it', () => {
    mkdirSync(at('cached'));
    writeFileSync(at('cached', 'a.md'), STIGMA);
    expect(peerlint(['a.md', '--cache'], { cwd: at('cached') }).code).toBe(1);
    const cache = JSON.parse(readFileSync(at('cached', '.peerlintcache'), 'utf8'));
    const entry = Object.values(cache.files)[0] as { result: { findings: unknown[] } };
    entry.result.findings = [null];
    writeFileSync(at('cached', '.peerlintcache'), JSON.stringify(cache));
    const again = peerlint(['a.md', '--cache', '-f', 'json'], { cwd: at('cached') });
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).files[0].findings.map((f: { text: string }) => f.text)).toEqual(['addicts']);
    // and a forged finding is not shown
    entry.result.findings = [{ ruleId: 'forged' }];
    writeFileSync(at('cached', '.peerlintcache'), JSON.stringify(cache));
    expect(peerlint(['a.md', '--cache', '-f', 'json'], { cwd: at('cached') }).stdout).not.toContain('forged');
  });
  it('covers plugin code: editing a plugin lints again', () => {
    mkdirSync(at('plugged'));
    const plugin = (word: string) =>
      `export default { meta: { id: 'acme/word', category: 'x', defaultSeverity: 'error', description: 'd', docs: 'd', appliesTo: 'all', messages: { m: 'found' } }, create(context) { return { end() { const i = context.document.text.indexOf(${JSON.stringify(word)}); if (i >= 0) context.report({ messageId: 'm', span: { start: i, end: i + ${word.length} } }); } }; } };\n`;
    writeFileSync(at('plugged', 'plugin.mjs'), plugin('Lead'));
    writeFileSync(at('plugged', '.peerlintrc.yaml'), 'plugins: [./plugin.mjs]\n');
    writeFileSync(at('plugged', 'a.md'), GOOD);
    const texts = () => JSON.parse(peerlint(['a.md', '--cache', '-f', 'json'], { cwd: at('plugged') }).stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'acme/word').map((f: { text: string }) => f.text);
    expect(texts()).toEqual(['Lead']);
    writeFileSync(at('plugged', 'plugin.mjs'), plugin('Peer'));
    expect(texts()).toEqual(['Peer']);
  });
  it('--cache-location never overwrites a file that is not a peerlint cache', () => {
    writeFileSync(at('notes.md'), GOOD);
    const { code, stderr } = peerlint(['good.md', '--cache', '--cache-location', 'notes.md']);
    expect(code).toBe(0);
    expect(stderr).toContain('notes.md is not a peerlint cache; it is left as it is');
    expect(readFileSync(at('notes.md'), 'utf8')).toBe(GOOD);
  });
});

describe('writing the report', () => {
  it('a full device exits 2 with one line', () => {
    if (!existsSync('/dev/full')) return;
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" good.md > /dev/full`], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('peerlint: cannot write standard output: no space left on the device\n');
  });
  it('-o onto a folder fails before any work', () => {
    mkdirSync(at('a-folder'));
    const { code, stderr } = peerlint(['good.md', '-o', 'a-folder']);
    expect(code).toBe(2);
    expect(stderr).toBe('peerlint: cannot write a-folder: it is a folder\n');
  });
  it('an existing report keeps its file mode', () => {
    writeFileSync(at('report.txt'), 'old');
    chmodSync(at('report.txt'), 0o600);
    expect(peerlint(['good.md', '-o', 'report.txt']).code).toBe(0);
    expect(statSync(at('report.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('report.txt'), 'utf8')).toContain('good.md');
  });
  it('temporary files left by a killed run are removed by the next run', () => {
    writeFileSync(at('.report.txt.999999.deadbeef.tmp'), 'half a report');
    expect(peerlint(['good.md', '-o', 'report.txt']).code).toBe(0);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
  it.each(['SIGINT', 'SIGTERM'] as const)('%s during an in-process run stops it promptly and keeps the previous report', async (signal) => {
    const many = at(`many-${signal}`);
    mkdirSync(many);
    for (let i = 0; i < 3000; i++) writeFileSync(join(many, `p${i}.md`), STIGMA);
    writeFileSync(at('kept.txt'), 'the previous report');
    const child = spawn(process.execPath, [bin, many, '--concurrency', '1', '-o', 'kept.txt'], { cwd: dir, stdio: 'ignore' });
    // Listened for from the start: a run that ends before the signal must fail the test, not hang it.
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('exit', (c, s) => done([c, s])));
    // The signal goes once the report's temporary file exists (planned, linting and writing), not after a
    // fixed delay: a quiet machine lints the 3,000 files in about a second.
    const writing = () => readdirSync(dir).some((name) => name.startsWith('.kept.txt.') && name.endsWith('.tmp'));
    for (const start = Date.now(); !writing() && child.exitCode === null && Date.now() - start < 30_000; ) await new Promise((tick) => setTimeout(tick, 5));
    child.kill(signal);
    const [code, killedBy] = await exited;
    expect(code === null ? killedBy : code).toBe(signal);
    expect(readFileSync(at('kept.txt'), 'utf8')).toBe('the previous report');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('configuration and front matter', () => {
  it('front matter with too many YAML aliases is an input error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(() => lintText(`---\n${bomb}\n---\n${GOOD}`)).toThrow(/invalid YAML front matter: Excessive alias count/);
  });
  it("a plugin's options that cannot be serialised are a config error", () => {
    mkdirSync(at('fn-options'));
    writeFileSync(at('fn-options', 'plugin.mjs'), "export default { meta: { id: 'acme/x', category: 'x', defaultSeverity: 'error', description: 'd', docs: 'd', appliesTo: 'all', messages: { m: 'x' }, options: { type: 'object' } }, create() { return {}; } };\n");
    writeFileSync(at('fn-options', '.peerlintrc.js'), "export default { plugins: ['./plugin.mjs'], rules: { 'acme/x': ['error', { pick: () => 1 }] } };\n");
    for (let i = 0; i < 20; i++) writeFileSync(at('fn-options', `p${i}.md`), GOOD);
    const { code, stderr } = peerlint(['.', '--concurrency', '2'], { cwd: at('fn-options') });
    expect(code).toBe(2);
    expect(stderr).toContain('config error: <resolved config>: rules.acme/x[1].pick: rule options must be plain data (JSON values): a function cannot be passed to the rule');
    expect(stderr).toContain('nothing was linted');
  });
  it('{{constructor}} in a message template renders literally', () => {
    const rule = compileCustomRule({ id: 'house', type: 'existence', tokens: ['addicts'], message: 'Avoid {{match}} ({{constructor}}, {{toString}}).' });
    const [finding] = lintText(STIGMA, { rules: [{ rule, severity: 'error', options: {} }] }).findings;
    expect(finding!.message).toBe('Avoid addicts ({{constructor}}, {{toString}}).');
  });
});
