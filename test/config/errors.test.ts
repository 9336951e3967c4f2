import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, parseRuleArgument } from '../../src/index.ts';
import { tempTree } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The problems a config produces, as "file: key path: problem" lines with the temp folder cut off. */
async function problems(files: Record<string, string>, options: ConstructorParameters<typeof ConfigResolver>[0] = {}): Promise<string[]> {
  const t = tempTree(files);
  cleanup = t.cleanup;
  try {
    await new ConfigResolver({ cwd: t.dir, ...options }).resolve('posting.md');
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.issues.map((i) => `${i.file}: ${i.keyPath}: ${i.problem}`.split(`${t.dir}/`).join(''));
  }
  throw new Error('expected a ConfigError');
}

describe('config errors name the file, the key path and the problem', () => {
  it('an unknown rule id suggests the closest ids', async () => {
    expect(await problems({ '.peerlintrc.yaml': 'rules:\n  require-payy: error\n  no-stigma: warn\n' })).toEqual([
      '.peerlintrc.yaml: rules.require-payy: unknown rule "require-payy" (did you mean "require-pay"?)',
      '.peerlintrc.yaml: rules.no-stigma: unknown rule "no-stigma" (did you mean "no-stigmatizing-language"?)',
    ]);
  });

  it('a bad severity (and "warning" for "warn")', async () => {
    expect(await problems({ '.peerlintrc.json': '{"rules": {"require-pay": "warning", "require-supervision": ["loud"]}}' })).toEqual([
      '.peerlintrc.json: rules.require-pay: severity must be one of off, info, warn, error, not "warning" ("warning" is written "warn")',
      '.peerlintrc.json: rules.require-supervision[0]: severity must be one of off, info, warn, error, not "loud"',
    ]);
  });

  it('bad rule options, checked against the rule\'s options schema', async () => {
    expect(
      await problems({ '.peerlintrc.yaml': 'rules:\n  require-pay: [error, { minimumHourlyWage: "15", extra: 1 }]\n  require-supervision: [warn, { a: 1 }]\n' }),
    ).toEqual([
      '.peerlintrc.yaml: rules.require-pay[1]: unknown key "extra"',
      '.peerlintrc.yaml: rules.require-pay[1].minimumHourlyWage: must be number',
      '.peerlintrc.yaml: rules.require-supervision[1]: rule "require-supervision" takes no options',
    ]);
  });

  it('unknown top-level keys and wrong types, with suggestions', async () => {
    expect(await problems({ '.peerlintrc.yaml': 'rule: {}\nrole: peers\noverrides: [{ rules: {} }]\n' })).toEqual([
      '.peerlintrc.yaml: : unknown key "rule" (did you mean "role" or "rules"?)',
      '.peerlintrc.yaml: role: must be one of "auto", "peer", "other"',
      '.peerlintrc.yaml: overrides[0]: missing required key "files"',
    ]);
  });

  it('package.json key paths start at "peerlint"', async () => {
    expect(await problems({ 'package.json': JSON.stringify({ peerlint: { plugins: 'x' } }) })).toEqual(['package.json: peerlint.plugins: must be array']);
  });

  it('a file that cannot be parsed', async () => {
    const [problem] = await problems({ '.peerlintrc.json': '{ "rules": ' });
    expect(problem).toMatch(/^\.peerlintrc\.json: : cannot parse JSON: \S/);
  });

  it('a syntax error names the file, line and column and keeps the parser\'s own message', async () => {
    const message = async (files: Record<string, string>) => {
      const t = tempTree({ 'posting.md': '# Nurse\n', ...files });
      cleanup = t.cleanup;
      try {
        await new ConfigResolver({ cwd: t.dir }).resolve('posting.md');
      } catch (error) {
        if (error instanceof ConfigError) return error.message.split(`${t.dir}/`).join('');
        throw error;
      } finally {
        t.cleanup();
      }
      throw new Error('expected a ConfigError');
    };
    expect(await message({ '.peerlintrc.yaml': 'rules:\n  require-pay: warn\n   no-clinical-duties: error\n' })).toBe(
      '.peerlintrc.yaml:2:16: cannot parse YAML: Nested mappings are not allowed in compact mappings',
    );
    expect(await message({ '.peerlintrc': 'rules: [a\n' })).toMatch(/^\.peerlintrc:2:1: cannot parse YAML: \S/);
    expect(await message({ '.peerlintrc.json': '{\n  "rules": {\n    "require-pay": "warn",\n  }\n}\n' })).toMatch(/^\.peerlintrc\.json:4:3: cannot parse JSON: \S.*$/);
    // cosmiconfig reads the working folder's package.json with its own parser first: same message.
    expect(await message({ 'package.json': '{ "peerlint": { "rules": { ] } }\n' })).toMatch(/^package\.json:1:28: cannot parse JSON: \S/);
  });

  it('an extends cycle is named', async () => {
    expect(await problems({ '.peerlintrc.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: ./a.yaml\n' })).toEqual([
      'b.yaml: extends: extends cycle: a.yaml -> b.yaml -> a.yaml',
    ]);
  });

  it('an extends or plugin that cannot be found', async () => {
    expect(await problems({ '.peerlintrc.yaml': 'extends: [recommended, ./missing.yaml]\n' })).toEqual([
      '.peerlintrc.yaml: extends[1]: cannot find config file "./missing.yaml" (looked for missing.yaml)',
    ]);
    expect(await problems({ '.peerlintrc.yaml': 'extends: recomended\n' })).toEqual([
      expect.stringMatching(/^\.peerlintrc\.yaml: extends: cannot find config package "recomended" from .* \(presets are recommended, strict and all; files start with \.\/\)$/),
    ]);
    expect(await problems({ '.peerlintrc.yaml': 'plugins: [peerlint-plugin-nowhere]\n' })).toEqual([
      expect.stringMatching(/^\.peerlintrc\.yaml: plugins\[0\]: cannot find plugin package "peerlint-plugin-nowhere"/),
    ]);
  });

  it('--config naming a missing file', async () => {
    expect(await problems({}, { config: 'nope.yaml' })).toEqual(['nope.yaml: : cannot read: no such file']);
  });

  it('custom rules: missing fields, bad and catastrophic patterns name the rule', async () => {
    expect(
      await problems({
        '.peerlintrc.yaml': [
          'customRules:',
          '  - { id: a, type: substitution, tokens: [x] }',
          '  - { id: b, type: existence, tokens: ["(a+)+b"] }',
          '  - { id: c, type: requirement, tokens: ["(unclosed"] }',
          '  - { id: require-pay, type: existence, tokens: [pay] }',
          '  - { id: Bad_Id, type: shout, tokens: [x] }',
        ].join('\n'),
      }),
    ).toEqual([
      '.peerlintrc.yaml: customRules[0]: missing required key "swap"',
      '.peerlintrc.yaml: customRules[4].id: must match pattern "^[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)?$"',
      '.peerlintrc.yaml: customRules[4].type: must be one of "substitution", "existence", "requirement"',
    ]);
    expect(await problems({ '.peerlintrc.yaml': 'customRules:\n  - { id: b, type: existence, tokens: [ok, "(a+)+b"] }\n' })).toEqual([
      expect.stringMatching(/^\.peerlintrc\.yaml: customRules\[0\]\.tokens\[1\]: custom rule "b": regular expression \/\(a\+\)\+b\/: can take exponential time .*\(rated by recheck\)/),
    ]);
    expect(await problems({ '.peerlintrc.yaml': 'customRules:\n  - { id: c, type: requirement, tokens: ["(unclosed"] }\n' })).toEqual([
      expect.stringMatching(/^\.peerlintrc\.yaml: customRules\[0\]\.tokens\[0\]: custom rule "c": invalid regular expression: .*Unterminated group/),
    ]);
    expect(await problems({ '.peerlintrc.yaml': 'customRules:\n  - { id: require-pay, type: existence, tokens: [pay] }\n' })).toEqual([
      '.peerlintrc.yaml: customRules[0].id: rule id "require-pay" is already used by a built-in rule',
    ]);
  });

  it('a catastrophic peer title pattern', async () => {
    expect(await problems({ '.peerlintrc.yaml': 'peerTitles: { peer: ["(\\\\w+\\\\s?)*coach"] }\n' })).toEqual([
      expect.stringMatching(/^\.peerlintrc\.yaml: peerTitles\.peer\[0\]: regular expression .* can take exponential time/),
    ]);
  });

  it('--rule values that cannot be read', async () => {
    expect(() => parseRuleArgument('require-pay')).toThrow(/--rule: expected "rule-id: severity"/);
    expect(parseRuleArgument('require-pay: [error, {"minimumHourlyWage": 15}]')).toEqual(['require-pay', ['error', { minimumHourlyWage: 15 }]]);
    expect(await problems({}, { rules: { 'require-pai': 'error' }, rulesSource: '--rule' })).toEqual(['--rule: rules.require-pai: unknown rule "require-pai" (did you mean "require-pay"?)']);
  });
});
