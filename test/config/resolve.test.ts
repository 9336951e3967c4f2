import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules, ConfigError, ConfigResolver, instantiateRules, lintFilesWithConfig } from '../../src/index.ts';
import { CLEAN, PEER, tempTree } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
function tree(files: Record<string, string>) {
  const t = tempTree(files);
  cleanup = t.cleanup;
  return t;
}

const severities = async (resolver: ConfigResolver, file: string) =>
  Object.fromEntries(Object.entries((await resolver.resolve(file)).rules).map(([id, [severity]]) => [id, severity]));

describe('discovery', () => {
  it('the nearest config wins in nested folders, and folders without one use the parent\'s', async () => {
    const t = tree({
      '.peerlintrc.yaml': 'rules:\n  require-pay: warn\n',
      'a/.peerlintrc.json': '{ "rules": { "require-pay": "off" } }',
      'a/b/posting.md': CLEAN,
      'c/posting.md': CLEAN,
      'posting.md': CLEAN,
    });
    const resolver = new ConfigResolver({ cwd: t.dir });
    expect((await severities(resolver, 'posting.md'))['require-pay']).toBe('warn');
    expect((await severities(resolver, 'c/posting.md'))['require-pay']).toBe('warn');
    // Nearest wins outright: the parent's settings are not merged in.
    expect((await severities(resolver, 'a/b/posting.md'))['require-pay']).toBe('off');
    expect(await resolver.configFileFor('a/b/posting.md')).toBe(t.path('a/.peerlintrc.json'));
  });

  it('reads the package.json "peerlint" key, .peerlintrc (YAML or JSON) and peerlint.config.mjs', async () => {
    const t = tree({
      'pkg/package.json': JSON.stringify({ name: 'x', peerlint: { rules: { 'require-pay': 'info' } } }),
      'nokey/package.json': JSON.stringify({ name: 'y' }),
      'rc/.peerlintrc': 'rules: { require-pay: warn }\n',
      'rcjson/.peerlintrc': '{"rules": {"require-pay": "off"}}',
      'js/peerlint.config.mjs': 'export default { rules: { "require-pay": "error", "require-supervision": "off" } };\n',
    });
    const resolver = new ConfigResolver({ cwd: t.dir });
    expect((await severities(resolver, 'pkg/p.md'))['require-pay']).toBe('info');
    expect((await severities(resolver, 'nokey/p.md'))['require-pay']).toBe('error'); // package.json without the key is skipped
    expect((await severities(resolver, 'rc/p.md'))['require-pay']).toBe('warn');
    expect((await severities(resolver, 'rcjson/p.md'))['require-pay']).toBe('off');
    expect((await severities(resolver, 'js/p.md'))['require-supervision']).toBe('off');
  });

  it('--config names one file for everything; --no-config ignores them all', async () => {
    const t = tree({ '.peerlintrc.yaml': 'rules: { require-pay: off }\n', 'other.yaml': 'rules: { require-pay: info }\n' });
    expect((await severities(new ConfigResolver({ cwd: t.dir, config: 'other.yaml' }), 'p.md'))['require-pay']).toBe('info');
    expect((await severities(new ConfigResolver({ cwd: t.dir, config: false }), 'p.md'))['require-pay']).toBe('error');
  });
});

describe('presets and extends', () => {
  it('recommended is the default: each rule at its default severity', async () => {
    const t = tree({});
    const expected = Object.fromEntries(
      builtinRules.map(({ meta }) => [meta.id, meta.recommended === false ? 'off' : meta.defaultSeverity === 'warning' ? 'warn' : meta.defaultSeverity]),
    );
    expect(await severities(new ConfigResolver({ cwd: t.dir, config: false }), 'p.md')).toEqual(expected);
    expect(expected).toMatchObject({ 'no-clinical-duties': 'error', 'require-supervision': 'warn', 'pay-transparency': 'off' });
  });

  it('strict reports warnings as errors; all keeps default severities', async () => {
    const t = tree({ 'strict.yaml': 'extends: strict\n', 'all.yaml': 'extends: [all]\n', 'p.md': PEER('Pay: $20 per hour.') });
    const strict = await new ConfigResolver({ cwd: t.dir, config: 'strict.yaml' }).resolve('p.md');
    expect(strict.warningsAsErrors).toBe(true);
    const report = await lintFilesWithConfig([t.path('p.md')], { cwd: t.dir, config: 'strict.yaml' });
    const severityOf = (id: string) => report.files[0]!.findings.find((f) => f.ruleId === id)?.severity;
    expect(severityOf('require-supervision')).toBe('error'); // a warning by default
    expect(report.files[0]!.findings.every((f) => f.severity === 'error' || f.severity === 'info')).toBe(true);
    const all = await new ConfigResolver({ cwd: t.dir, config: 'all.yaml' }).resolve('p.md');
    expect(all.warningsAsErrors).toBe(false);
    expect(all.rules['require-supervision']![0]).toBe('warn');
  });

  it('merges extends in order (presets, files, packages), then the file itself', async () => {
    const t = tree({
      'base.yaml': 'rules:\n  require-pay: [warn, { minimumHourlyWage: 15 }]\n  require-supervision: info\n',
      'team.json': '{ "extends": "./base.yaml", "rules": { "require-pay": "info" } }',
      'node_modules/peerlint-config-agency/package.json': JSON.stringify({ name: 'peerlint-config-agency', main: 'index.json' }),
      'node_modules/peerlint-config-agency/index.json': '{ "rules": { "require-supervision": "error", "no-stigmatizing-language": "warn" } }',
      '.peerlintrc.yaml': 'extends: [strict, ./team.json, peerlint-config-agency]\nwarningsAsErrors: false\nrules:\n  no-stigmatizing-language: info\n',
    });
    const resolved = await new ConfigResolver({ cwd: t.dir }).resolve('p.md');
    // team.json's severity wins over base.yaml's, and keeps base.yaml's options.
    expect(resolved.rules['require-pay']).toEqual(['info', { minimumHourlyWage: 15 }]);
    // The package comes after team.json; the file's own rules come last.
    expect(resolved.rules['require-supervision']![0]).toBe('error');
    expect(resolved.rules['no-stigmatizing-language']![0]).toBe('info');
    expect(resolved.warningsAsErrors).toBe(false);
  });

  it('a later preset overrides earlier rule settings', async () => {
    const t = tree({ 'a.yaml': 'rules: { require-pay: off }\n', '.peerlintrc.yaml': 'extends: [./a.yaml, recommended]\n' });
    expect((await severities(new ConfigResolver({ cwd: t.dir }), 'p.md'))['require-pay']).toBe('error');
  });
});

describe('overrides', () => {
  it('apply to matching paths (relative to the config file), in order, with role and rules', async () => {
    const t = tree({
      '.peerlintrc.yaml': [
        'rules: { require-pay: warn }',
        'overrides:',
        '  - files: ["clinical/**"]',
        '    role: other',
        '    rules: { no-stigmatizing-language: off }',
        '  - files: "*.txt"',
        '    excludedFiles: ["clinical/**"]',
        '    rules: { require-pay: off }',
      ].join('\n'),
      'clinical/nurse.md': '# Nurse\n\nPay: $40 per hour. Our addicts program.\n',
    });
    const resolver = new ConfigResolver({ cwd: t.dir });
    const clinical = await resolver.resolve('clinical/nurse.md');
    expect(clinical.role).toBe('other');
    expect(clinical.rules['no-stigmatizing-language']![0]).toBe('off');
    expect(clinical.rules['require-pay']![0]).toBe('warn');
    expect((await resolver.resolve('notes/peer.txt')).rules['require-pay']![0]).toBe('off');
    expect((await resolver.resolve('clinical/x.txt')).rules['require-pay']![0]).toBe('warn');
    expect((await resolver.resolve('peer.md')).role).toBe('auto');
    const report = await lintFilesWithConfig([t.path('clinical/nurse.md')], { cwd: t.dir });
    expect(report.files[0]).toMatchObject({ peerRole: false, findings: [] });
  });

  it('the --role and --rule settings come after the config', async () => {
    const t = tree({ '.peerlintrc.yaml': 'role: other\nrules: { require-pay: off }\n' });
    const resolved = await new ConfigResolver({ cwd: t.dir, role: 'peer', rules: { 'require-pay': ['error', { minimumHourlyWage: 15 }] } }).resolve('p.md');
    expect(resolved.role).toBe('peer');
    expect(resolved.rules['require-pay']).toEqual(['error', { minimumHourlyWage: 15 }]);
  });
});

describe('location', () => {
  it('from the config or --location turns pay-transparency on, unless a config sets it (off included)', async () => {
    const t = tree({ 'on.yaml': 'location: Denver, CO\n', 'off.yaml': 'rules:\n  pay-transparency: off\n' });
    expect((await severities(new ConfigResolver({ cwd: t.dir, config: false }), 'p.md'))['pay-transparency']).toBe('off');
    const fromConfig = await new ConfigResolver({ cwd: t.dir, config: 'on.yaml' }).resolve('p.md');
    expect(fromConfig).toMatchObject({ location: 'Denver, CO', rules: { 'pay-transparency': ['error', {}] } });
    const fromCli = await new ConfigResolver({ cwd: t.dir, config: false, location: 'Seattle, WA' }).resolve('p.md');
    expect(fromCli).toMatchObject({ location: 'Seattle, WA', rules: { 'pay-transparency': ['error', {}] } });
    const explicitOff = await new ConfigResolver({ cwd: t.dir, config: 'off.yaml', location: 'Seattle, WA' }).resolve('p.md');
    expect(explicitOff.rules['pay-transparency']![0]).toBe('off');
  });
});

describe('the resolved config', () => {
  it('is plain JSON data that instantiateRules turns into rule settings', async () => {
    const t = tree({
      '.peerlintrc.yaml': 'rules:\n  require-supervision: off\n  require-pay: [warn, { minimumHourlyWage: 15 }]\ncustomRules:\n  - { id: no-rockstar, type: existence, tokens: [rock ?stars?] }\n',
    });
    const resolved = await new ConfigResolver({ cwd: t.dir }).resolve('p.md');
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
    const settings = await instantiateRules(JSON.parse(JSON.stringify(resolved)));
    const byId = Object.fromEntries(settings.map((s) => [s.rule.meta.id, [s.severity, s.options]]));
    expect(byId['require-pay']).toEqual(['warning', { minimumHourlyWage: 15 }]);
    expect(byId['no-rockstar']).toEqual(['warning', {}]);
    expect(byId['no-clinical-duties']).toEqual(['error', {}]);
    expect(byId).not.toHaveProperty('require-supervision'); // off
    expect(byId).not.toHaveProperty('pay-transparency'); // opt-in
  });

  it('instantiateRules checks what it is given', async () => {
    await expect(instantiateRules({ rules: { 'no-such-rule': ['error', {}] }, customRules: [], plugins: [] })).rejects.toThrow(ConfigError);
    await expect(instantiateRules({ rules: { 'require-pay': ['error', { bogus: 1 }] }, customRules: [], plugins: [] })).rejects.toThrow(/rules\.require-pay\[1\]: unknown key "bogus"/);
  });
});
