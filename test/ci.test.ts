import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ajvModule from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorsOf, validateReport, validateReportLine, validateSarif } from './support/schemas.ts';
import { COMPLETE_PEER_REST as REST } from './support/postings.ts';

// CI and pipeline behaviour of the built CLI (npm test builds dist/ first): formats, run controls,
// ignore files, JSON Lines input, the cache and --output-file.
const root = new URL('..', import.meta.url).pathname;
const Ajv = ajvModule.default;
const bin = join(root, 'bin/peerlint.js');
let dir: string;

function peerlint(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? dir, input: options.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = '# Peer Support Specialist\n\nPay: $20–$24 per hour. You will report to the Lead Peer Specialist.\n' + REST;
const DRIFTED = '# Peer Support Specialist\n\nPay: $20–$24 per hour. Reports to the Lead Peer Specialist.\n\n- Conduct intake assessments.\n' + REST;
const WARN_ONLY = '# Peer Support Specialist\n\nPay: $20–$24 per hour.\n' + REST;
/** A name with every character that GitHub's workflow commands must escape in a property. */
const ODD_NAME = 'odd%name:with,comma.md';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-ci-'));
  writeFileSync(join(dir, 'good.md'), GOOD);
  writeFileSync(join(dir, 'drifted.md'), DRIFTED);
  writeFileSync(join(dir, 'warn.md'), WARN_ONLY);
  writeFileSync(join(dir, 'warn2.md'), WARN_ONLY);
  writeFileSync(join(dir, ODD_NAME), DRIFTED);
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format json and jsonl against their schemas', () => {
  it('json output (findings, a clean file, an unreadable file) is valid against schema/output.schema.json', () => {
    const { stdout } = peerlint(['drifted.md', 'good.md', 'warn.md', 'binary.md', 'missing.md', '--format', 'json']);
    const report = JSON.parse(stdout);
    expect(validateReport(report), errorsOf(validateReport)).toBe(true);
    expect(report.files).toHaveLength(5);
  });
  it('the schema rejects what the contract forbids', () => {
    const report = JSON.parse(peerlint(['drifted.md', '--format', 'json']).stdout);
    const broken = structuredClone(report);
    broken.files[0].findings[0].severity = 'fatal';
    expect(validateReport(broken)).toBe(false);
    const withError = structuredClone(report);
    withError.files[0].error = 'cannot read';
    expect(validateReport(withError)).toBe(false); // an errored file has no findings
    expect(validateReport({ ...report, version: 2 })).toBe(false);
  });
  it('the summary counts findings per rule (summary.byRule), and adds up to the totals', () => {
    const { summary } = JSON.parse(peerlint(['drifted.md', 'warn.md', 'warn2.md', '--format', 'json']).stdout);
    expect(summary.byRule['no-clinical-duties']).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(summary.byRule['require-supervision']).toEqual({ errors: 0, warnings: 2, infos: 0 });
    const total = (key: 'errors' | 'warnings' | 'infos') => Object.values(summary.byRule as Record<string, Record<string, number>>).reduce((n, counts) => n + counts[key]!, 0);
    expect([total('errors'), total('warnings'), total('infos')]).toEqual([summary.errors, summary.warnings, summary.infos]);
    const last = peerlint(['drifted.md', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l)).pop();
    expect(last.byRule['no-clinical-duties']).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });
  it('the JSON Lines schema loads on its own (no $ref to another file) and repeats the report schema\'s definitions', () => {
    const lineSchema = JSON.parse(readFileSync(join(root, 'schema/output-line.schema.json'), 'utf8'));
    const reportSchema = JSON.parse(readFileSync(join(root, 'schema/output.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: true }).compile(lineSchema); // throws on a reference it cannot resolve
    expect(validate({ type: 'summary', version: 1, files: 0, errors: 0, warnings: 0, infos: 0, fileErrors: 0 })).toBe(true);
    expect(JSON.stringify(lineSchema)).not.toMatch(/"\$ref":"[^#]/);
    for (const [name, definition] of Object.entries(lineSchema.definitions)) expect(definition, `${name}: run node scripts/gen-docs.mjs`).toEqual(reportSchema.definitions[name]);
  });
  it('json of no files at all is still the same document shape', () => {
    writeFileSync(join(dir, '.peerlintignore'), 'warn.md\n');
    try {
      const { stdout } = peerlint(['warn.md', '--format', 'json']);
      expect(JSON.parse(stdout)).toEqual({ version: 1, files: [], summary: { files: 0, errors: 0, warnings: 0, infos: 0, fileErrors: 0, byRule: {} } });
    } finally {
      rmSync(join(dir, '.peerlintignore'));
    }
  });
  it('every jsonl line is valid against schema/output-line.schema.json', () => {
    const lines = peerlint(['drifted.md', 'warn.md', 'binary.md', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['finding', 'file', 'finding', 'file', 'file-error', 'summary']);
    for (const line of lines) expect(validateReportLine(line), errorsOf(validateReportLine)).toBe(true);
    expect(validateReportLine({ ...lines[0], type: 'nonsense' })).toBe(false);
  });
});

describe('--format sarif', () => {
  it('is valid against the official SARIF 2.1.0 schema, with rules, results and regions', () => {
    const { code, stdout } = peerlint(['drifted.md', 'warn.md', ODD_NAME, '--format', 'sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(validateSarif(log), errorsOf(validateSarif)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'no-clinical-duties');
    expect(rule).toMatchObject({ defaultConfiguration: { level: 'error' }, shortDescription: { text: expect.stringContaining('clinical duties') } });
    // package.json names no homepage or repository: no link is made up (it used to point at an unpublished package).
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help.text).toContain('rules/no-clinical-duties/README.md');
    const drift = run.results.find((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.ruleId === 'no-clinical-duties' && r.locations[0].physicalLocation.artifactLocation.uri === 'drifted.md');
    expect(drift.level).toBe('error');
    expect(drift.locations[0].physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 3, endLine: 5, endColumn: 29 });
    expect(run.tool.driver.rules[drift.ruleIndex].id).toBe('no-clinical-duties');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'require-supervision').level).toBe('warning');
    const uris = run.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('odd%25name%3Awith%2Ccomma.md'); // a valid URI reference
  });
  it('lists the rules that ran (custom and plugin rules too, not rules that are off), and every result has a valid ruleIndex', () => {
    const work = mkdtempSync(join(tmpdir(), 'peerlint-sarif-rules-'));
    writeFileSync(join(work, 'drifted.md'), DRIFTED + '\nOur team are rockstars.\n<!-- peerlint-disable-next-line require-pay -->\nThanks.\n');
    writeFileSync(
      join(work, 'plugin.mjs'),
      "export default { meta: { id: 'acme/require-location', category: 'location', defaultSeverity: 'warning', description: 'Say where the job is.', docs: 'https://example.org/acme/require-location', appliesTo: 'all', messages: { missing: 'No location.' } }, create(context) { return { end() { context.report({ messageId: 'missing' }); } }; } };\n",
    );
    writeFileSync(
      join(work, '.peerlintrc.yaml'),
      'plugins: [./plugin.mjs]\nrules:\n  require-supervision: off\ncustomRules:\n  - id: no-rockstar\n    type: existence\n    tokens: [rock ?stars?]\n  - id: never-fires\n    type: existence\n    tokens: [zebra]\n',
    );
    try {
      const { stdout } = peerlint(['drifted.md', '--format', 'sarif', '--report-unused-directives'], { cwd: work });
      const log = JSON.parse(stdout);
      expect(validateSarif(log), errorsOf(validateSarif)).toBe(true);
      const [run] = log.runs;
      const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
      expect(ids).toEqual(expect.arrayContaining(['no-clinical-duties', 'acme/require-location', 'no-rockstar', 'never-fires', 'unused-directive']));
      expect(ids).not.toContain('require-supervision'); // off
      expect(ids).not.toContain('pay-transparency'); // opt-in, not turned on
      expect(new Set(ids).size).toBe(ids.length);
      expect(run.results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['no-clinical-duties', 'acme/require-location', 'no-rockstar', 'unused-directive']));
      for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId).toBe(result.ruleId);
      const plugin = run.tool.driver.rules.find((r: { id: string }) => r.id === 'acme/require-location');
      expect(plugin.helpUri).toBe('https://example.org/acme/require-location');
      // --quiet: rules that can only warn do not run, so they are not listed.
      const quiet = JSON.parse(peerlint(['drifted.md', '--format', 'sarif', '--quiet'], { cwd: work }).stdout);
      expect(quiet.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).not.toContain('acme/require-location');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
  it('a file that could not be read becomes a tool execution notification, still valid SARIF', () => {
    const log = JSON.parse(peerlint(['binary.md', 'drifted.md', '--format', 'sarif']).stdout);
    expect(validateSarif(log), errorsOf(validateSarif)).toBe(true);
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0]).toMatchObject({ level: 'error', message: { text: expect.stringContaining('binary file') } });
  });
  it('paths in folders use forward slashes and stay relative', () => {
    mkdirSync(join(dir, 'sub dir'), { recursive: true });
    writeFileSync(join(dir, 'sub dir', 'x.md'), DRIFTED);
    const log = JSON.parse(peerlint(['sub dir', '--format', 'sarif']).stdout);
    expect(validateSarif(log), errorsOf(validateSarif)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('sub%20dir/x.md');
    rmSync(join(dir, 'sub dir'), { recursive: true });
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding with position, title and escaped properties', () => {
    const { code, stdout } = peerlint(['drifted.md', 'warn.md', ODD_NAME, '--format', 'github']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::error file=drifted\.md,line=5,col=3,endLine=5,endColumn=29,title=peerlint \(no-clinical-duties\)::Role drift: clinical assessment/);
    expect(lines.some((l) => l.startsWith('::warning file=warn.md,line=1,col=3,'))).toBe(true);
    // '%', ':' and ',' in the file name are escaped, so the runner cannot split the properties wrongly.
    expect(lines.some((l) => l.startsWith('::error file=odd%25name%3Awith%2Ccomma.md,line=5,'))).toBe(true);
    // The suggestion follows on a second line of the same annotation: LF is %0A, never a raw newline.
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('%0A→ Refer participants');
  });
  it('an unreadable file is an error annotation on that file', () => {
    const { stdout } = peerlint(['binary.md', '--format', 'github']);
    expect(stdout).toMatch(/^::error file=binary\.md,title=peerlint%3A file could not be linted::binary file \(NUL byte at offset 2\)/);
  });
});

describe('--format junit', () => {
  it('is well-formed XML with a testsuite per file and a failing testcase per rule with findings', () => {
    const { stdout } = peerlint(['drifted.md', 'good.md', 'binary.md', ODD_NAME, '--format', 'junit']);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(stdout);
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['drifted.md', 'good.md', 'binary.md', ODD_NAME]);
    const drifted = suites[0];
    const failing = drifted.testcase.filter((t: { failure?: unknown }) => t.failure);
    expect(failing.map((t: { name: string }) => t.name)).toEqual(['no-clinical-duties']);
    expect(failing[0].failure.type).toBe('error');
    expect(failing[0].failure['#text']).toContain('5:3 error Role drift');
    expect(suites[1].failures).toBe('0');
    expect(suites[2].testcase[0].error.message).toContain('binary file');
    expect(xml.testsuites.failures).toBe('2');
    expect(xml.testsuites.errors).toBe('1');
  });
});

describe('messages are one line', () => {
  it('quoted text that spans lines collapses its white space: stylish stays aligned, each annotation is one line', () => {
    const work = mkdtempSync(join(tmpdir(), 'peerlint-oneline-'));
    writeFileSync(join(work, 'wrapped.md'), GOOD.replace('\n', '\n\n- Provide individual\n  counseling   sessions to residents.\n'));
    writeFileSync(
      join(work, 'plugin.mjs'),
      "export default { meta: { id: 'acme/two-lines', category: 'x', defaultSeverity: 'error', description: 'd', docs: 'https://example.org/x', appliesTo: 'all', messages: { m: 'First line.\\nSecond line: {{what}}' } }, create(context) { return { end() { context.report({ messageId: 'm', data: { what: 'a\\r\\nb' }, suggestions: ['one\\ntwo'] }); } }; } };\n",
    );
    writeFileSync(join(work, '.peerlintrc.yaml'), 'plugins: [./plugin.mjs]\n');
    try {
      const json = JSON.parse(peerlint(['wrapped.md', '--format', 'json'], { cwd: work }).stdout);
      const findings = json.files[0].findings as { ruleId: string; message: string; suggestions: string[]; text: string }[];
      const drift = findings.find((f) => f.ruleId === 'no-clinical-duties')!;
      expect(drift.message).toContain('("Provide individual counseling sessions")');
      expect(drift.text).toContain('\n'); // the file's own text is kept as it is
      const plugin = findings.find((f) => f.ruleId === 'acme/two-lines')!;
      expect(plugin.message).toBe('First line. Second line: a b');
      expect(plugin.suggestions).toEqual(['one two']);
      for (const f of findings) expect(f.message + f.suggestions.join('')).not.toMatch(/[\r\n]/);
      const github = peerlint(['wrapped.md', '--format', 'github'], { cwd: work }).stdout.trimEnd().split('\n');
      expect(github).toHaveLength(findings.length);
      const stylish = peerlint(['wrapped.md'], { cwd: work }).stdout;
      expect(stylish).toMatch(/\("Provide individual counseling sessions"\)\.[^\n]*no-clinical-duties/); // message and rule id on one line
      expect(stylish).toMatch(/First line\. Second line: a b[^\n]*acme\/two-lines/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('--format junit test cases', () => {
  it('are the rules that ran on each file: custom rules pass or fail by name, rules that are off are not listed', () => {
    const work = mkdtempSync(join(tmpdir(), 'peerlint-junit-rules-'));
    mkdirSync(join(work, 'clinical'));
    writeFileSync(join(work, 'a.md'), DRIFTED);
    writeFileSync(join(work, 'b.md'), DRIFTED + '\nOur team are rockstars.\n');
    writeFileSync(join(work, 'clinical/c.md'), DRIFTED);
    writeFileSync(
      join(work, '.peerlintrc.yaml'),
      'rules:\n  require-training: off\ncustomRules:\n  - id: no-rockstar\n    type: existence\n    tokens: [rock ?stars?]\noverrides:\n  - files: [\'clinical/**\']\n    rules: { no-clinical-duties: off }\n',
    );
    try {
      const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(peerlint(['a.md', 'b.md', 'clinical/c.md', '--format', 'junit'], { cwd: work }).stdout);
      const cases = (suite: { testcase: { name: string; failure?: unknown }[] }) => suite.testcase.map((t) => t.name);
      const [a, b, c] = xml.testsuites.testsuite;
      expect(cases(a)).toContain('no-rockstar'); // passing, still a test case
      expect(a.testcase.find((t: { name: string }) => t.name === 'no-rockstar').failure).toBeUndefined();
      expect(b.testcase.find((t: { name: string }) => t.name === 'no-rockstar').failure).toBeDefined();
      expect(cases(a)).toEqual(cases(b)); // the same names from file to file and run to run
      for (const suite of [a, b, c]) expect(cases(suite)).not.toContain('require-training');
      expect(cases(a)).not.toContain('pay-transparency');
      expect(cases(c)).not.toContain('no-clinical-duties'); // off for this file only
      expect(cases(a)).toContain('no-clinical-duties');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('--max-warnings and --quiet', () => {
  it('exits 1 when warnings exceed the maximum, and says so', () => {
    expect(peerlint(['warn.md', 'warn2.md', '--max-warnings', '2']).code).toBe(0);
    const over = peerlint(['warn.md', 'warn2.md', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('peerlint found too many warnings (maximum: 1).');
    expect(peerlint(['warn.md', '--max-warnings', '0']).code).toBe(1);
  });
  it('refuses a maximum that is not a whole number', () => {
    expect(peerlint(['warn.md', '--max-warnings', 'many']).code).toBe(2);
    expect(peerlint(['warn.md', '--max-warnings', '-2']).code).toBe(2);
  });
  it('--max-warnings -1 means no limit (as ESLint)', () => {
    const { code, stderr, stdout } = peerlint(['warn.md', 'warn2.md', '--max-warnings', '-1']);
    expect(code, stdout + stderr).toBe(0);
    expect(stderr).not.toContain('too many warnings');
  });
  it('--quiet reports errors only, and warnings no longer count against --max-warnings (as ESLint 9)', () => {
    const quiet = peerlint(['warn.md', 'drifted.md', '--quiet', '--format', 'json']);
    const report = JSON.parse(quiet.stdout);
    expect(report.files.flatMap((f: { findings: { severity: string }[] }) => f.findings.map((x) => x.severity))).toEqual(['error']);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(peerlint(['warn.md', '--quiet', '--max-warnings', '0']).code).toBe(0);
    expect(peerlint(['warn.md', '--quiet']).stdout).toContain('no problems');
  });
});

describe('colour', () => {
  const colored = (args: string[], env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [bin, 'drifted.md', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env } });
    return r.stdout.includes('\u001b[');
  };
  it('is off for a pipe; --color and FORCE_COLOR force it; --no-color and NO_COLOR turn it off', () => {
    expect(colored([], {})).toBe(false);
    expect(colored(['--color'], {})).toBe(true);
    expect(colored([], { FORCE_COLOR: '1' })).toBe(true);
    expect(colored([], { FORCE_COLOR: '0' })).toBe(false);
    expect(colored(['--no-color'], { FORCE_COLOR: '1' })).toBe(false);
    expect(colored(['--color'], { NO_COLOR: '1' })).toBe(true);
    expect(colored([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true); // FORCE_COLOR wins, as in Node
  });
});

describe('ignore files', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'peerlint-ignore-'));
    mkdirSync(join(work, 'postings/drafts'), { recursive: true });
    mkdirSync(join(work, 'postings/node_modules/pkg'), { recursive: true });
    mkdirSync(join(work, 'postings/.git'), { recursive: true });
    writeFileSync(join(work, 'postings/a.md'), GOOD);
    writeFileSync(join(work, 'postings/b.old.md'), GOOD);
    writeFileSync(join(work, 'postings/drafts/c.md'), GOOD);
    writeFileSync(join(work, 'postings/node_modules/pkg/readme.md'), GOOD);
    writeFileSync(join(work, 'postings/.git/notes.md'), GOOD);
    writeFileSync(join(work, '.peerlintignore'), '# drafts are not ready\npostings/drafts/\n*.old.md\n');
  });
  const paths = (stdout: string) => JSON.parse(stdout).files.map((f: { path: string }) => f.path);

  it('.peerlintignore (gitignore syntax) drops files from folder walks and globs', () => {
    expect(paths(peerlint(['postings', '--format', 'json'], { cwd: work }).stdout)).toEqual(['postings/a.md']);
    expect(paths(peerlint(['postings/**/*.md', '--format', 'json'], { cwd: work }).stdout)).toEqual(['postings/a.md']);
  });
  it('an explicitly named ignored file is skipped with a warning, not an error', () => {
    const { code, stdout, stderr } = peerlint(['postings/b.old.md', 'postings/a.md', '--format', 'json'], { cwd: work });
    expect(code).toBe(0);
    expect(paths(stdout)).toEqual(['postings/a.md']);
    expect(stderr).toContain('peerlint: warning: postings/b.old.md: ignored because of a matching ignore pattern');
    expect(stderr).toContain('--no-ignore');
  });
  it('--no-ignore lints everything, but never inside node_modules or .git', () => {
    expect(paths(peerlint(['postings', '--no-ignore', '--format', 'json'], { cwd: work }).stdout)).toEqual(['postings/a.md', 'postings/b.old.md', 'postings/drafts/c.md']);
  });
  it('README.md, CHANGELOG.md, CONTRIBUTING.md and LICENSE.md found in a folder or by a glob are not postings', () => {
    for (const name of ['README.md', 'CHANGELOG.md', 'drafts/CONTRIBUTING.md', 'LICENSE.md']) writeFileSync(join(work, 'postings', name), '# About this folder\n\nNothing to see.\n');
    rmSync(join(work, '.peerlintignore'));
    expect(paths(peerlint(['postings', '--format', 'json'], { cwd: work }).stdout)).toEqual(['postings/a.md', 'postings/b.old.md', 'postings/drafts/c.md']);
    expect(paths(peerlint(['postings/*.md', '--format', 'json'], { cwd: work }).stdout)).toEqual(['postings/a.md', 'postings/b.old.md']);
    // From outside the working folder too.
    expect(paths(peerlint([join(work, 'postings'), '--format', 'json'], { cwd: dir }).stdout)).toHaveLength(3);
    // Named on the command line: linted, with no warning.
    const named = peerlint(['postings/README.md', '--format', 'json'], { cwd: work });
    expect(paths(named.stdout)).toEqual(['postings/README.md']);
    expect(named.stderr).toBe('');
    // Overridable: a negated pattern lints one again, --no-ignore all of them.
    writeFileSync(join(work, '.peerlintignore'), '!README.md\n');
    expect(paths(peerlint(['postings', '--format', 'json'], { cwd: work }).stdout)).toContain('postings/README.md');
    expect(paths(peerlint(['postings', '--format', 'json', '--no-ignore'], { cwd: work }).stdout)).toHaveLength(7);
  });
  it('a negated pattern re-includes a file', () => {
    writeFileSync(join(work, '.peerlintignore'), '*.md\n!a.md\n');
    expect(paths(peerlint(['postings', '--format', 'json'], { cwd: work }).stdout)).toEqual(['postings/a.md']);
  });
});

describe('--input jsonl', () => {
  const posting = (id: string | number, title: string, text: string) => JSON.stringify({ id, title, text: title.startsWith('Peer') ? text + '\n' + REST : text });
  it('lints each line from standard input, reported by id; a bad line is an entry of its own that keeps its id when it has one', () => {
    const input = [
      posting('job-1', 'Peer Support Specialist', 'Pay: $20–$24 per hour. Reports to the Lead Peer Specialist.\n\n- Conduct intake assessments.'),
      '{"id": "job-2", "title": "broken',
      '',
      posting(3, 'Peer Support Specialist', 'Pay: $20–$24 per hour. You will report to the Lead Peer Specialist.'),
      '["not", "an", "object"]',
      JSON.stringify({ id: 'job-5', title: 'Peer Support Specialist' }),
      '{"title": "no id", "text": "x"',
    ].join('\n');
    const { code, stdout, stderr } = peerlint(['--input', 'jsonl', '-', '--format', 'json'], { input });
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(validateReport(report), errorsOf(validateReport)).toBe(true);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['job-1', 'job-2', '3', '<stdin>:5', 'job-5', '<stdin>:7']);
    const [first, bad, third, notObject, noText] = report.files;
    expect(first).toMatchObject({ title: 'Peer Support Specialist', findings: [expect.objectContaining({ ruleId: 'no-clinical-duties' })] });
    expect(bad.error).toMatch(/^<stdin>:2: not valid JSON/);
    expect(third).toMatchObject({ title: 'Peer Support Specialist', peerRole: true, findings: [] });
    expect(notObject.error).toContain('expected an object');
    expect(noText).toMatchObject({ title: 'Peer Support Specialist', error: '<stdin>:6: "text" must be a string' });
    expect(report.summary).toEqual({ files: 6, errors: 1, warnings: 0, infos: 0, fileErrors: 4, byRule: { 'no-clinical-duties': { errors: 1, warnings: 0, infos: 0 } } });
    expect(stderr).toContain('peerlint: job-2: <stdin>:2: not valid JSON');
  });
  it('positions refer to the input record\'s own text field (or its title), not to the Markdown peerlint builds', () => {
    const text = 'Pay: $20–$24 per hour. Reports to the Lead Peer Specialist.\r\n\r\n- Conduct intake assessments.\n- Work with addicts.';
    const input = JSON.stringify({ id: 'p', title: 'Peer Support Specialist for\nex-offenders', text }) + '\n';
    const [file] = JSON.parse(peerlint(['--input', 'jsonl', '-', '--format', 'json'], { input }).stdout).files;
    const byRule = (id: string) => file.findings.find((f: { ruleId: string }) => f.ruleId === id);
    for (const f of file.findings.filter((x: { field: string }) => x.field === 'text')) expect(text.slice(f.offset, f.endOffset)).toBe(f.text);
    const drift = byRule('no-clinical-duties');
    expect(drift).toMatchObject({ field: 'text', line: 3, column: 3, text: 'Conduct intake assessments' });
    expect(drift.offset).toBe(text.indexOf('Conduct intake'));
    const addicts = file.findings.find((f: { text: string }) => f.text === 'addicts');
    expect(addicts).toMatchObject({ field: 'text', line: 4, column: 13 });
    // On the title: offsets index the title field.
    const title = 'Peer Support Specialist for\nex-offenders';
    const inTitle = file.findings.find((f: { field: string; ruleId: string }) => f.field === 'title' && f.ruleId === 'no-stigmatizing-language');
    expect(inTitle).toMatchObject({ line: 1, offset: title.indexOf('ex-offenders'), column: title.indexOf('ex-offenders') + 1, text: 'ex-offenders' });
    const missing = byRule('require-lived-experience') ?? byRule('require-training');
    expect(missing).toMatchObject({ field: 'title', line: 1, column: 1, offset: 0 });
  });
  it('jsonl output has a record for every posting, with or without findings, carrying its title', () => {
    writeFileSync(join(dir, 'postings.jsonl'), posting('a', 'Peer Support Specialist', 'Pay: $20 per hour.') + '\r\n' + posting('b', 'Nurse', 'Pay: $40 per hour.') + '\r\n');
    const lines = peerlint(['--input', 'jsonl', 'postings.jsonl', 'nope.jsonl', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const line of lines) expect(validateReportLine(line), errorsOf(validateReportLine)).toBe(true);
    expect(lines.map((l) => [l.type, l.path, l.title])).toEqual([
      ['finding', 'a', 'Peer Support Specialist'],
      ['file', 'a', 'Peer Support Specialist'],
      ['file', 'b', 'Nurse'],
      ['file-error', 'nope.jsonl', undefined],
      ['summary', undefined, undefined],
    ]);
    expect(lines[1]).toMatchObject({ peerRole: true, errors: 0, warnings: 1, infos: 0 });
    expect(lines[2]).toMatchObject({ peerRole: false, errors: 0, warnings: 0, infos: 0 });
    expect(lines[3].error).toBe('cannot read: no such file or folder');
    expect(lines[4]).toMatchObject({ files: 3, warnings: 1, fileErrors: 1 });
  });
});

describe('--cache', () => {
  let work: string;
  const cacheFile = () => join(work, '.peerlintcache');
  const run = (...extra: string[]) => JSON.parse(peerlint(['postings', '--cache', '--format', 'json', ...extra], { cwd: work }).stdout);
  /** Marks every cached finding, so a run that reuses the cache shows the mark and one that re-lints does not. */
  const tamper = (edit: (cache: { version: string; files: Record<string, { result: { findings: { message: string }[] } }> }) => void = () => {}) => {
    const cache = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    for (const entry of Object.values(cache.files) as { result: { findings: { message: string }[] } }[]) for (const f of entry.result.findings) f.message = 'FROM CACHE';
    edit(cache);
    writeFileSync(cacheFile(), JSON.stringify(cache));
  };
  const messages = (report: { files: { path: string; findings: { message: string }[] }[] }) => Object.fromEntries(report.files.map((f) => [f.path, f.findings.map((x) => x.message)]));

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'peerlint-cache-'));
    mkdirSync(join(work, 'postings'));
    writeFileSync(join(work, 'postings/drifted.md'), DRIFTED);
    writeFileSync(join(work, 'postings/warn.md'), WARN_ONLY);
  });

  it('a second run reuses the findings of unchanged files and re-lints a changed one', () => {
    const first = run();
    expect(existsSync(cacheFile())).toBe(true);
    tamper();
    const second = run();
    expect(messages(second)['postings/drifted.md']).toEqual(['FROM CACHE']);
    expect(second.summary).toEqual(first.summary);
    writeFileSync(join(work, 'postings/warn.md'), WARN_ONLY + '\nReports to the peer lead.\n');
    const third = run();
    expect(messages(third)['postings/drifted.md']).toEqual(['FROM CACHE']);
    expect(messages(third)['postings/warn.md']).toEqual([]); // re-linted: the supervision line now counts
  });
  it('changed options (--role, --quiet) invalidate the whole cache', () => {
    run();
    tamper();
    expect(messages(run('--role', 'peer'))['postings/drifted.md']).not.toContain('FROM CACHE');
    run();
    tamper();
    expect(messages(run('--quiet'))['postings/drifted.md']).not.toContain('FROM CACHE');
  });
  it('a cache written by another peerlint version is not used', () => {
    run();
    tamper((cache) => (cache.version = '0.0.1-older'));
    expect(messages(run())['postings/drifted.md']).not.toContain('FROM CACHE');
  });
  it('a corrupt cache is ignored with a warning and rewritten', () => {
    writeFileSync(cacheFile(), '{"format":1,"files":');
    const { code, stdout, stderr } = peerlint(['postings', '--cache', '--format', 'json'], { cwd: work });
    expect(code).toBe(1);
    expect(stderr).toMatch(/peerlint: warning: ignoring the cache .*\.peerlintcache: it is corrupt/);
    expect(JSON.parse(stdout).summary.errors).toBe(1);
    expect(() => JSON.parse(readFileSync(cacheFile(), 'utf8'))).not.toThrow();
  });
  it('--cache-location takes a file or a folder, and leaves no temporary files', () => {
    mkdirSync(join(work, 'caches'));
    peerlint(['postings', '--cache', '--cache-location', 'caches'], { cwd: work });
    expect(readdirSync(join(work, 'caches'))).toEqual(['.peerlintcache']);
    peerlint(['postings', '--cache', '--cache-location', 'my.cache'], { cwd: work });
    expect(existsSync(join(work, 'my.cache'))).toBe(true);
    // Missing folders are made: a folder named with a trailing slash, or the folder of a file.
    peerlint(['postings', '--cache', '--cache-location', 'build/caches/'], { cwd: work });
    expect(readdirSync(join(work, 'build/caches'))).toEqual(['.peerlintcache']);
    const run = peerlint(['postings', '--cache', '--cache-location', 'tmp/lint/peerlint.cache'], { cwd: work });
    expect(run.stderr).not.toContain('not saved');
    expect(existsSync(join(work, 'tmp/lint/peerlint.cache'))).toBe(true);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--output-file', () => {
  it('writes the report to the file and nothing to standard output', () => {
    const { code, stdout } = peerlint(['drifted.md', '--format', 'sarif', '--output-file', 'report.sarif']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(validateSarif(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('report.sarif'))).toEqual(['report.sarif']);
  });
  it('missing folders are made (as ESLint does)', () => {
    const { code, stdout } = peerlint(['drifted.md', '--format', 'json', '--output-file', 'reports/peerlint/report.json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'reports/peerlint/report.json'), 'utf8')).summary.errors).toBe(1);
  });
  it('a folder that cannot be made is a clear error before any work', () => {
    const { code, stdout, stderr } = peerlint(['drifted.md', '--output-file', 'good.md/folder/report.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('peerlint: cannot write good.md/folder/report.json: ');
  });
  it('when the report cannot be put in place, the old file stays whole and no temporary file is left', () => {
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'out/report.json')); // a folder where the file should go: the final rename fails
    const { code, stderr } = peerlint(['drifted.md', '--format', 'json', '--output-file', 'out/report.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('peerlint: cannot write out/report.json');
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
  });
  it('replaces an existing report whole', () => {
    writeFileSync(join(dir, 'old.json'), 'x'.repeat(100_000));
    peerlint(['good.md', '--format', 'json', '--output-file', 'old.json']);
    expect(JSON.parse(readFileSync(join(dir, 'old.json'), 'utf8')).summary.files).toBe(1);
  });
});

describe('a closed pipe', () => {
  it('`peerlint ... | head -1` exits with the lint result\'s code, quietly', () => {
    const postings = Array.from({ length: 1500 }, (_, i) => JSON.stringify({ id: `job-${i}`, title: 'Peer Support Specialist', text: 'Pay: $20 per hour. Reports to the peer lead.\n\n- Conduct intake assessments.' }));
    writeFileSync(join(dir, 'many.jsonl'), postings.join('\n') + '\n');
    const script = `set -o pipefail; node "${bin}" --input jsonl many.jsonl --format jsonl | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ type: 'finding', path: 'job-0' });
    expect(result.stderr).toContain('status 1'); // error findings: 1, as without the pipe; not 2
    expect(result.stderr).not.toMatch(/EPIPE|internal error/);
  });
});

describe('--input jsonl streams', () => {
  it('prints a posting\'s findings while standard input is still open', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, '--input', 'jsonl', '-', '--format', 'jsonl'], { cwd: dir });
    child.stdin.write(JSON.stringify({ id: 'first', title: 'Peer Support Specialist', text: 'Conduct intake assessments.' }) + '\n');
    const firstOutput = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('no output while input was open')), 15_000);
      child.stdout.once('data', (chunk: Buffer) => {
        clearTimeout(timer);
        done(chunk.toString());
      });
    });
    expect(JSON.parse(firstOutput.split('\n')[0]!)).toMatchObject({ type: 'finding', path: 'first' });
    child.stdin.end(JSON.stringify({ id: 'second', title: 'Nurse', text: 'Pay: $40 per hour.' }) + '\n');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(1);
  });
});

describe('--output-file and an interrupted run', () => {
  it('a run killed while writing leaves neither a report nor a temporary file', async () => {
    const { spawn } = await import('node:child_process');
    const out = mkdtempSync(join(tmpdir(), 'peerlint-kill-'));
    const child = spawn(process.execPath, [bin, '--input', 'jsonl', '-', '--format', 'json', '--output-file', join(out, 'report.json')], { cwd: dir });
    child.stdin.write(JSON.stringify({ id: 'a', title: 'Peer Support Specialist', text: 'Conduct intake assessments.' }) + '\n');
    // Wait until the temporary file exists and has the first posting in it: the run is mid-report.
    const deadline = Date.now() + 15_000;
    while (!readdirSync(out).some((f) => f.endsWith('.tmp') && readFileSync(join(out, f), 'utf8').includes('"path": "a"'))) {
      if (Date.now() > deadline) throw new Error('the report was never started');
      await new Promise((done) => setTimeout(done, 50));
    }
    child.kill('SIGTERM');
    const signal = await new Promise((done) => child.on('close', (_code, sig) => done(sig)));
    expect(signal).toBe('SIGTERM');
    expect(readdirSync(out)).toEqual([]);
    rmSync(out, { recursive: true, force: true });
  });
});
