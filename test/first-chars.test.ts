// src/first-chars.ts reads which characters a pattern's match can start with, so that the stigma
// matcher tries only the entries that can start at a candidate. It may answer too many characters,
// never too few: a missed character would be a missed finding.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byFirstChar, firstChars } from '../src/first-chars.ts';
import { entries } from '../rules/no-stigmatizing-language/index.ts';
import { lowerCased } from '../src/caseless.ts';

const sorted = (chars: Set<string> | undefined) => (chars ? [...chars].sort().join('') : undefined);

describe('firstChars reads a pattern source', () => {
  it.each([
    ['a literal word', 'addict', 'a'],
    ['an optional prefix before a word', '(?:ex-|former )?addicts?', 'aef'],
    ['an alternation', 'junk(?:y|ies)|druggies?', 'dj'],
    ['a word boundary before a word', String.raw`\bclean`, 'c'],
    ['a lookahead before a word', '(?=x)y', 'y'],
    ['a lookbehind before a word', "(?<![a-z'])drunk", 'd'],
    ['a character range', '[a-c]x', 'abc'],
    ['escapes in a class', String.raw`[\-.\u0041]b`, '-.A'],
    ['a digit escape', String.raw`\d+k`, '0123456789'],
    ['a group that may be empty', '(?:a|b*)c', 'abc'],
    ['a counted repeat from zero', 'x{0,2}y', 'xy'],
    ['a counted repeat from one', 'x{1,2}y', 'x'],
    ['a named group', '(?<word>q)u', 'q'],
    ['a unicode escape', String.raw`\u00e9t`, 'é'],
  ])('%s', (_, source, chars) => {
    expect(sorted(firstChars(source))).toBe(chars);
  });
  it.each([
    ['a negated class', '[^a]b'],
    ['any character', '.x'],
    ['a pattern that can match nothing', 'a?'],
    ['a property escape', String.raw`\p{L}x`],
    ['a white-space escape', String.raw`\sx`],
    ['a back-reference that may start the match', String.raw`(a)?\1b`],
    ['an unbalanced group', '(a'],
  ])('answers "any character" for %s', (_, source) => {
    expect(firstChars(source)).toBeUndefined();
  });
});

// Patterns built from the syntax the word lists use, and texts from the same letters.
const tree = fc.letrec<{ atom: string; group: string; sequence: string }>((tie) => ({
  atom: fc.oneof({ maxDepth: 3 }, fc.constantFrom('a', 'b', 'c', '-', ' ', '[ab]', '[a-c]', '[- ]', String.raw`\d`, String.raw`\b`, '1'), tie('group')),
  group: fc
    .tuple(fc.constantFrom('(?:', '(?=', '(?!', '(?<=', '(?<!'), fc.array(tie('sequence'), { minLength: 1, maxLength: 3 }))
    .map(([open, alternatives]) => `${open}${alternatives.join('|')})`),
  sequence: fc
    .array(fc.tuple(tie('atom'), fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{1,2}')), { minLength: 1, maxLength: 4 })
    // Neither \b nor a lookbehind takes a quantifier.
    .map((parts) => parts.map(([a, q]) => (a === String.raw`\b` || /^\(\?<?[=!]/.test(a) ? a : a + q)).join('')),
}));
const atom = tree.sequence;
const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '-', ' ', '1', '9'), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));

describe('firstChars never leaves out a character a match starts with', () => {
  it('on random patterns and texts', () => {
    fc.assert(
      fc.property(fc.array(atom, { minLength: 1, maxLength: 3 }), text, fc.nat(7), (alternatives, subject, at) => {
        const source = alternatives.join('|');
        const chars = firstChars(source);
        const m = new RegExp(`(?:${source})`, 'y');
        m.lastIndex = Math.min(at, subject.length);
        const found = m.exec(subject);
        if (chars && found && found[0].length > 0) expect(chars.has(subject[found.index]!)).toBe(true);
        if (found && found[0].length === 0 && found.index === m.lastIndex) expect(chars).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });
  it('on the stigma word list: each entry is tried at every candidate where it matches', () => {
    const startingWith = byFirstChar(entries, (e) => lowerCased(e.terms.join('|')));
    const samples = ['an addict', 'Ex-Addicts', 'the mentally ill', 'Suffers from depression', 'committed suicide', 'clean and sober', 'dirty urine', 'junkies', 'ex-offenders', 'an alcoholic', 'substance abusers', 'crackhead'];
    for (const sample of samples) {
      for (let at = 0; at < sample.length; at++) {
        for (const entry of entries) {
          const pattern = new RegExp(`(?:${entry.terms.join('|')})`, 'iy');
          pattern.lastIndex = at;
          const found = pattern.exec(sample);
          if (found && found[0].length > 0) expect(startingWith(sample[at]!), `${entry.id} at "${sample.slice(at)}"`).toContain(entry);
        }
      }
    }
  });
});
