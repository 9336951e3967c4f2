import { describe, it } from 'vitest';
import { builtinRules } from '../rules/index.ts';
import { lintText } from '../src/lint.ts';
import { expectLinearGrowth } from './support/growth.ts';

/**
 * Issue 10: the role-drift reader must cost linear time however the text is shaped. Each input is
 * built to a size in characters; 4x the input may cost at most ~6x the time (test/support/growth.ts).
 */
const rules = builtinRules.filter((r) => r.meta.category === 'role-drift' || r.meta.id === 'require-scope-statement').map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));
const lint = (text: string) => lintText(text, { filePath: 'growth.md', role: 'peer', rules });
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

describe('role-drift reading grows linearly', () => {
  it('one giant sentence full of duties (commas, no full stop)', () => {
    const unit = 'provide individual therapy to adults, conduct intake assessments for new clients, you will not diagnose, ';
    expectLinearGrowth((size) => `# Peer Support Specialist\n\n${repeat(unit, size)}\n`, lint, { size: 4_000, repeats: 3 });
  });

  it('one giant ALL-CAPS sentence', () => {
    const unit = 'ADMINISTER MEDICATION AND WRITE TREATMENT PLANS FOR THE RIVERSIDE COUNSELING CENTER, ';
    expectLinearGrowth((size) => `# Peer Support Specialist\n\n${repeat(unit, size)}\n`, lint, { size: 4_000, repeats: 3 });
  });

  it('a paragraph of sentences whose subject is "they"', () => {
    const unit = 'Our peer specialists meet people on day one. They complete the risk assessment. ';
    expectLinearGrowth((size) => `# Peer Support Specialist\n\n${repeat(unit, size)}\n`, lint, { size: 4_000, repeats: 3 });
  });

  it('one long list under a negated lead-in', () => {
    const unit = '- provide therapy to residents\n';
    expectLinearGrowth((size) => `# Peer Support Specialist\n\nPeers do not:\n\n${repeat(unit, size)}`, lint, { size: 4_000, repeats: 3 });
  });
});
