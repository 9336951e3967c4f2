// Hostile and odd input (issue 6): none of it may crash a run or hide the other files' results.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandTargets } from '../src/files.ts';
import { lintFile, lintFiles, lintText } from '../src/lint.ts';
import { MAX_NESTING } from '../src/document/markdown.ts';
import { parseByteSize } from '../src/read.ts';
import { expectLinearGrowth } from './support/growth.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

function peerlint(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = '# Peer Support Specialist\n\nPay: $20–$24 per hour. You will report to the Lead Peer Specialist.\n';
/** A finding of the stigmatizing-language rule at a known place. */
const STIGMA = (eol: string) => `# Staff Nurse${eol}${eol}Pay: $30 per hour.${eol}We serve addicts here.${eol}`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-hostile-'));
  writeFileSync(at('good.md'), GOOD);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('empty and white-space-only files are input errors, not clean lints', () => {
  it('an empty file', () => {
    writeFileSync(at('empty.md'), '');
    expect(lintFile(at('empty.md')).error).toBe('empty file: there is no posting to lint');
  });
  it('a file of spaces, tabs and line breaks (and a BOM)', () => {
    writeFileSync(at('blank.txt'), '\uFEFF  \t\r\n\n \r');
    expect(lintFile(at('blank.txt')).error).toBe('only white space: there is no posting to lint');
  });
  it('the same from the library', () => {
    expect(() => lintText('')).toThrow('empty file');
    expect(() => lintText('\n\n')).toThrow('only white space');
  });
});

describe('size limit', () => {
  it('refuses a 50 MB file without reading it, naming the size and the limit', () => {
    truncateSync((writeFileSync(at('huge.md'), ''), at('huge.md')), 50 * 1024 * 1024);
    const { code, stdout, stderr } = peerlint(['huge.md', 'good.md', '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr).toContain('huge.md: file is 50 MB (52428800 bytes), over the 10 MB size limit (set it with --max-file-size)');
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['huge.md', 'good.md']);
    expect(report.files[1].error).toBeUndefined();
  });
  it('--max-file-size sets the limit, with or without a unit', () => {
    expect(peerlint(['good.md', '--max-file-size', '50']).stderr).toContain(`good.md: file is ${Buffer.byteLength(GOOD)} bytes, over the 50 bytes size limit`);
    expect(peerlint(['good.md', '--max-file-size', '1KB']).code).toBe(0);
    const bad = peerlint(['good.md', '--max-file-size', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--max-file-size <size>' argument 'lots' is invalid");
  });
  it('applies to standard input too', () => {
    const result = spawnSync(process.execPath, [bin, '-', '--max-file-size', '10'], { cwd: dir, input: GOOD, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`input is ${Buffer.byteLength(GOOD)} bytes, over the 10 bytes size limit`);
  });
  it.each([
    ['1048576', 1048576],
    ['10MB', 10 * 1024 ** 2],
    ['500 kb', 500 * 1024],
    ['1.5GB', 1.5 * 1024 ** 3],
    ['0', undefined],
    ['-5', undefined],
    ['10 parsecs', undefined],
  ])('parses the size %s', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });
});

describe('encodings', () => {
  it('binary data (NUL bytes) is refused with the offset', () => {
    writeFileSync(at('image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(lintFile(at('image.md')).error).toBe('binary file (NUL byte at offset 8); peerlint reads Markdown, plain text, HTML and Word .docx');
  });
  it('text that is neither UTF-8 nor Windows-1252 is refused with the offset of the first bad byte', () => {
    // 0x81 is undefined in Windows-1252, so the bytes are no text encoding peerlint reads.
    writeFileSync(at('latin1.md'), Buffer.concat([Buffer.from('# Peer caf'), Buffer.from([0xe9, 0x81]), Buffer.from(' worker\n')]));
    expect(lintFile(at('latin1.md')).error).toBe('not valid UTF-8 (first bad byte at offset 10); save the file as UTF-8');
  });
  it.each([
    ['utf16le', Buffer.from([0xff, 0xfe])],
    ['utf16be', Buffer.from([0xfe, 0xff])],
  ])('UTF-16 with a BOM (%s) is decoded and positions count from after the BOM', (encoding, bom) => {
    const text = STIGMA('\r\n');
    let body = Buffer.from(text, 'utf16le');
    if (encoding === 'utf16be') body = Buffer.from(body).swap16();
    writeFileSync(at(`${encoding}.md`), Buffer.concat([bom, body]));
    const result = lintFile(at(`${encoding}.md`));
    expect(result.error).toBeUndefined();
    expect(result.findings.map(({ ruleId, line, column, endLine, endColumn, offset, endOffset, text: found }) => ({ ruleId, line, column, endLine, endColumn, offset, endOffset, found }))).toEqual([
      { ruleId: 'no-stigmatizing-language', line: 4, column: 10, endLine: 4, endColumn: 17, offset: text.indexOf('addicts'), endOffset: text.indexOf('addicts') + 7, found: 'addicts' },
    ]);
  });
});

describe('line endings and long lines', () => {
  it.each([
    ['CR only', '\r'],
    ['CRLF', '\r\n'],
  ])('%s: positions are right', (_, eol) => {
    const text = STIGMA(eol);
    const [finding] = lintText(text).findings;
    expect(finding).toMatchObject({ line: 4, column: 10, endLine: 4, endColumn: 17, text: 'addicts', offset: text.indexOf('addicts') });
  });
  it('mixed line endings: each of \\n, \\r\\n and \\r ends one line', () => {
    const text = '# Staff Nurse\r\n\nPay: $30 per hour.\r\rWe serve\naddicts here and clean addicts there.\r\n';
    const findings = lintText(text).findings.filter((f) => f.ruleId === 'no-stigmatizing-language');
    expect(findings.map((f) => [f.line, f.column, f.text])).toEqual([
      [6, 1, 'addicts'],
      [6, 24, 'addicts'],
    ]);
  });
  it('a 1 MB line without a line break is linted, with the right column', () => {
    const filler = 'We value kindness. '.repeat(55_200);
    const text = `# Staff Nurse\n\nPay: $30 per hour.\n\n${filler}We serve addicts.`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    writeFileSync(at('long-line.md'), text);
    const result = lintFile(at('long-line.md'));
    const [finding] = result.findings;
    expect(finding).toMatchObject({ line: 5, column: filler.length + 10, text: 'addicts' });
  });
});

describe('deeply nested Markdown', () => {
  it.each([
    ['blockquotes', '> '],
    ['lists', '- '],
    ['ordered lists', '1. '],
  ])('10,000 nested %s are refused before parsing, with the depth and line, in linear time', (_, marker) => {
    const text = (depth: number) => `# Peer Support Specialist\n\n${marker.repeat(depth)}Provide therapy.\n`;
    expect(() => lintText(text(10_000))).toThrow(`Markdown nested 10000 levels deep on line 3 (blockquotes or lists; the limit is ${MAX_NESTING}): not a posting`);
    // The parser is quadratic in the nesting; the check before it is not.
    expectLinearGrowth(text, (t) => expect(() => lintText(t)).toThrow(/levels deep/), { size: 40_000 });
  });
  it(`nesting up to the limit (${MAX_NESTING}) is linted`, () => {
    const text = `# Staff Nurse\n\nPay: $30 per hour.\n\n${'> - '.repeat(MAX_NESTING / 2)}We serve addicts.\n`;
    expect(lintText(text).findings.map((f) => f.text)).toEqual(['addicts']);
  });
  it('3,000 nested emphasis, strong emphasis and links do not overflow the stack', { timeout: 120_000 }, () => {
    const text = `# Staff Nurse\n\nPay: $30 per hour.\n\n${'*_['.repeat(3_000)}addicts${'](x)_*'.repeat(3_000)}\n`;
    expect(lintText(text).findings.map((f) => f.text)).toEqual(['addicts']);
  });
});

describe('files that cannot be read', () => {
  it('a file that vanishes between listing and reading', () => {
    mkdirSync(at('vanish'));
    writeFileSync(at('vanish', 'a.md'), GOOD);
    writeFileSync(at('vanish', 'b.md'), GOOD);
    const targets = expandTargets([at('vanish')]);
    expect(targets).toHaveLength(2);
    rmSync(at('vanish', 'a.md'));
    const results = targets.map((t) => lintFile(t.path));
    expect(results[0]!.error).toBe('cannot read: no such file or folder');
    expect(results[1]!.error).toBeUndefined();
  });
  it('a path through a file (file.md/x.md) and a folder named like a file', () => {
    mkdirSync(at('folder.md'));
    const { code, stderr } = peerlint(['good.md/x.md', 'folder.md/..', 'good.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('good.md/x.md: cannot read: a part of the path is a file, not a folder');
    expect(lintFile(at('folder.md')).error).toBe('cannot read: is a folder, not a file');
  });
  it('a FIFO is refused at once instead of waiting for a writer', () => {
    const fifo = at('pipe.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo on this system
    // In a child process: a FIFO that blocked the read would hang this thread beyond any test timeout,
    // while a hung child is killed by spawnSync's timeout and fails the test (status null).
    const { code, stderr } = peerlint(['pipe.md']);
    expect(stderr).toBe('peerlint: pipe.md: cannot read: not a regular file (a pipe, socket or device)\n');
    expect(code).toBe(2);
    rmSync(fifo);
  });
  it('a symbolic link to itself', () => {
    symlinkSync('self.md', at('self.md'));
    expect(lintFile(at('self.md')).error).toBe('cannot read: too many symbolic links (a link loop)');
    rmSync(at('self.md'));
  });
  it.skipIf(process.getuid?.() === 0)('unreadable permissions (not testable as root)', async () => {
    const { chmodSync } = await import('node:fs');
    writeFileSync(at('secret.md'), GOOD);
    chmodSync(at('secret.md'), 0o000);
    expect(lintFile(at('secret.md')).error).toBe('cannot read: permission denied');
  });
});

describe('folders', () => {
  it('a symbolic-link loop inside a folder is not followed', () => {
    mkdirSync(at('looped', 'sub'), { recursive: true });
    writeFileSync(at('looped', 'sub', 'a.md'), GOOD);
    symlinkSync('..', at('looped', 'sub', 'up'));
    symlinkSync('.', at('looped', 'here'));
    const report = lintFiles([at('looped')]);
    expect(report.files.map((f) => f.path.replace(/\\/g, '/').split('/looped/')[1])).toEqual(['sub/a.md']);
  });
  it('paths with spaces and non-ASCII characters', () => {
    mkdirSync(at('job posts', 'Zürich ñ'), { recursive: true });
    writeFileSync(at('job posts', 'Zürich ñ', 'peer café 支援.md'), STIGMA('\n'));
    const { code, stdout } = peerlint(['job posts', '--format', 'json']);
    expect(code).toBe(1);
    const [file] = JSON.parse(stdout).files;
    expect(file.path).toBe(join('job posts', 'Zürich ñ', 'peer café 支援.md'));
    expect(file.findings[0].text).toBe('addicts');
  });
  it('10,000 files in one folder are all linted, in order, one bad file among them', { timeout: 120_000 }, () => {
    mkdirSync(at('many'));
    const name = (i: number) => `p${String(i).padStart(5, '0')}.md`;
    for (let i = 0; i < 10_000; i++) writeFileSync(at('many', name(i)), i === 4321 ? '' : `# Staff Nurse ${i}\n\nPay: $${i} per hour.\n`);
    const report = lintFiles([at('many')]);
    expect(report.summary).toEqual({ files: 10_000, errors: 0, warnings: 0, infos: 0, fileErrors: 1, byRule: {} });
    expect(report.files.map((f) => f.path.slice(-9))).toEqual(Array.from({ length: 10_000 }, (_, i) => name(i)));
    expect(report.files[4321]!.error).toBe('empty file: there is no posting to lint');
  });
});
