import { afterEach, describe, expect, it } from 'vitest';
import { compileCustomRule, lintFilesWithConfig, lintText, type CustomRuleSpec } from '../../src/index.ts';
import { CLEAN, PEER, tempTree } from './helpers.ts';

/** Lints text with one custom rule alone. */
function lintWith(spec: CustomRuleSpec, text: string, role: 'auto' | 'peer' | 'other' = 'auto') {
  const rule = compileCustomRule(spec);
  return lintText(text, { filePath: 'p.md', role, rules: [{ rule, severity: rule.meta.defaultSeverity, options: {} }] }).findings;
}

describe('substitution', () => {
  const spec: CustomRuleSpec = { id: 'house/participant', type: 'substitution', swap: { 'clients?': 'participant', 'consumers?': 'participant' } };

  it('flags each term with its replacement as the suggestion', () => {
    const findings = lintWith(spec, PEER('Support clients and Consumers in recovery.'));
    expect(findings.map((f) => [f.text, f.message, f.suggestions, f.severity, f.category])).toEqual([
      ['clients', 'Write "participant" instead of "clients".', ['participant'], 'warning', 'custom'],
      ['Consumers', 'Write "participant" instead of "Consumers".', ['participant'], 'warning', 'custom'],
    ]);
  });

  it('matches whole words only, not the preferred wording, and respects ignoreCase: false', () => {
    expect(lintWith(spec, PEER('Our clientele and participant voice; client-centred is fine? no: "clientele".'))).toHaveLength(1); // "client" in client-centred
    expect(lintWith({ ...spec, swap: { client: 'client' } }, PEER('Each client.'))).toEqual([]);
    expect(lintWith({ ...spec, ignoreCase: false }, PEER('Clients and clients.')).map((f) => f.text)).toEqual(['clients']);
  });

  it('uses its own message, severity and category', () => {
    const [f] = lintWith({ ...spec, message: 'We say {{replacement}}, not {{match}}.', severity: 'error', category: 'house-style' }, PEER('A client.'));
    expect(f).toMatchObject({ message: 'We say participant, not client.', severity: 'error', category: 'house-style', ruleId: 'house/participant' });
  });
});

describe('existence', () => {
  const spec: CustomRuleSpec = { id: 'no-rockstar', type: 'existence', message: 'Drop "{{match}}": it puts off applicants.', tokens: ['rock ?stars?', 'ninjas?'] };

  it('flags every occurrence', () => {
    const findings = lintWith(spec, PEER('We want a rockstar.\n\n- Be a ninja with other rock stars.'));
    expect(findings.map((f) => [f.text, f.line])).toEqual([['rockstar', 3], ['ninja', 5], ['rock stars', 5]]);
    expect(findings[0]!.message).toBe('Drop "rockstar": it puts off applicants.');
  });

  it('is not fooled by a longer word or by text outside prose (code, comments, URLs)', () => {
    expect(lintWith(spec, PEER('Rockstarry ninjatsu. `rockstar` <!-- ninja --> https://example.com/ninja'))).toEqual([]);
  });

  it('scope: only in sections whose heading matches, only on peer postings', () => {
    const text = '# Peer Support Specialist\n\n## About us\n\nWe are ninjas.\n\n## Duties\n\n- Be a ninja.\n';
    expect(lintWith({ ...spec, scope: { section: 'duties|responsibilities' } }, text).map((f) => f.line)).toEqual([9]);
    expect(lintWith({ ...spec, scope: { peerOnly: true } }, text, 'other')).toEqual([]);
    expect(lintWith({ ...spec, scope: { peerOnly: true } }, text, 'peer')).toHaveLength(2);
  });
});

describe('requirement', () => {
  const spec: CustomRuleSpec = { id: 'require-deadline', type: 'requirement', severity: 'error', tokens: ['deadline', 'closing date', 'apply by \\w+'] };

  it('reports a posting that mentions none of the tokens, at the title', () => {
    const [f, ...rest] = lintWith(spec, CLEAN);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'require-deadline', severity: 'error', line: 1, text: 'Peer Support Specialist' });
    expect(f!.message).toBe('Something every posting must mention is missing: none of "deadline", "closing date", "apply by \\w+" appears.');
  });

  it('is satisfied by any one token', () => {
    expect(lintWith(spec, PEER('Apply by Friday.'))).toEqual([]);
    expect(lintWith(spec, PEER('The closing date is 1 May.'))).toEqual([]);
  });

  it('with a section scope, the token must be in a matching section', () => {
    const scoped: CustomRuleSpec = { id: 'require-eeo', type: 'requirement', message: 'No equal opportunity statement.', tokens: ['equal opportunity'], scope: { section: 'about|equal' } };
    expect(lintWith(scoped, PEER('## Duties\n\nPromote equal opportunity.'))).toHaveLength(1);
    expect(lintWith(scoped, PEER('## About us\n\nWe are an equal opportunity employer.'))).toEqual([]);
  });
});

describe('custom rules from a config file', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('run beside the built-in rules, and the rules map can change their severity', async () => {
    const t = tempTree({
      '.peerlintrc.yaml': [
        'customRules:',
        '  - { id: house/participant, type: substitution, swap: { clients?: participant } }',
        '  - { id: require-benefits, type: requirement, tokens: [benefits, health insurance] }',
        'rules:',
        '  require-benefits: error',
      ].join('\n'),
      'p.md': PEER('Pay: $20 per hour. Reports to the Lead Peer. Support clients.'),
    });
    cleanup = t.cleanup;
    const report = await lintFilesWithConfig([t.path('p.md')], { cwd: t.dir });
    expect(report.files[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['require-benefits', 'error'],
      ['house/participant', 'warning'],
    ]);
  });
});
