import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigResolver, lintFilesWithConfig, lintText } from '../../src/index.ts';
import { PEER, tempTree } from './helpers.ts';

// The configuration docs' example config and plugin must work as written.
const readme = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
const blockAfter = (heading: string, lang: string) => {
  const from = readme.indexOf(heading);
  const start = readme.indexOf('```' + lang + '\n', from) + lang.length + 4;
  return readme.slice(start, readme.indexOf('\n```', start));
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('docs/configuration.md examples', () => {
  it('the complete example runs as copied, with no other file', async () => {
    const t = tempTree({ '.peerlintrc.yaml': blockAfter('## A complete example', 'yaml'), 'peer.md': PEER('Pay: up to $16 per hour. Help clients.\n\n- Be a rockstar.') });
    cleanup = t.cleanup;
    const report = await lintFilesWithConfig([t.path('peer.md')], { cwd: t.dir });
    expect(report.files[0]!.error).toBeUndefined();
    expect(report.files[0]!.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['house-style/participant', 'no-rockstar', 'require-deadline']));
  });

  it('with its commented lines uncommented, the complete example and the plugin example load and lint', async () => {
    const adapted = blockAfter('## A complete example', 'yaml')
      .replace(/^extends: \[recommended\].*\n/m, '')
      .replace(/^# (extends|plugins): /gm, '$1: ');
    const t = tempTree({
      'package.json': JSON.stringify({ name: 'postings', type: 'module' }),
      '.peerlintrc.yaml': adapted,
      'team-rules.yaml': 'rules:\n  require-supervision: error\n',
      'rules/require-location.js': blockAfter('## Plugins: writing a plugin rule', 'js'),
      'node_modules/peerlint-plugin-acme/package.json': JSON.stringify({ name: 'peerlint-plugin-acme', type: 'module', main: 'index.js' }),
      'node_modules/peerlint-plugin-acme/index.js': "export default [{ meta: { id: 'acme/other', category: 'c', defaultSeverity: 'info', description: 'd', docs: 'd', appliesTo: 'all', messages: {} }, create: () => ({}) }];\n",
      'peer.md': PEER('Pay: up to $16 per hour. Help clients.\n\n- Be a rockstar.'),
      'clinical/nurse.md': '# Nurse\n\nPay: $40 per hour.\n',
    });
    cleanup = t.cleanup;
    const resolved = await new ConfigResolver({ cwd: t.dir }).resolve('peer.md');
    expect(resolved.rules['require-supervision']![0]).toBe('warn'); // the file's own setting comes after team-rules.yaml
    expect(Object.keys(resolved.rules)).toContain('acme/require-location');
    const report = await lintFilesWithConfig([t.path('peer.md'), t.path('clinical/nurse.md')], { cwd: t.dir });
    expect(report.files.map((f) => f.findings.map((x) => [x.ruleId, x.severity, x.text]))).toEqual([
      [
        ['acme/require-location', 'warning', 'Peer Support Specialist'],
        ['require-deadline', 'warning', 'Peer Support Specialist'],
        ['require-eeo', 'warning', 'Peer Support Specialist'],
        ['require-supervision', 'warning', 'Peer Support Specialist'],
        ['pay-range-quality', 'error', '$16'], // open-ended, and pay-range-quality: error
        ['house-style/participant', 'warning', 'clients'],
        ['no-rockstar', 'error', 'rockstar'],
      ],
      // The override: not a peer posting, no deadline rule.
      [
        ['acme/require-location', 'warning', 'Nurse'],
        ['require-eeo', 'warning', 'Nurse'],
      ],
    ]);
  });

  it('the directive example suppresses what it says it does', () => {
    const posting = `# Peer Support Specialist\n\n${blockAfter('## Inline directives', 'markdown')}\n`;
    const withDirectives = lintText(posting, { reportUnusedDirectives: true }).findings.map((f) => f.ruleId);
    expect(withDirectives).not.toContain('unused-directive');
    expect(withDirectives).not.toContain('no-stigmatizing-language');
    expect(withDirectives).not.toContain('no-clinical-duties');
    const without = lintText(posting.replace(/<!--[^>]*-->/g, ''), {}).findings.map((f) => f.ruleId);
    expect(without).toEqual(expect.arrayContaining(['no-stigmatizing-language', 'no-clinical-duties']));
  });

  it('the error examples are what peerlint says', async () => {
    const block = blockAfter('## Validation and errors', '');
    const t = tempTree({ '.peerlintrc.yaml': 'rules:\n  require-payy: error\n  require-pay: [error, { minimumHourlyWage: "15" }]\n' });
    cleanup = t.cleanup;
    const error = await new ConfigResolver({ cwd: t.dir }).resolve('a.md').then(
      () => undefined,
      (e: Error) => e.message.split(`${t.dir}/`).join(''),
    );
    const lines = block.split('\n').filter((l) => l.startsWith('peerlint: config error: '));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(error).toContain(line.replace('peerlint: config error: ', ''));
  });
});
