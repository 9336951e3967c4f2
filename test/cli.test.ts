import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_PEER_REST as REST } from './support/postings.ts';

// Runs the built bin as a user would (npm test builds dist/ first).
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
let dir: string;

function peerlint(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = '# Peer Support Specialist\n\nPay: $20–$24 per hour. You will report to the Lead Peer Specialist.\n' + REST;
const DRIFTED = '# Peer Support Specialist\n\nPay: $20–$24 per hour. Reports to the Lead Peer Specialist.\n\n- Conduct intake assessments.\n' + REST;
const WARN_ONLY = '# Peer Support Specialist\n\nPay: $20–$24 per hour.\n' + REST;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-cli-'));
  writeFileSync(join(dir, 'good.md'), GOOD);
  writeFileSync(join(dir, 'drifted.md'), DRIFTED);
  writeFileSync(join(dir, 'warn.md'), WARN_ONLY);
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x50, 0x65, 0x65, 0x72, 0x20, 0xe9, 0x81, 0x0a])); // 0x81: not Windows-1252 either
  mkdirSync(join(dir, 'postings/nested'), { recursive: true });
  writeFileSync(join(dir, 'postings/a.md'), GOOD);
  writeFileSync(join(dir, 'postings/nested/b.txt'), 'PEER SUPPORT SPECIALIST\nPay: $20 per hour. Reports to the peer lead.\n');
  writeFileSync(join(dir, 'postings/notes.json'), '{}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 when there is no error-severity finding', () => {
    expect(peerlint(['good.md']).code).toBe(0);
    expect(peerlint(['warn.md']).code).toBe(0); // a missing supervisor is a warning
  });
  it('1 when there is an error-severity finding', () => {
    expect(peerlint(['drifted.md']).code).toBe(1);
  });
  it('2 for a bad option, a bad option value or no paths', () => {
    expect(peerlint(['--bogus', 'good.md']).code).toBe(2);
    expect(peerlint(['--format', 'xml', 'good.md']).code).toBe(2);
    expect(peerlint([]).code).toBe(2);
  });
  it('0 for --version and --help', () => {
    const version = peerlint(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(peerlint(['--help']).code).toBe(0);
  });
});

describe('unreadable files', () => {
  it('names each bad file, lints the others and exits 2', () => {
    const { code, stdout, stderr } = peerlint(['missing.md', 'binary.md', 'latin1.txt', 'drifted.md', '--format', 'json']);
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['missing.md'].error).toMatch(/no such file/);
    expect(byPath['binary.md'].error).toMatch(/binary file/);
    expect(byPath['latin1.txt'].error).toMatch(/not valid UTF-8 \(first bad byte at offset 5\)/);
    expect(byPath['drifted.md'].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-clinical-duties']);
    expect(report.summary).toMatchObject({ files: 4, fileErrors: 3, errors: 1 });
    expect(stderr).toContain('peerlint: missing.md: cannot read: no such file or folder');
    expect(stderr.trim().split('\n')).toHaveLength(3);
  });
  it('a glob that matches nothing is an error, not silence', () => {
    const { code, stderr } = peerlint(['nowhere/**/*.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('nowhere/**/*.md: no files match this pattern');
  });
});

describe('inputs', () => {
  it('searches folders for .md and .txt files, in a stable order', () => {
    const report = JSON.parse(peerlint(['postings', '--format', 'json']).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['postings/a.md', 'postings/nested/b.txt']);
  });
  it('expands globs', () => {
    const report = JSON.parse(peerlint(['postings/**/*.txt', '--format', 'json']).stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['postings/nested/b.txt']);
  });
  it('reads standard input with "-", named by --stdin-filename', () => {
    const { code, stdout } = peerlint(['-', '--stdin-filename', 'draft.md', '--format', 'json'], { input: DRIFTED });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files[0]).toMatchObject({ path: 'draft.md', peerRole: true });
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'no-clinical-duties', line: 5, column: 3, text: 'Conduct intake assessments' });
  });
  it('--role overrides peer detection', () => {
    const asOther = JSON.parse(peerlint(['drifted.md', '--role', 'other', '--format', 'json']).stdout);
    expect(asOther.files[0].peerRole).toBe(false);
    expect(asOther.files[0].findings).toEqual([]);
  });
});

describe('output', () => {
  it('json follows the versioned contract', () => {
    const report = JSON.parse(peerlint(['drifted.md', '--format', 'json']).stdout);
    expect(report.version).toBe(1);
    expect(report.files[0].findings[0]).toEqual({
      ruleId: 'no-clinical-duties',
      category: 'role-drift',
      severity: 'error',
      message: expect.stringContaining('clinical assessment'),
      line: 5,
      column: 3,
      endLine: 5,
      endColumn: 29,
      offset: expect.any(Number),
      endOffset: expect.any(Number),
      text: 'Conduct intake assessments',
      suggestions: [expect.stringContaining('Refer participants to clinical staff')],
      docs: 'rules/no-clinical-duties/README.md',
    });
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0, fileErrors: 0, byRule: { 'no-clinical-duties': { errors: 1, warnings: 0, infos: 0 } } });
  });
  it('jsonl prints one line per finding, a file line per file and a summary line', () => {
    const lines = peerlint(['drifted.md', 'warn.md', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['finding', 'file', 'finding', 'file', 'summary']);
    expect(lines[0]).toMatchObject({ path: 'drifted.md', ruleId: 'no-clinical-duties' });
  });
  it('stylish groups by file with position, severity, message, rule id and suggestion', () => {
    const { stdout } = peerlint(['drifted.md']);
    expect(stdout).toMatch(/^drifted\.md {2}peer role: "Peer Support Specialist" \(title, line 1\)\n {2}5:3 {2}error {4}Role drift: clinical assessment .* no-clinical-duties\n.*→ Refer participants/m);
    expect(stdout).toContain('✖ 1 problem (1 error, 0 warnings) in 1 file');
    expect(stdout).not.toContain('\u001b['); // not a TTY: no colour
  });
  it('colour is off with --no-color even when forced', () => {
    expect(peerlint(['drifted.md', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('permissions', () => {
  it.skipIf(process.getuid?.() === 0)('an unreadable file is reported', () => {
    const path = join(dir, 'secret.md');
    writeFileSync(path, GOOD);
    chmodSync(path, 0o000);
    const { code, stderr } = peerlint(['secret.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('secret.md: cannot read: permission denied');
  });
});

describe('explain', () => {
  it('prints the rule\'s docs page and exits 0', () => {
    const { code, stdout } = peerlint(['explain', 'no-vague-duties']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^no-vague-duties · role-drift · default warning\nrules\/no-vague-duties\/README\.md\n/);
    expect(stdout).toContain('What it flags');
    expect(stdout).toContain('Cover for clinicians');
    expect(stdout).not.toContain('](');
  });
  it('says when a rule is opt-in', () => {
    expect(peerlint(['explain', 'pay-transparency']).stdout).toMatch(/default off \(opt-in; error when on\)/);
  });
  it('exits 2 for an unknown rule and names the closest ids', () => {
    const { code, stdout, stderr } = peerlint(['explain', 'no-vague-duty']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown rule "no-vague-duty"; did you mean no-vague-duties/);
  });
  it('exits 2 without a rule id', () => {
    const { code, stderr } = peerlint(['explain']);
    expect(code).toBe(2);
    expect(stderr).toContain('explain needs a rule id');
  });
});

describe('--location', () => {
  it('turns on pay-transparency for the run and reports what the law requires', () => {
    const report = JSON.parse(peerlint(['good.md', '--location', 'Denver, CO', '--format', 'json']).stdout);
    const ids = report.files[0].findings.map((f: { ruleId: string; message: string }) => f.ruleId);
    expect(ids.filter((id: string) => id === 'pay-transparency')).toHaveLength(2); // benefits, closing date
    expect(report.files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'pay-transparency').message).toContain('Colorado');
  });
  it('a location that names no known jurisdiction warns once, with the forms it understands', () => {
    for (const place of ['Seattle', 'Denver, Colo.']) {
      const { stderr } = peerlint(['good.md', 'drifted.md', '--location', place]);
      expect(stderr.match(/peerlint: warning: location/g), place).toHaveLength(1);
      expect(stderr).toContain(`location ${JSON.stringify(place)} names no US state`);
      expect(stderr).toContain('"Seattle, WA", "Denver, CO"');
    }
    for (const place of ['Denver, CO', 'Washington', 'Austin, TX', 'Brooklyn']) expect(peerlint(['good.md', '--location', place]).stderr, place).toBe('');
  });
  it('without it, pay-transparency stays off', () => {
    const report = JSON.parse(peerlint(['good.md', '--format', 'json']).stdout);
    expect(report.files[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('pay-transparency');
  });
});
