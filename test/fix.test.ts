import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rule, { entries, termFixes } from '../rules/no-stigmatizing-language/index.ts';
import { applyFixes } from '../src/fix/apply.ts';
import { lintText } from '../src/lint.ts';
import { TermMatcher } from '../src/terms.ts';
import { markdownToDocx } from '../scripts/markdown-to-docx.mjs';
import { errorsOf, validateReport } from './support/schemas.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
const FIXTURE = join(root, 'fixtures/stigmatizing-peer-mentor.txt');
let dir: string;

function peerlint(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-fix-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text after applying the stigma rule's fixes to one sentence (a paragraph of a Markdown posting). */
function fixed(sentence: string): string {
  const text = `# Peer Mentor\n\n${sentence}\n`;
  const findings = lintText(text, { filePath: 'p.md', rules: [{ rule, severity: 'error', options: {} }] }).findings;
  return applyFixes(text, findings.flatMap((f) => (f.fix ? [f.fix] : []))).output.slice('# Peer Mentor\n\n'.length, -1);
}

describe('stigma fixes keep the grammar', () => {
  it.each([
    ['We have worked with addicts for years.', 'We have worked with people with a substance use disorder for years.'],
    ['An addict may feel judged.', 'A person with a substance use disorder may feel judged.'],
    ['Addicts need support, not blame.', 'People with a substance use disorder need support, not blame.'],
    ['She supports an ex-inmate in finding work.', 'She supports a formerly incarcerated person in finding work.'],
    ['A resident committed suicide last year.', 'A resident died by suicide last year.'],
    ['Many people commit suicide each year.', 'Many people die by suicide each year.'],
    ['Clients suffering from depression are welcome.', 'Clients living with depression are welcome.'],
    ['We serve the mentally ill and their families.', 'We serve people with mental illness and their families.'],
    ['Support ex-offenders leaving prison.', 'Support people with a conviction history leaving prison.'],
    ['He is an alcoholic and a father.', 'He is a person with an alcohol use disorder and a father.'],
    ['Our history of substance abuse services is long.', 'Our history of substance use services is long.'],
  ])('%s', (sentence, expected) => {
    expect(fixed(sentence)).toBe(expected);
  });
});

describe('no fix where a human must decide (the finding stays, with its suggestions)', () => {
  it.each([
    ['inside a quotation', 'We never call anyone "an addict" here.'],
    ['inside curly quotes', 'Words like “addicts are lazy” hurt.'],
    ['a proper name', 'Volunteer with the schizophrenics Anonymous group on Fridays.'],
    ['a capital mid-sentence (a title)', 'Read the Addicts guide.'],
    ['a possessive', "An addict's family needs support too."],
    ['a label used before the noun it describes', 'We run addict outreach every week.'],
    ['a form the data does not list', 'We work with crack addicts.'],
    ['markup between a qualifier and the term', 'We work with drug *addicts* daily.'],
    ['shouted', 'NO ADDICTS.'],
  ])('%s', (_name, sentence) => {
    const text = `# Peer Mentor\n\n${sentence}\n`;
    const findings = lintText(text, { filePath: 'p.md', rules: [{ rule, severity: 'error', options: {} }] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.fix)).toEqual(findings.map(() => undefined));
  });

  it('never in code or a link address (they are not prose, so nothing is found there)', () => {
    expect(fixed('See `addicts` and [our page](https://example.org/addicts).')).toBe('See `addicts` and [our page](https://example.org/addicts).');
  });
});

describe('fixes.yaml', () => {
  it('names only entries of terms.yaml, and every form is one its entry matches', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const [id, tables] of Object.entries(termFixes)) {
      expect(ids.has(id), id).toBe(true);
      const matcher = new TermMatcher(entries.filter((e) => e.id === id));
      for (const form of [...Object.keys(tables.nouns ?? {}), ...Object.keys(tables.phrases ?? {})]) {
        const phrase = form.replace(/ \*$/, ' depression');
        // A form may be matched with its article ("an alcoholic"), which the fix sets again.
        const matched = [phrase, `a ${phrase}`, `an ${phrase}`].some((candidate) =>
          matcher.match(`we saw ${candidate} today`).some((h) => `we saw ${candidate} today`.slice(h.start, h.end).toLowerCase() === candidate),
        );
        expect(matched, `${id}: ${form}`).toBe(true);
      }
    }
  });
});

describe('applyFixes', () => {
  it('applies in order and skips a fix that overlaps one already applied', () => {
    const { output, applied } = applyFixes('abcdef', [
      { range: [3, 5], text: 'X' },
      { range: [0, 2], text: 'Y' },
      { range: [1, 4], text: 'Z' },
    ]);
    expect(output).toBe('YcXf');
    expect(applied).toHaveLength(2);
  });
});

describe('peerlint --fix', () => {
  it('on the shipped stigmatizing fixture leaves no fixable finding and changes nothing else; a second run changes nothing', () => {
    const path = join(dir, 'mentor.txt');
    copyFileSync(FIXTURE, path);
    const before = readFileSync(path, 'utf8');
    const fixable = JSON.parse(peerlint(['mentor.txt', '-f', 'json']).stdout).files[0].findings.filter((f: { fix?: unknown }) => f.fix);
    expect(fixable.length).toBeGreaterThanOrEqual(5);

    const first = peerlint(['mentor.txt', '--fix', '-f', 'json']);
    const report = JSON.parse(first.stdout).files[0];
    expect(report.findings.filter((f: { fix?: unknown }) => f.fix)).toEqual([]);
    const after = readFileSync(path, 'utf8');
    expect(report.output).toBe(after);

    // The diff: exactly the lines that held a fixable finding changed, and only by the fix's words.
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b).toHaveLength(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
    expect(changed).toEqual([...new Set(fixable.map((f: { line: number }) => f.line))]);
    for (const f of fixable) {
      const line = a[f.line - 1]!;
      expect(b[f.line - 1]).toBe(line.slice(0, f.column - 1) + f.fix.text + line.slice(f.endColumn - 1));
    }

    const second = peerlint(['mentor.txt', '--fix', '-f', 'json']);
    expect(readFileSync(path, 'utf8')).toBe(after);
    expect(JSON.parse(second.stdout).files[0].output).toBeUndefined();
  });

  it.each([
    ['UTF-8 with a BOM and CRLF', (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s.replace(/\n/g, '\r\n'))]), (b: Buffer) => b.subarray(3).toString('utf8').replace(/\r\n/g, '\n')],
    ['UTF-16LE with a BOM', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), (b: Buffer) => b.subarray(2).toString('utf16le')],
    ['Windows-1252', (s: string) => Buffer.from(s.replace('café', 'caf\u00e9'), 'latin1'), (b: Buffer) => b.toString('latin1')],
  ])('keeps the encoding, BOM and line endings: %s', (_name, encode, decode) => {
    const path = join(dir, 'encoded.md');
    const text = '# Peer Mentor\n\nOur café welcomes addicts.\n';
    writeFileSync(path, encode(text));
    const original = readFileSync(path);
    peerlint(['encoded.md', '--fix']);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 3).equals(original.subarray(0, 3))).toBe(true);
    expect(decode(bytes)).toBe(text.replace('addicts', 'people with a substance use disorder'));
    if (_name.includes('CRLF')) expect(bytes.toString('utf8').split('\r\n')).toHaveLength(4);
  });

  it('keeps the file mode and writes through a symbolic link to the file', () => {
    const path = join(dir, 'real.md');
    writeFileSync(path, '# Peer Mentor\n\nWe welcome addicts.\n');
    chmodSync(path, 0o600);
    symlinkSync(path, join(dir, 'link.md'));
    peerlint(['link.md', '--fix']);
    expect(readFileSync(path, 'utf8')).toContain('people with a substance use disorder');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'link.md'), { throwIfNoEntry: true }).isFile()).toBe(true);
  });

  it('--fix-dry-run writes nothing and returns each file\'s fixed text as output', () => {
    const path = join(dir, 'dry.txt');
    copyFileSync(FIXTURE, path);
    const { stdout } = peerlint(['dry.txt', '--fix-dry-run', '-f', 'json']);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(validateReport(JSON.parse(stdout)), errorsOf(validateReport)).toBe(true);
    const withFixes = JSON.parse(peerlint(['dry.txt', '-f', 'json']).stdout);
    expect(validateReport(withFixes), errorsOf(validateReport)).toBe(true);
    expect(withFixes.files[0].findings.filter((f: { fix?: unknown }) => f.fix).length).toBeGreaterThan(0);
    const file = JSON.parse(stdout).files[0];
    expect(file.output).toContain('died by suicide');
    expect(file.findings.filter((f: { fix?: unknown }) => f.fix)).toEqual([]);
  });

  it('never rewrites a .docx: it says so, and --fix-dry-run shows the fixed text', async () => {
    const path = join(dir, 'draft.docx');
    writeFileSync(path, await markdownToDocx('# Peer Mentor\n\nWe welcome addicts.\n'));
    const before = readFileSync(path);
    const { stderr, stdout } = peerlint(['draft.docx', '--fix', '-f', 'json']);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(stderr).toContain('draft.docx: 1 fix not applied: peerlint never rewrites a Word .docx file');
    expect(JSON.parse(stdout).files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'no-stigmatizing-language').fix).toBeDefined();
    const dry = JSON.parse(peerlint(['draft.docx', '--fix-dry-run', '-f', 'json']).stdout).files[0];
    expect(dry.output).toBe('# Peer Mentor\n\nWe welcome people with a substance use disorder.\n');
  });

  it('refuses --fix on standard input and with --fix-dry-run at once', () => {
    expect(peerlint(['-', '--fix'], 'x').stderr).toContain('--fix cannot rewrite standard input: use --fix-dry-run');
    expect(peerlint(['a.md', '--fix', '--fix-dry-run']).code).toBe(2);
    const dry = peerlint(['-', '--fix-dry-run', '-f', 'json', '--stdin-filename', 'x.md'], '# Peer Mentor\n\nWe welcome addicts.\n');
    expect(JSON.parse(dry.stdout).files[0].output).toContain('people with a substance use disorder');
  });

  it('peerlint rules says which rules fix', () => {
    const rows = JSON.parse(peerlint(['rules', '--format', 'json']).stdout) as Array<{ id: string; fixable: string }>;
    expect(rows.find((r) => r.id === 'no-stigmatizing-language')!.fixable).toBe('yes');
    expect(rows.find((r) => r.id === 'require-pay')!.fixable).toBe('no');
  });
});
