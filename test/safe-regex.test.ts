import { describe, expect, it } from 'vitest';
import { checkRegex, matchAllWithBudget, RegexTimeoutError } from '../src/safe-regex.ts';

describe('checkRegex', () => {
  it.each([
    ['nested quantifiers', '(a+)+$'],
    ['nested quantifiers with a star', '(\\w*)*x'],
    ['nested quantifiers in a word list', '^(?:peer|support(?:\\s+\\w+)+)+$'],
    ['an alternation with a shared first character', '(a|ab)*c'],
    ['an alternation of overlapping classes', '(?:\\w|\\d)+!'],
    ['an alternation that overlaps only ignoring case', '(?:A|ab)+'],
    ['an alternation with an empty branch', '(?:a|)+b'],
  ])('refuses %s: %s', (_, source) => {
    const check = checkRegex(source, source === '(?:A|ab)+' ? 'i' : '');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(/exponential time/);
  });

  it('names the shared first character', () => {
    expect(checkRegex('(?:peer|pay)+')).toEqual({ ok: false, problem: expect.stringContaining('both can start with "p"') });
  });

  it('refuses a pattern that does not compile, with the engine message', () => {
    expect(checkRegex('(unclosed')).toEqual({ ok: false, problem: expect.stringMatching(/^not a valid regular expression: .*Unterminated group/) });
  });

  it.each([
    ['\\bpeer support\\b'],
    ['(?:therapy|counseling)+'],
    ['\\b(?:clean|dirty)\\s+(?:urine|test)s?\\b'],
    ['(?:A|ab)+'], // without the i flag the branches are distinct
    ['\\d{1,3}(?:,\\d{3})*'],
    ['(?<=\\$)\\d+'],
    ['\\p{Lu}+'], // syntax the analyser does not know: accepted, left to the time budget
  ])('accepts the ordinary pattern %s', (source) => {
    expect(checkRegex(source, 'u')).toEqual({ ok: true });
  });
});

describe('matchAllWithBudget', () => {
  it('returns every match with its index', () => {
    expect(matchAllWithBudget('peer', 'i', 'A Peer and a peer')).toEqual([
      { index: 2, text: 'Peer' },
      { index: 13, text: 'peer' },
    ]);
  });

  it('moves past empty matches instead of looping', () => {
    expect(matchAllWithBudget('x*', '', 'ab')).toHaveLength(3);
  });

  it('stops a catastrophic pattern at the budget instead of hanging', () => {
    const started = Date.now();
    expect(() => matchAllWithBudget('(a+)+$', '', `${'a'.repeat(40)}!`, { budgetMs: 50 })).toThrow(RegexTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('caps the number of matches', () => {
    expect(matchAllWithBudget('a', '', 'a'.repeat(100), { maxMatches: 7 })).toHaveLength(7);
  });

  it('reports an invalid pattern as an error, not a timeout', () => {
    expect(() => matchAllWithBudget('(', '', 'x')).toThrow(/Invalid regular expression/);
  });
});
