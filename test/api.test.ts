import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, lint, lintText, formatters, expandTargets, type RuleEntry } from '../src/index.ts';
import { validateReport } from './support/schemas.ts';
import { COMPLETE_PEER_REST as REST } from './support/postings.ts';

const root = new URL('..', import.meta.url).pathname;
const DRIFTED = '# Peer Support Specialist\n\nPay: $20–$24 per hour. Reports to the Lead Peer Specialist.\n\n- Conduct intake assessments.\n' + REST;
const WARN_ONLY = '# Peer Support Specialist\n\nPay: $20–$24 per hour.\n' + REST;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-api-'));
  mkdirSync(join(dir, 'postings/drafts'), { recursive: true });
  writeFileSync(join(dir, 'postings/drifted.md'), DRIFTED);
  writeFileSync(join(dir, 'postings/warn.md'), WARN_ONLY);
  writeFileSync(join(dir, 'postings/drafts/draft.md'), DRIFTED);
  writeFileSync(join(dir, 'postings.jsonl'), JSON.stringify({ id: 7, title: 'Peer Support Specialist', text: 'Pay: $20 per hour.' }) + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint()', () => {
  it('lints folders like the CLI, relative to cwd, and resolves to a report valid against the JSON schema', async () => {
    const report = await lint(['postings'], { cwd: dir });
    expect(report.files.map((f) => f.path)).toEqual(['postings/drafts/draft.md', 'postings/drifted.md', 'postings/warn.md']);
    expect(report.summary).toMatchObject({ files: 3, errors: 2, warnings: 1 });
    expect(validateReport({ version: 1, ...report })).toBe(true);
  });
  it('takes ignores (as the configuration will give them), ignore: false and quiet', async () => {
    const warnings: string[] = [];
    const ignored = await lint(['postings', 'postings/drafts/draft.md'], { cwd: dir, ignores: ['drafts/'], warn: (m) => warnings.push(m) });
    expect(ignored.files.map((f) => f.path)).toEqual(['postings/drifted.md', 'postings/warn.md']);
    expect(warnings).toEqual([expect.stringContaining('postings/drafts/draft.md: ignored')]);
    expect((await lint(['postings'], { cwd: dir, ignores: ['drafts/'], ignore: false })).files).toHaveLength(3);
    expect((await lint(['postings'], { cwd: dir, quiet: true })).summary.warnings).toBe(0);
  });
  it('takes ignores from the configuration too (relative to the working folder)', async () => {
    writeFileSync(join(dir, '.peerlintrc.yaml'), 'ignores: [drafts/]\n');
    try {
      expect((await lint(['postings'], { cwd: dir })).files.map((f) => f.path)).toEqual(['postings/drifted.md', 'postings/warn.md']);
      expect((await lint(['postings'], { cwd: dir, ignore: false })).files).toHaveLength(3);
    } finally {
      rmSync(join(dir, '.peerlintrc.yaml'));
    }
  });
  it('reads JSON Lines postings with input: "jsonl"', async () => {
    const report = await lint(['postings.jsonl'], { cwd: dir, input: 'jsonl' });
    expect(report.files.map((f) => [f.path, f.peerRole])).toEqual([['7', true]]);
  });
  it('lintText and formatters work together', () => {
    const result = lintText(DRIFTED, { filePath: 'draft.md' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['no-clinical-duties']);
    expect(formatters.github!({ files: [result], summary: { files: 1, errors: 1, warnings: 0, infos: 0, fileErrors: 0 } }, { color: false })).toMatch(/^::error file=draft\.md,line=5,/);
  });
});

describe('rule settings take one shape: { id: severity | [severity, options] }', () => {
  const settings: Record<string, RuleEntry> = { 'require-supervision': 'off', 'pay-range-quality': 'error', 'require-pay': ['warn', { minimumHourlyWage: 25 }] };
  it('lintText takes them as lint() does, and finds the same', async () => {
    const text = WARN_ONLY.replace('$20–$24 per hour', 'up to $24 per hour');
    const fromText = lintText(text, { filePath: 'postings/x.md', rules: settings }).findings;
    writeFileSync(join(dir, 'x.md'), text);
    const fromLint = (await lint(['x.md'], { cwd: dir, config: false, rules: settings })).files[0]!.findings;
    expect(fromText.map((f) => [f.ruleId, f.severity])).toEqual(fromLint.map((f) => [f.ruleId, f.severity]));
    expect(fromText.map((f) => f.ruleId)).not.toContain('require-supervision');
    expect(fromText.find((f) => f.ruleId === 'pay-range-quality')?.severity).toBe('error');
    expect(lintText(WARN_ONLY, { rules: { 'require-supervision': 'off' } }).findings).toEqual([]);
  });
  it('a bad setting is a ConfigError that names the option, not "--rule"', async () => {
    const problem = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(problem(() => lintText(WARN_ONLY, { rules: { 'require-payy': 'off' } }))).toBe('options: rules.require-payy: unknown rule "require-payy" (did you mean "require-pay"?)');
    expect(problem(() => lintText(WARN_ONLY, { rules: { 'require-pay': ['error', { minimumHourlyWage: 'high' }] } }))).toBe('options: rules.require-pay[1].minimumHourlyWage: must be number');
    await expect(lint(['x.md'], { cwd: dir, rules: { 'require-pay': 'loud' } })).rejects.toThrow(/^options: rules\.require-pay: severity must be one of/);
  });
});

describe('lint() with the cache', () => {
  it('a --quiet run and a full run never share cached results', async () => {
    const work = mkdtempSync(join(tmpdir(), 'peerlint-api-cache-'));
    writeFileSync(join(work, 'open-ended.md'), '# Nurse\n\nPay: up to $40 per hour.\n'); // pay-range-quality warns: no floor
    const options = { cwd: work, cache: true, config: false as const };
    expect((await lint(['open-ended.md'], { ...options, quiet: true })).summary.warnings).toBe(0);
    expect((await lint(['open-ended.md'], options)).summary.warnings).toBe(1);
    expect((await lint(['open-ended.md'], { ...options, quiet: true })).summary.warnings).toBe(0);
    rmSync(work, { recursive: true, force: true });
  });
  it('a file\'s cached result is used only under the same configuration', async () => {
    const work = mkdtempSync(join(tmpdir(), 'peerlint-api-cache-'));
    writeFileSync(join(work, 'nurse.md'), '# Nurse\n\nGreat team.\n');
    const options = { cwd: work, cache: true, config: false as const };
    const ids = async (rules: Record<string, unknown>) => (await lint(['nurse.md'], { ...options, rules })).files[0]!.findings.map((f) => f.ruleId);
    expect(await ids({})).toEqual(['require-pay']);
    expect(await ids({ 'require-pay': 'off' })).toEqual([]);
    expect(await ids({})).toEqual(['require-pay']);
    rmSync(work, { recursive: true, force: true });
  });
});

describe('fingerprint (what cache keys are made of)', () => {
  it('is stable across key order and changes with any value', () => {
    expect(fingerprint({ b: 1, a: { d: 2, c: 3 } })).toBe(fingerprint({ a: { c: 3, d: 2 }, b: 1 }));
    expect(fingerprint({ rules: { 'require-pay': ['error', {}] } })).not.toBe(fingerprint({ rules: { 'require-pay': ['warn', {}] } }));
    expect(fingerprint({ rules: { 'require-pay': ['error', {}] } })).not.toBe(fingerprint({ rules: { 'require-pay': ['error', { minimumHourlyWage: 15 }] } }));
  });
});

describe('expandTargets', () => {
  it('accepts a cwd string (the old signature) or options', () => {
    expect(expandTargets(['postings'], dir).map((t) => t.path)).toEqual(['postings/drafts/draft.md', 'postings/drifted.md', 'postings/warn.md']);
    expect(expandTargets(['postings'], { cwd: dir, ignores: ['*.md', '!warn.md'] }).map((t) => t.path)).toEqual(['postings/warn.md']);
  });
});

describe('the package as consumers import it', () => {
  it("`import { lint, lintText, formatters } from 'peerlint'` works from the built package", () => {
    const script = "import { lint, lintText, formatters } from 'peerlint'; const r = await lint(['postings/warn.md']); console.log(JSON.stringify([typeof lintText, Object.keys(formatters).sort(), r.summary.warnings]));";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' }, stdio: 'pipe' }).trim();
    // run from the temporary folder, so 'peerlint' must resolve through a node_modules link
    expect(JSON.parse(out)).toEqual(['function', ['github', 'html', 'json', 'jsonl', 'junit', 'sarif', 'stylish'], 1]);
  });
  it('the shipped type declarations type-check a consumer (strict, NodeNext, with @types/node as any Node tool has)', () => {
    const consumer = join(dir, 'consumer');
    mkdirSync(consumer, { recursive: true });
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, typeRoots: [join(root, 'node_modules/@types')], types: ['node'], skipLibCheck: false, lib: ['ES2023'] }, include: ['use.ts'] }));
    writeFileSync(join(consumer, 'use.ts'), "import { lint, lintText, formatters, type LintReport, type Finding } from 'peerlint';\nexport async function run(): Promise<string> {\n  const report: LintReport = await lint(['postings/'], { quiet: true, ignores: ['drafts/'] });\n  const first: Finding | undefined = lintText('# x').findings[0];\n  return formatters.sarif!(report, { color: false }) + String(first?.line);\n}\n// @ts-expect-error lint takes a list of paths\nvoid lint('postings/');\n");
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type: 'module' }));
    const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

beforeAll(() => {
  // A consumer's node_modules/peerlint, pointing at this checkout (as `npm install` of the package would).
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules/peerlint'), 'dir');
});
