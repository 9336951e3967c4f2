import { describe, expect, it } from 'vitest';
import { entries } from '../rules/no-stigmatizing-language/index.ts';
import { inProperName } from '../src/proper-names.ts';
import { quotedSpans, selfSpokenSpans } from '../src/quotations.ts';
import { TermMatcher } from '../src/terms.ts';
import { expectLinearGrowth } from './support/growth.ts';

const matcher = new TermMatcher(entries);
const hitsIn = (text: string) => matcher.match(text).map((h) => text.slice(h.start, h.end));

describe('TermMatcher', () => {
  it('keeps the longer of two overlapping hits', () => {
    expect(hitsIn('Experience with substance abusers.')).toEqual(['substance abusers']);
  });

  it('skips a look-alike that overlaps the hit, and only that one', () => {
    expect(hitsIn('Alcoholics Anonymous meets here; alcoholics are welcome.')).toEqual(['alcoholics']);
  });

  it('finds terms in any case, and at their own offsets when lower-casing would move them (İ becomes two characters)', () => {
    expect(hitsIn('Work with Substance abusers and ADDICTS?')).toEqual(['Substance abusers', 'ADDICTS']);
    expect(hitsIn('İstanbul office: experience with Substance Abusers and addicts.')).toEqual(['Substance Abusers', 'addicts']);
    // Look-alikes too: lower-cased patterns on lower-cased text, or the i flag on the text as written.
    for (const before of ['', 'İstanbul: ']) expect(hitsIn(`${before}ALCOHOLICS ANONYMOUS meets here; Alcoholics are welcome.`)).toEqual(['Alcoholics']);
  });

  // issue 10: proper-name checks split the whole paragraph and look-alikes were rescanned for every hit.
  it('grows linearly with many hits in one paragraph (capitalised, inside look-alikes)', () => {
    const paragraph = (n: number) => 'Addict Alcoholic Drinks and Alcoholics Anonymous, '.repeat(n);
    expectLinearGrowth(paragraph, (text) => matcher.match(text), { size: 1500, repeats: 7 });
  });
});

describe('proper names by shape', () => {
  const named = (text: string, term: string) => {
    const at = text.indexOf(term);
    return inProperName(text, at, at + term.length);
  };
  it('a run of capitalised words joined by small words', () => {
    expect(named('the Council on Alcohol and Substance Abuse, Inc. funds us', 'Alcohol and Substance Abuse')).toBe(true);
    expect(named('under the Mentally Ill Offender Treatment Act', 'the Mentally Ill')).toBe(true);
  });
  it('two capitalised words marked as a name by a head noun or an acronym', () => {
    expect(named('call Addicts Anonymous today', 'Addicts')).toBe(true);
    expect(named('the Drug Abuse (DA) office', 'Drug Abuse')).toBe(true);
  });
  it('not a sentence-initial capital, a title-case fragment or an ALL-CAPS heading without a head noun', () => {
    expect(named('Our Substance Abuse team is growing.', 'Substance Abuse')).toBe(false);
    expect(named('WORKING WITH ADDICTS', 'ADDICTS')).toBe(false);
    expect(named('we help addicts', 'addicts')).toBe(false);
  });
});

describe('quotations', () => {
  it('pairs quotation marks and tells apostrophes from single quotes', () => {
    const text = "'I'm fine,' said Dee's friend. \"Yes.\"";
    expect(quotedSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end))).toEqual(["'I'm fine,'", '"Yes."']);
  });
  it('only first-person quotations are a person speaking of themselves', () => {
    const text = '"My past," she said. "The clients are addicts," he said.';
    expect(selfSpokenSpans(text, 0, text.length, false).map((s) => text.slice(s.start, s.end))).toEqual(['"My past,"']);
  });
  it('a signed first-person paragraph is a testimonial', () => {
    const text = 'I was an addict and now I help others. — Sam, Peer Mentor';
    expect(selfSpokenSpans(text, 0, text.length, false)).toHaveLength(1);
  });
  it('grows linearly on runs of quotation marks and apostrophes', () => {
    const text = (n: number) => `"I'm '${"a'b ".repeat(n)}`;
    expectLinearGrowth(text, (t) => selfSpokenSpans(t, 0, t.length, false), { size: 150_000, repeats: 7 });
  });
});
