import { describe, expect, it } from 'vitest';
import { checkRegex, matchAllWithBudget, RegexTimeoutError, searchWithBudget } from '../src/safe-regex.ts';

describe('checkRegex (recheck)', () => {
  it.each([
    ['exponential: an optional group repeated, then the same letters', '(a?){26}a{26}b', /exponential time/],
    ['nested quantifiers', '(a+)+$', /exponential time/],
    ['nested quantifiers with a star', '(\\w*)*x', /exponential time/],
    ['nested quantifiers in a word list', '^(?:peer|support(?:\\s+\\w+)+)+$', /exponential time/],
    ['an alternation with a shared first character', '(a|ab)*c', /time/],
    ['polynomial: stars side by side', '\\w*\\w*\\w*\\w*\\w*\\w*x', /polynomial time/],
    ['polynomial: lazy runs', '[\\s\\S]*?x[\\s\\S]*?y[\\s\\S]*?z', /polynomial time/],
    ['polynomial: an unanchored run retried from every position', '-+x', /polynomial time \(degree 2\)/],
  ])('refuses %s: %s', (_, source, problem) => {
    const check = checkRegex(source);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toMatch(problem);
  });

  it('shows an example of the text that makes it slow', () => {
    expect(checkRegex('-+x')).toEqual({ ok: false, problem: expect.stringMatching(/on text such as '-'\.repeat\(\d+\)/) });
  });

  it('refuses a pattern that does not compile, with the engine message', () => {
    expect(checkRegex('(unclosed')).toEqual({ ok: false, problem: expect.stringMatching(/^not a valid regular expression: .*Unterminated group/) });
  });

  it.each([
    ['[a-z]+(?:-[a-z]+)*', ''], // refused by the old hand-written checker
    ['(?:peer|pay)+', ''], // branches start alike but never match the same text
    ['\\bpeer support\\b', 'i'],
    ['(?:therapy|counseling)+', 'i'],
    ['\\b(?:clean|dirty)\\s+(?:urine|test)s?\\b', 'i'],
    ['\\d{1,3}(?:,\\d{3})*', ''],
    ['(?<=\\$)\\d+', ''],
    ['\\p{Lu}+', 'u'],
  ])('accepts the ordinary pattern %s', (source, flags) => {
    expect(checkRegex(source, flags)).toEqual({ ok: true });
  });
});

describe('searchWithBudget and matchAllWithBudget', () => {
  it('returns every match with its index', () => {
    expect(matchAllWithBudget('peer', 'i', 'A Peer and a peer')).toEqual([
      { index: 2, text: 'Peer' },
      { index: 13, text: 'peer' },
    ]);
  });

  it('searches several texts with several patterns in one call', () => {
    expect(searchWithBudget([{ source: 'a', flags: '' }, { source: 'b+', flags: 'i' }], ['ab', 'BB'])).toEqual([
      [[{ index: 0, text: 'a' }], []],
      [[{ index: 1, text: 'b' }], [{ index: 0, text: 'BB' }]],
    ]);
  });

  it('moves past empty matches instead of looping', () => {
    expect(matchAllWithBudget('x*', '', 'ab')).toHaveLength(3);
  });

  it.each(['(a+)+$', '(a?){26}a{26}b'])('stops the catastrophic %s at the budget instead of hanging', (source) => {
    expect(() => matchAllWithBudget(source, '', `${'a'.repeat(40)}!`, { budgetMs: 50 })).toThrow(RegexTimeoutError);
  });

  it('caps the number of matches', () => {
    expect(matchAllWithBudget('a', '', 'a'.repeat(100), { maxMatches: 7 })).toHaveLength(7);
  });

  it('reports an invalid pattern as an error, not a timeout', () => {
    expect(() => matchAllWithBudget('(', '', 'x')).toThrow(/Invalid regular expression/);
  });
});
