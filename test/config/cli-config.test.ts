import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLEAN, PEER, tempTree } from './helpers.ts';
import { builtinRules } from '../../rules/index.ts';

// Runs the built bin as a user would (npm test builds dist/ first).
const bin = join(new URL('../..', import.meta.url).pathname, 'bin/peerlint.js');
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(files: Record<string, string>) {
  const t = tempTree(files);
  cleanup = t.cleanup;
  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: t.dir, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { ...t, run };
}
const json = (stdout: string) => JSON.parse(stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; severity: string; line: number }> }> };

const DRIFT = PEER('Pay: $20 per hour. Reports to the Lead Peer.\n\n- Provide therapy to clients.');

describe('CLI configuration', () => {
  it('lints each file under its nearest config', () => {
    const { run } = setup({
      '.peerlintrc.yaml': 'customRules:\n  - { id: house/participant, type: substitution, swap: { clients?: participant } }\n',
      'clinical/.peerlintrc.json': '{ "role": "other" }',
      'a.md': DRIFT,
      'clinical/b.md': DRIFT,
    });
    const { code, stdout } = run(['.', '--format', 'json']);
    expect(code).toBe(1);
    expect(json(stdout).files.map((f) => [f.path, f.findings.map((x) => x.ruleId)])).toEqual([
      ['a.md', ['no-clinical-duties', 'house/participant']],
      ['clinical/b.md', []],
    ]);
  });

  it('an invalid config: exit 2, every problem named, nothing linted', () => {
    const { run } = setup({ '.peerlintrc.yaml': 'rules:\n  require-payy: error\n  require-supervision: [warn, {}, 3]\n', 'a.md': DRIFT });
    const { code, stdout, stderr } = run(['a.md', '--format', 'json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'peerlint: config error: .peerlintrc.yaml: rules.require-payy: unknown rule "require-payy" (did you mean "require-pay"?)',
        'peerlint: config error: .peerlintrc.yaml: rules.require-supervision: must be a severity or [severity, {options}]',
        'peerlint: nothing was linted',
        '',
      ].join('\n'),
    );
  });

  it('--config, --no-config and repeatable --rule (severity or [severity, options])', () => {
    const { run } = setup({ '.peerlintrc.yaml': 'rules: { no-clinical-duties: off }\n', 'loud.json': '{ "extends": "strict" }', 'a.md': DRIFT, 'w.md': PEER('Pay: $15 per hour.') });
    expect(json(run(['a.md', '-f', 'json']).stdout).files[0]!.findings).toEqual([]);
    expect(json(run(['a.md', '-f', 'json', '--no-config']).stdout).files[0]!.findings.map((f) => f.ruleId)).toEqual(['no-clinical-duties']);
    const strict = json(run(['w.md', '-f', 'json', '--config', 'loud.json']).stdout).files[0]!.findings;
    expect(strict.map((f) => [f.ruleId, f.severity])).toEqual([['require-supervision', 'error']]);
    const ruled = run(['w.md', '-f', 'json', '--rule', 'require-supervision: off', '--rule', 'require-pay: [error, {"minimumHourlyWage": 17}]']);
    expect(ruled.code).toBe(1);
    expect(json(ruled.stdout).files[0]!.findings.map((f) => f.ruleId)).toEqual(['require-pay']);
    const bad = run(['w.md', '--rule', 'require-pay']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rule: expected "rule-id: severity"');
    expect(run(['w.md', '--rule', 'require-payy: error']).stderr).toContain('peerlint: config error: --rule: rules.require-payy: unknown rule');
  });

  it('--print-config prints the resolved config for a file as JSON', () => {
    const { run, path } = setup({
      'plugin.mjs': "export default { meta: { id: 'x/y', category: 'c', defaultSeverity: 'info', description: 'd', docs: 'd', appliesTo: 'all', messages: {} }, create: () => ({}) };\n",
      '.peerlintrc.yaml': 'extends: strict\nplugins: [./plugin.mjs]\nrules:\n  require-pay: [warn, { minimumHourlyWage: 15 }]\noverrides:\n  - { files: ["clinical/**"], role: other }\n',
    });
    const { code, stdout } = run(['--print-config', 'clinical/nurse.md', '--rule', 'require-supervision: info']);
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed).toEqual({
      configFiles: ['.peerlintrc.yaml'],
      role: 'other',
      peerTitles: { peer: [], notPeer: [] },
      warningsAsErrors: true,
      reportUnusedDirectives: false,
      ignores: [],
      rules: expect.any(Object),
      customRules: [],
      plugins: [path('plugin.mjs')],
    });
    // strict turns every rule on at its default severity; --rule and the file's own settings come after.
    expect(Object.keys(printed.rules).sort()).toEqual([...builtinRules.map((r) => r.meta.id), 'x/y'].sort());
    expect(printed.rules).toMatchObject({
      'no-clinical-duties': ['error', {}],
      'require-supervision': ['info', {}],
      'require-pay': ['warn', { minimumHourlyWage: 15 }],
      'pay-transparency': ['error', {}],
      'x/y': ['info', {}],
    });
    expect(JSON.parse(run(['--print-config', 'a.md']).stdout).role).toBe('auto');
  });

  it('--report-unused-directives', () => {
    const { run } = setup({ 'a.md': PEER('Pay: $20 per hour. Reports to the Lead Peer.\n\n<!-- peerlint-disable-next-line -- not needed -->\n- Support participants.') });
    expect(json(run(['a.md', '-f', 'json']).stdout).files[0]!.findings).toEqual([]);
    const { code, stdout } = run(['a.md', '-f', 'json', '--report-unused-directives']);
    expect(code).toBe(0); // a warning
    expect(json(stdout).files[0]!.findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['unused-directive', 'warning', 5]]);
  });
});

describe('--print-config', () => {
  it('names the config files it used, in merge order, before the configuration', () => {
    const { run } = setup({ '.peerlintrc.yaml': 'extends: [strict, ./team.yaml]\n', 'team.yaml': 'rules: { require-pay: warn }\n', 'sub/a.md': CLEAN, 'other/.peerlintrc.json': '{}' });
    const printed = JSON.parse(run(['--print-config', 'sub/a.md']).stdout);
    expect(printed.configFiles).toEqual(['team.yaml', '.peerlintrc.yaml']);
    expect(printed.rules['require-pay'][0]).toBe('warn');
    expect(JSON.parse(run(['--print-config', 'other/a.md']).stdout).configFiles).toEqual(['other/.peerlintrc.json']);
    expect(JSON.parse(run(['--print-config', 'sub/a.md', '--no-config']).stdout).configFiles).toEqual([]);
  });
});

describe('config files that cannot be read', () => {
  it('a JavaScript config with a syntax error says so and where (not "Cannot require() ES Module ...")', () => {
    for (const name of ['.peerlintrc.js', 'peerlint.config.mjs', '.peerlintrc.cjs']) {
      const { run } = setup({ 'a.md': CLEAN, [name]: `${name.endsWith('.cjs') ? 'module.exports =' : 'export default'} {\n  rules: { "require-pay": "warn"\n};\n` });
      const { code, stderr } = run(['a.md']);
      expect(code, name).toBe(2);
      expect(stderr, name).toBe(`peerlint: config error: ${name}:3:2: JavaScript syntax error: Unexpected token ';'\npeerlint: nothing was linted\n`);
      cleanup?.();
    }
    const { run } = setup({ 'a.md': CLEAN, '.peerlintrc.mjs': 'throw new Error("no config today");\n' });
    expect(run(['a.md']).stderr).toContain('peerlint: config error: .peerlintrc.mjs: cannot load: no config today\n');
  });
  it('a broken package.json in the working folder is named with line, column and the parser\'s message', () => {
    const { run } = setup({ 'a.md': CLEAN, 'package.json': '{ "name": "x", "peerlint": { "rules": { ] } }\n' });
    const { code, stderr } = run(['a.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^peerlint: config error: package\.json:1:41: cannot parse JSON: \S+/);
  });
});

describe('peerlint init', () => {
  it('writes a commented, valid starter .peerlintrc.yaml and never overwrites one', () => {
    const { run, path } = setup({ 'a.md': CLEAN });
    const first = run(['init']);
    expect(first).toMatchObject({ code: 0, stdout: 'peerlint init: wrote .peerlintrc.yaml\n' });
    const text = readFileSync(path('.peerlintrc.yaml'), 'utf8');
    expect(text).toMatch(/^# peerlint configuration/);
    expect(parse(text)).toMatchObject({ extends: 'recommended', rules: { 'require-pay': 'error' } });
    expect(run(['a.md']).code).toBe(0); // the starter config is valid
    writeFileSync(path('.peerlintrc.yaml'), 'rules: {}\n');
    const second = run(['init']);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('.peerlintrc.yaml already exists here; not overwriting it');
    expect(readFileSync(path('.peerlintrc.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(readdirSync(path('.')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses, with the reason, when package.json has a "peerlint" key (it would win over the new file)', () => {
    const { run, path } = setup({ 'package.json': JSON.stringify({ name: 'postings', peerlint: { rules: {} } }) });
    const refused = run(['init']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('package.json here has a "peerlint" key, which peerlint reads before .peerlintrc.yaml');
    expect(existsSync(path('.peerlintrc.yaml'))).toBe(false);
    writeFileSync(path('package.json'), JSON.stringify({ name: 'postings' }));
    expect(run(['init']).code).toBe(0); // a package.json without the key is no config
  });

  it('refuses when another config file is already in the folder', () => {
    const { run, path } = setup({ '.peerlintrc.json': '{}' });
    expect(run(['init']).code).toBe(2);
    expect(existsSync(path('.peerlintrc.yaml'))).toBe(false);
  });
});

describe('peerlint explain', () => {
  it('knows the custom and plugin rules that peerlint rules lists', () => {
    const { run } = setup({
      'plugin.mjs':
        "export default { meta: { id: 'acme/require-location', category: 'location', defaultSeverity: 'warning', description: 'A posting must say where the job is.', docs: 'https://example.org/acme/require-location', appliesTo: 'all', messages: { missing: 'No location: say where the job is.' } }, create: () => ({}) };\n",
      '.peerlintrc.yaml': 'plugins: [./plugin.mjs]\ncustomRules:\n  - { id: no-rockstar, type: existence, severity: error, message: \'"{{match}}" puts applicants off.\', tokens: [rock ?stars?, ninjas?] }\n',
    });
    const listed = JSON.parse(run(['rules', '--format', 'json']).stdout).map((r: { id: string }) => r.id);
    expect(listed).toEqual(expect.arrayContaining(['acme/require-location', 'no-rockstar']));
    const plugin = run(['explain', 'acme/require-location']);
    expect(plugin.code, plugin.stderr).toBe(0);
    expect(plugin.stdout).toMatch(/^acme\/require-location · location · default warning · plugin plugin\.mjs\nhttps:\/\/example\.org\/acme\/require-location\n/);
    expect(plugin.stdout).toContain('A posting must say where the job is.');
    expect(plugin.stdout).toContain('Message: No location: say where the job is.');
    const custom = run(['explain', 'no-rockstar']);
    expect(custom.code, custom.stderr).toBe(0);
    expect(custom.stdout).toMatch(/^no-rockstar · custom · default error · custom rule/);
    expect(custom.stdout).toContain('Message: "{{match}}" puts applicants off.');
    expect(custom.stdout).toContain('Flags: rock ?stars?, ninjas?');
    const unknown = run(['explain', 'no-rockstars']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean no-rockstar');
    expect(run(['explain', 'no-rockstar', '--no-config']).code).toBe(2);
    expect(run(['explain', 'require-pay', '--no-config']).code).toBe(0);
  });
});

describe('peerlint rules', () => {
  it('lists every rule with id, category, default severity, fixable and description, including custom rules', () => {
    const { run } = setup({ '.peerlintrc.yaml': 'customRules:\n  - { id: no-rockstar, type: existence, severity: error, tokens: [rockstar], description: No rockstars. }\n' });
    const { code, stdout } = run(['rules']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^rule\s+category\s+default severity\s+fixable\s+description$/);
    const rows = lines.slice(2).map((l) => l.split(/\s{2,}/));
    expect(rows.map((r) => r[0])).toEqual([...builtinRules.map((r) => r.meta.id), 'no-rockstar']);
    expect(rows[0]).toEqual(['no-clinical-duties', 'role-drift', 'error', 'no', expect.stringMatching(/^A peer posting must not assign clinical duties/)]);
    expect(rows.find((r) => r[0] === 'require-pay')).toEqual(['require-pay', 'pay', 'error', 'no', 'A posting must state a pay figure or range.']);
    expect(rows.at(-1)).toEqual(['no-rockstar', 'custom', 'error', 'no', 'No rockstars.']);
    const asJson = JSON.parse(run(['rules', '--format', 'json', '--no-config']).stdout);
    expect(asJson).toHaveLength(builtinRules.length);
    expect(asJson.find((r: { id: string }) => r.id === 'require-pay')).toEqual({ id: 'require-pay', category: 'pay', defaultSeverity: 'error', description: 'A posting must state a pay figure or range.', fixable: 'no' });
  });
});
