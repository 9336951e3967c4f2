import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../src/finding.ts';
import { escapeData, escapeProperty } from '../src/formatters/github.ts';
import { formatters, writers } from '../src/formatters/index.ts';
import { escapeXml } from '../src/formatters/junit.ts';
import { artifactUri } from '../src/formatters/sarif.ts';
import { docsBaseUrl } from '../src/package-info.ts';
import { summarize, type LintReport } from '../src/lint.ts';
import { errorsOf, validateReport, validateSarif } from './support/schemas.ts';

// Formatter units on hand-made reports, so messages and paths can hold what real rules never produce.
const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'no-clinical-duties',
  category: 'role-drift',
  severity: 'error',
  message: 'Role drift',
  line: 2,
  column: 3,
  endLine: 2,
  endColumn: 9,
  offset: 10,
  endOffset: 16,
  text: 'assess',
  suggestions: [],
  docs: 'rules/no-clinical-duties/README.md',
  ...over,
});
const report = (files: FileResult[]): LintReport => ({ files, summary: summarize(files) });
const NASTY = 'Line one: 100% "done", <b>&</b>\r\nline two\nend\u0001';

describe('github escaping', () => {
  it('escapes % CR LF in messages and additionally : and , in properties', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeProperty('dir:x,y%z\nw.md')).toBe('dir%3Ax%2Cy%25z%0Aw.md');
  });
  it('a message with newlines and a path with % : , stays one command line that decodes back', () => {
    const path = 'posts/50%, part: two\nb.md';
    const out = formatters.github!(report([{ path, peerRole: true, findings: [finding({ message: NASTY, severity: 'warning' })] }]), { color: false });
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    const match = /^::warning (.*?)::(.*)$/.exec(out.trimEnd())!;
    const props = Object.fromEntries(match[1]!.split(',').map((kv) => kv.split('=') as [string, string]));
    const decode = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    expect(decode(props['file']!)).toBe(path);
    expect(props).toMatchObject({ line: '2', col: '3', endLine: '2', endColumn: '9' });
    expect(decode(props['title']!)).toBe('peerlint (no-clinical-duties)');
    expect(decode(match[2]!)).toBe(NASTY);
  });
  it('info findings are notices', () => {
    expect(formatters.github!(report([{ path: 'a.md', peerRole: false, findings: [finding({ severity: 'info' })] }]), { color: false })).toMatch(/^::notice file=a\.md,/);
  });
});

describe('junit escaping', () => {
  it('escapes markup and keeps line breaks in attributes; drops characters XML cannot hold', () => {
    expect(escapeXml('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\nb\u0001\uD800c')).toBe('a&#10;b\uFFFD\uFFFDc');
  });
  it('is well-formed XML whatever the message and path hold, and parses back to them', () => {
    const path = 'a&b <c> "d".md';
    const out = formatters.junit!(report([{ path, peerRole: true, findings: [finding({ message: NASTY })] }]), { color: false });
    expect(XMLValidator.validate(out)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true }).parse(out);
    const suite = xml.testsuites.testsuite;
    expect(suite.name).toBe(path);
    const failing = suite.testcase.find((t: { name: string }) => t.name === 'no-clinical-duties');
    expect(failing.failure.message).toContain('100% "done", <b>&</b>');
  });
});

describe('sarif', () => {
  it('artifact URIs: relative with forward slashes and percent-encoding, absolute as file URLs', () => {
    expect(artifactUri('a/b c/d%.md')).toBe('a/b%20c/d%25.md');
    expect(artifactUri('a\\b.md')).toBe('a/b.md');
    expect(artifactUri('/tmp/x y.md')).toBe('file:///tmp/x%20y.md');
    expect(artifactUri('<stdin>.md')).toBe('%3Cstdin%3E.md');
  });
  it('an odd message, an unknown (plugin) rule and an absolute path still give valid SARIF', () => {
    const files: FileResult[] = [
      { path: '/abs/posting one.md', peerRole: true, findings: [finding({ message: NASTY }), finding({ ruleId: 'plugin/extra', severity: 'info' })] },
      { path: 'gone.md', peerRole: false, findings: [], error: 'cannot read: no such file or folder' },
    ];
    const log = JSON.parse(formatters.sarif!(report(files), { color: false }));
    expect(validateSarif(log), errorsOf(validateSarif)).toBe(true);
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['error', 'note']);
    // A rule the formatter was not told about is described from its finding, so its ruleIndex is valid too.
    expect(log.runs[0].tool.driver.rules[log.runs[0].results[1].ruleIndex].id).toBe('plugin/extra');
  });
});

describe('streaming writers', () => {
  const files: FileResult[] = [
    { path: 'a.md', peerRole: true, findings: [finding(), finding({ severity: 'warning', suggestions: ['x'] })] },
    { path: 'b.md', peerRole: false, findings: [] },
    { path: 'c.md', peerRole: false, findings: [], error: 'binary file' },
  ];
  it('json streamed piece by piece is exactly JSON.stringify of the whole report', () => {
    const whole = report(files);
    const out = formatters.json!(whole, { color: false });
    expect(out).toBe(JSON.stringify({ version: 1, files: whole.files, summary: whole.summary }, null, 2) + '\n');
    expect(validateReport(JSON.parse(out))).toBe(true);
    expect(formatters.json!(report([]), { color: false })).toBe(JSON.stringify({ version: 1, files: [], summary: summarize([]) }, null, 2) + '\n');
  });
  it('stylish and jsonl write each file as it comes; only the end depends on the summary', () => {
    for (const name of ['stylish', 'jsonl', 'github']) {
      const writer = writers[name]!({ color: false });
      const pieces = [writer.start(), ...files.map((f) => writer.file(f))];
      expect(pieces.join('')).not.toBe('');
      expect(pieces.join('') + writer.end(summarize(files))).toBe(formatters[name]!(report(files), { color: false }));
    }
  });
});

describe('SARIF helpUri base (package.json repository or homepage)', () => {
  it('is the repository\'s files on GitHub or GitLab, else the homepage, else nothing', () => {
    expect(docsBaseUrl({ repository: 'github:acme/peerlint' })).toBe('https://github.com/acme/peerlint/blob/HEAD/');
    expect(docsBaseUrl({ repository: 'acme/peerlint' })).toBe('https://github.com/acme/peerlint/blob/HEAD/');
    expect(docsBaseUrl({ repository: { url: 'git+https://github.com/acme/peerlint.git', directory: 'packages/peerlint' } })).toBe('https://github.com/acme/peerlint/blob/HEAD/packages/peerlint/');
    expect(docsBaseUrl({ repository: 'git@gitlab.com:acme/tools/peerlint.git' })).toBe('https://gitlab.com/acme/tools/peerlint/-/blob/HEAD/');
    expect(docsBaseUrl({ repository: 'https://git.example.org/acme/peerlint.git', homepage: 'https://peerlint.example.org/docs#readme' })).toBe('https://peerlint.example.org/docs/');
    expect(docsBaseUrl({})).toBeUndefined();
  });
  it('a report of findings from rules the formatter was not told about still gives each result a rule', () => {
    const report: LintReport = { files: [{ path: 'a.md', peerRole: true, findings: [finding({ ruleId: 'unused-directive', category: 'directives' as Finding['category'] }), finding({ ruleId: 'house/x' })] }], summary: summarize([]) };
    const log = JSON.parse(formatters.sarif!(report, { color: false }));
    expect(validateSarif(log), errorsOf(validateSarif)).toBe(true);
    for (const result of log.runs[0].results) expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).not.toContain('pay-transparency');
  });
});
