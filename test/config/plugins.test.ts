import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, lintFilesWithConfig } from '../../src/index.ts';
import { CLEAN, PEER, tempTree } from './helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// A plugin rule as a user would write it, with the same API as the built-in rules.
const PLUGIN = `
export default {
  meta: {
    id: 'acme/require-location',
    category: 'location',
    defaultSeverity: 'warning',
    description: 'Say where the job is.',
    docs: 'https://example.org/require-location',
    appliesTo: 'all',
    messages: { missing: 'No {{what}}: say where the job is.' },
    options: { type: 'object', additionalProperties: false, properties: { words: { type: 'array', items: { type: 'string' } } } },
  },
  create(context) {
    const words = context.options.words ?? ['remote', 'on-site', 'hybrid'];
    return {
      end() {
        const prose = context.document.prose.toLowerCase();
        if (!words.some((w) => prose.includes(w))) context.report({ messageId: 'missing', data: { what: 'location' } });
      },
    };
  },
};
`;

describe('plugins', () => {
  it('a plugin file (relative to the config) adds rules that run and take options', async () => {
    const t = tempTree({
      'rules/location.mjs': PLUGIN,
      '.peerlintrc.yaml': 'plugins: [./rules/location.mjs]\n',
      'sub/.peerlintrc.yaml': 'plugins: [../rules/location.mjs]\nrules:\n  acme/require-location: [error, { words: [boston] }]\n',
      'a.md': CLEAN,
      'sub/b.md': PEER('Pay: $20 per hour. Reports to the Lead Peer. Remote.'),
    });
    cleanup = t.cleanup;
    const report = await lintFilesWithConfig([t.path('a.md'), t.path('sub/b.md')], { cwd: t.dir });
    expect(report.files.map((f) => f.findings.map((x) => [x.ruleId, x.severity, x.message, x.docs]))).toEqual([
      [['acme/require-location', 'warning', 'No location: say where the job is.', 'https://example.org/require-location']],
      [['acme/require-location', 'error', 'No location: say where the job is.', 'https://example.org/require-location']],
    ]);
    const resolved = await new ConfigResolver({ cwd: t.dir }).resolve('a.md');
    expect(resolved.plugins).toEqual([t.path('rules/location.mjs')]);
  });

  it('a plugin package exporting an array of rules; its options are validated', async () => {
    const t = tempTree({
      'node_modules/peerlint-plugin-acme/package.json': JSON.stringify({ name: 'peerlint-plugin-acme', type: 'module', main: 'index.js' }),
      'node_modules/peerlint-plugin-acme/index.js': PLUGIN.replace('export default {', 'const rule = {') + '\nexport default [rule];\n',
      '.peerlintrc.yaml': 'plugins: [peerlint-plugin-acme]\nrules:\n  acme/require-location: [error, { words: boston }]\n',
    });
    cleanup = t.cleanup;
    const error = await new ConfigResolver({ cwd: t.dir }).resolve('a.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([{ file: expect.stringContaining('.peerlintrc.yaml'), keyPath: 'rules.acme/require-location[1].words', problem: 'must be array' }]);
  });

  it('a module that is not a rule, or reuses a rule id, is a config error', async () => {
    const t = tempTree({
      'bad.mjs': 'export default { hello: 1 };\n',
      'dup.mjs': PLUGIN.replace("'acme/require-location'", "'require-pay'"),
      'a/.peerlintrc.yaml': 'plugins: [../bad.mjs]\n',
      'b/.peerlintrc.yaml': 'plugins: [../dup.mjs]\n',
    });
    cleanup = t.cleanup;
    const resolver = new ConfigResolver({ cwd: t.dir });
    await expect(resolver.resolve('a/x.md')).rejects.toThrow(/bad\.mjs: a plugin must export \(as default\) a rule or an array of rules/);
    await expect(resolver.resolve('b/x.md')).rejects.toThrow(/dup\.mjs: rule id "require-pay" is already used by a built-in rule/);
  });
});
