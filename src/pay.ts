import type { PostingDocument } from './document/types.ts';

/**
 * Pay amounts and ranges in a posting, shared by the pay rules (require-pay, pay-range-quality,
 * pay-transparency), so "what counts as pay" has one definition.
 */

/** A money amount: "$18.50", "£24,907", "$42k", "40,000 USD". */
// "£30, 615" (a stray space after the thousands comma) is one amount, not "£30,". An amount in words
// starts where its run of digits and commas starts (the look-behind), so a long run is not rescanned from each digit.
export const MONEY = /(?:[$£€]\s?\d(?:\d|,(?=\d)|,\s(?=\d{3}\b))*(?:\.\d+)?(?:\s?[kK]\b)?|\b(?<!\d,?)\d[\d,]*(?:\.\d+)?\s?(?:USD|GBP|EUR|dollars|pounds)\b)/g;
/** Words that say a nearby amount is pay. */
export const PAY_CONTEXT = /\b(?:pay|paid|salary|salaries|rate|wages?|compensation|hourly|hour|hr|per annum|p\.?a\.?|annually|annual|per year|a year|yr|starting|range|band|grade|earn|remuneration|FTE|pro rata)\b/i;
/** Amounts that are money but not pay. */
export const NOT_PAY = /\/\s?miles?\b|\b(?:bonus|sign[- ]?on|signing|reimburse\w*|per mile|mileage|match\w*|allowance|tuition|relocation|referral|insurance|deductible|stipend for|fee|fees|donation|budget|grant|funding|contract value|million|billion)\b/i;
const PAY_KEYS = /^(?:salary|pay|pay[_ -]?range|compensation|wage|wages|rate|hourly[_ -]?rate)$/i;

export type PayUnit = 'hour' | 'year' | 'month' | 'week' | 'unknown';

export interface PayAmount {
  start: number;
  end: number;
  value: number;
  /** "up to $24": a maximum with no floor. */
  upTo: boolean;
  /** "$24+", "$24 and up": a floor with no ceiling. */
  orMore: boolean;
  unit: PayUnit;
  /** The words right around the amount, within its clause (what says whether it is base pay). */
  near: string;
}

export interface PayRange {
  start: number;
  end: number;
  min: PayAmount;
  max: PayAmount;
  /** The second end has no currency sign ("$18–24/hr", "£19 – 22,000"). */
  bareMax: boolean;
}

/** The value of "$42.5k" or "£24,907". */
export function moneyValue(text: string): number {
  const digits = text.replace(/[^\d.kK]/g, '');
  const k = /[kK]$/.test(digits);
  const n = Number.parseFloat(digits.replace(/[kK]$/, ''));
  return k ? n * 1000 : n;
}

/** The unit written right after an amount ("$20/hr", "$42,000 per year", "£30,615 p.a."). */
export function unitAfter(after: string): PayUnit {
  const m = /^\s*(?:\/|per\s+|an?\s+|each\s+)?(hour|hr|h\b|year|yr|annum|annually|p\.?\s?a\b|month|mo\b|week|wk\b|hourly)/i.exec(after);
  if (!m) return 'unknown';
  const word = m[1]!.toLowerCase();
  if (/^(?:hour|hr|h|hourly)/.test(word)) return 'hour';
  if (/^(?:year|yr|annum|annually|p)/.test(word)) return 'year';
  if (/^mo/.test(word)) return 'month';
  return 'week';
}

/** Money amounts in the posting that are pay (not a bonus, mileage, a grant…), in order. */
export function payAmounts(document: PostingDocument): PayAmount[] {
  const prose = document.prose;
  const amounts: PayAmount[] = [];
  for (const m of prose.matchAll(MONEY)) {
    const before = prose.slice(Math.max(0, m.index - 80), m.index);
    const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // Only the words right around the amount, within its own clause, say what it is.
    const near = before.split(/;|\.\s/).pop()!.slice(-25) + ' ' + after.split(/;|\.\s|[$£€]/)[0]!.slice(0, 25);
    if (NOT_PAY.test(near)) continue;
    const inPaySection = document.sections.some((s) => s.kind === 'pay' && s.start <= m.index && m.index < s.end);
    if (!inPaySection && !PAY_CONTEXT.test(before + ' ' + after)) continue;
    amounts.push({
      start: m.index,
      end: m.index + m[0].length,
      value: moneyValue(m[0]),
      upTo: /\bup\s+to\s*$/i.test(before),
      orMore: /^(?:\+|\s*(?:\/\s*\w+\s+)?(?:or\s+more|and\s+(?:up|above)))/i.test(after),
      unit: unitAfter(after),
      near,
    });
  }
  return amounts;
}

/** Pairs "$18 – $24", "$18–24/hr", "£24,907 to £30,615"; each amount belongs to at most one range. */
export function payRanges(document: PostingDocument, amounts: PayAmount[] = payAmounts(document)): PayRange[] {
  const prose = document.prose;
  const ranges: PayRange[] = [];
  const used = new Set<number>();
  for (let i = 0; i < amounts.length; i++) {
    const min = amounts[i]!;
    if (used.has(min.start)) continue;
    const after = prose.slice(min.end, min.end + 40);
    // Both ends on one line: "£20,242\n\n- 38 hours" is not a range.
    const joint = /^[ \t\u00a0]*(?:\/[ \t]*(?:hour|hr|h|year|yr)[ \t]*)?(?:-|–|—|to|through)[ \t\u00a0]*/i.exec(after);
    if (!joint) continue;
    const next = amounts[i + 1];
    let max: PayAmount | undefined;
    let bareMax = false;
    if (next && next.start === min.end + joint[0].length) max = next;
    else {
      // "$18–24/hr": the second end without a currency sign.
      const bare = /^\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?/.exec(after.slice(joint[0].length));
      if (bare) {
        const start = min.end + joint[0].length;
        const end = start + bare[0].length;
        max = { start, end, value: moneyValue(bare[0]), upTo: false, orMore: false, unit: unitAfter(prose.slice(end, end + 20)), near: min.near };
        bareMax = true;
      }
    }
    if (!max) continue;
    // A unit given once after the range applies to both ends.
    const unitMin = min.unit === 'unknown' ? max.unit : min.unit;
    ranges.push({ start: min.start, end: max.end, min: { ...min, unit: unitMin }, max, bareMax });
    used.add(min.start).add(max.start);
  }
  return ranges;
}

/** Front matter such as `salary: "$21-$24/hr"` that gives pay with a number. */
export function frontMatterPay(document: PostingDocument): string | undefined {
  for (const [key, value] of Object.entries(document.frontMatter)) {
    if (PAY_KEYS.test(key) && /\d/.test(JSON.stringify(value))) return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return undefined;
}
