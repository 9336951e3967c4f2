import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.ts';
import { nlpLoaded } from '../src/nlp/nlp.ts';

// This file runs in its own worker, so compromise starts unloaded.
describe('lazy NLP', () => {
  it('a posting with no candidate sentence never loads compromise', () => {
    lintText('# Peer Support Specialist\n\nListen, share hope and connect people with housing. Pay: $20/hr. Reports to the lead peer.\n');
    lintText('# Staff Nurse\n\nProvide individual counseling and conduct intake assessments.\n');
    expect(nlpLoaded()).toBe(false);
  });

  it('a candidate sentence in a peer posting loads it once', () => {
    const result = lintText('# Peer Support Specialist\n\nYou will provide individual counseling.\n');
    expect(nlpLoaded()).toBe(true);
    expect(result.findings.map((f) => f.ruleId)).toContain('no-clinical-duties');
  });
});
