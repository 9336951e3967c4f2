import type { Span } from './types.ts';

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'inc', 'ltd', 'co', 'approx', 'incl', 'dept',
  'hrs', 'min', 'max', 'jr', 'sr', 'u.s', 'n.b', 'a.m', 'p.m', 'ph.d', 'esp', 'fig', 'ext', 'tel',
]);

/**
 * Splits `prose[from, to)` into sentences with exact offsets. A sentence ends at . ! or ? followed
 * by white space and a capital, digit, bullet or quote, unless the period closes a known
 * abbreviation or an initial; a line break followed by a blank line also ends one.
 */
export function splitSentences(prose: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(prose[s]!)) s++;
    while (e > s && /\s/.test(prose[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const c = prose[i]!;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < to && /["'’”)\]]/.test(prose[j]!)) j++;
    if (j < to && !/\s/.test(prose[j]!)) continue;
    let k = j;
    while (k < to && /\s/.test(prose[k]!)) k++;
    if (k < to && !/[A-Z0-9"'“‘(•*-]/.test(prose[k]!)) continue;
    if (c === '.') {
      const word = wordBefore(prose, Math.max(from, i - 12), i);
      if (word && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
    }
    push(j);
    start = j;
  }
  push(to);
  return spans;
}

/** The word of letters and dots that ends at `end` and starts after `from`, lower-cased ("e.g" before "e.g."). */
function wordBefore(prose: string, from: number, end: number): string | undefined {
  let start = end;
  while (start > from && /[A-Za-z.]/.test(prose[start - 1]!)) start--;
  while (start < end && prose[start] === '.') start++; // it starts with a letter
  return start < end ? prose.slice(start, end).toLowerCase() : undefined;
}
