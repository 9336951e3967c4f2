// blankUrls finds e-mail addresses from their `@`s rather than with BARE_URL's e-mail half (a speed-up):
// it must blank exactly what the pattern matches, on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARE_URL, blank, blankUrls } from '../src/document/layout.ts';

const byPattern = (prose: string) => prose.replace(BARE_URL, blank);
// Pieces that make and break addresses: local-part and domain characters, `@`, dots, spaces, line breaks.
const piece = fc.constantFrom('a', 'Z', '9', '_', '.', '+', '-', '@', ' ', '\n', '(', ')', '<', 'é', 'jo', 'example', '.org', 'x@y.z', '@@', '..', 'www.', 'https://', '://');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('blankUrls blanks what BARE_URL matches', () => {
  it('on random text of address pieces', () => {
    fc.assert(
      fc.property(text, (prose) => {
        expect(blankUrls(prose)).toBe(byPattern(prose));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['an address after another with no space', 'a@b.c.d@e.f'],
    ['an address whose local part runs back into the last one', 'x@y.zz.q@r.s and t@u.v'],
    ['an `@` with no local part', 'write @ us at @example.org or me@example.org'],
    ['a domain with no dot', 'jo@localhost or jo@example.org.'],
    ['an address inside a web address', 'see https://user@example.org/x and mail jo@example.org'],
    ['non-ASCII before the local part', 'éjo@example.org'],
  ])('%s', (_, prose) => {
    expect(blankUrls(prose)).toBe(byPattern(prose));
  });
  it('leaves text without an address as it is (the same string)', () => {
    const prose = 'No address here, only prose.';
    expect(blankUrls(prose)).toBe(prose);
  });
});
