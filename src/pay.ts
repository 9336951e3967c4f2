import { sectionAt } from './document/sections.ts';
import type { PostingDocument, Span } from './document/types.ts';
import { allMatches } from './matches.ts';

/**
 * Pay amounts and ranges in a posting, shared by the pay rules (require-pay, pay-range-quality,
 * pay-transparency), so "what counts as pay" has one definition: an amount of money stated as the job's
 * base pay, labelled or not ("$52,000 – $56,000" on a details line, "$48K", "twenty-one dollars an hour",
 * "Salary: 42,000 – 46,000"), and not a bonus, differential, mileage rate, benefit cap or grant.
 */

// A figure without a sign starts only where no digit, comma or point precedes its first digit, so a
// long run such as "1,1,1,…" is tried once from its start rather than from every position (linear
// time). The digit comes first and the lookbehind after it, so the scan only stops at digits.
const FIRST_DIGIT = String.raw`\d(?<![\d,.]\d)`;
const NUMBER = String.raw`\d(?:\d|,(?=\d)|,\s(?=\d{3}\b))*(?:\.\d+)?`; // "£30, 615": a stray space after the comma
const K = String.raw`(?:\s?[kK](?![A-Za-z]))?`;
const CODE = String.raw`(?:USD|GBP|EUR|CAD|AUD|NZD)`;
const WORD_NUMBER = String.raw`(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)`;

/*
 * Money, found by patterns that each start with a rare character, so scanning a long posting stays cheap:
 * - a currency sign with the amount ("$18.50", "£24,907", "$42k"); "US$", "C$", "A$", "NZ$" are taken
 *   in by looking back from the sign;
 * - a currency code or word with the amount ("USD 45,000", "40,000 USD", "45,000 dollars"), scanned
 *   only when the text has one;
 * - money in words ("twenty-one dollars", "forty-two thousand dollars"), likewise.
 * Never "£10m" or "$1.2 billion": an organisation's money, not a wage.
 */
const NOT_MILLIONS = String.raw`(?![\d,.]+\s?(?:m|mn|bn|million|billion)\b)`;
const MONEY_SIGN = new RegExp(String.raw`[$£€]\s?${NOT_MILLIONS}${NUMBER}${K}`, 'g');
const MONEY_CODE = new RegExp(
  String.raw`\b${CODE}\s?${NOT_MILLIONS}${NUMBER}${K}|${FIRST_DIGIT}[\d,]*(?:\.\d+)?\s?(?:${CODE}|[Dd]ollars|[Pp]ounds|[Ee]uros)\b`,
  'g',
);
/** Money in words: "twenty-one dollars", "forty-two thousand dollars", "one hundred and ten pounds". */
const MONEY_IN_WORDS = new RegExp(
  String.raw`\b${WORD_NUMBER}(?:(?:[ -]|(?<=hundred|thousand) and )${WORD_NUMBER}){0,6} (?:dollars|pounds|euros|bucks)\b`,
  'gi',
);
/** Cheap tests before the rarer scans: only text with a code or a currency word can hold such money. */
const CODES = ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'NZD', 'ollars', 'ounds', 'uros'];
const hasCodeOrWord = (text: string) => CODES.some((code) => text.includes(code));
const namesCurrency = (text: string) => ['ollars', 'ounds', 'uros', 'ucks'].some((word) => text.includes(word));
/** "US$", "C$", "A$", "NZ$" before a sign belong to the amount. */
const SIGN_PREFIX = /(?:US|NZ|C|A)$/;

/**
 * A figure without a currency ("Salary: 42,000 – 46,000", "Hourly rate: 21.50", "41k"): pay only where a
 * pay label names it or a pay unit follows it.
 */
const BARE = new RegExp(String.raw`${FIRST_DIGIT}(?<![$£€]\s?\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d{2})?|\d{0,2}\.\d{2}|\d{1,2}(?:\.\d)?\s?[kK](?![A-Za-z]))(?![\d,]|\.\d)`, 'g');

/** Words that say a nearby amount is pay. */
export const PAY_CONTEXT = /\b(?:pay|paid|salary|salaries|rate|wages?|compensation|hourly|hour|hr|per annum|p\.?a\.?|annually|annual|per year|a year|yr|starting|range|band|grade|earn|remuneration|FTE|pro rata)\b/i;
/** Words that name pay itself (a unit alone, "8,000 per year", may count patients). */
const PAY_WORD = /\b(?:pay|paid|salary|salaries|wages?|compensation|remuneration|earn\w*|rate)\b/i;
/** Words that label the amount right after them as pay ("Salary:", "pay rate of", "Starting at"). */
const LABEL_HEAD = new Set(['pay', 'salary', 'wage', 'wages', 'compensation', 'remuneration', 'rate', 'hourly', 'base', 'starting']);
const LABEL_NOUN = new Set(['range', 'rate', 'scale', 'band', 'grade']);
/** Words that may stand between a label and its amount ("salary is from", "pay starts at up to"). */
const LABEL_LINK = new Set(['is', 'of', 'from', 'at', 'between', 'up', 'to', 'approximately', 'approx', 'around', 'about', 'circa', 'c', 'starts', ':', '-', '–']);

/**
 * Where in `before` (the words right before an amount) a pay label names that amount, or -1. Read
 * backwards word by word, which no pattern anchored at the end can do in linear time.
 */
function payLabelAt(before: string): number {
  const words = [...before.matchAll(/[A-Za-z]+|[:–-]/g)];
  let i = words.length - 1;
  while (i >= 0 && LABEL_LINK.has(words[i]![0].toLowerCase())) i--;
  if (i < 0) return -1;
  const word = words[i]![0].toLowerCase();
  const previous = words[i - 1]?.[0].toLowerCase();
  if (LABEL_NOUN.has(word) && previous !== undefined && LABEL_HEAD.has(previous)) return words[i - 1]!.index!;
  return LABEL_HEAD.has(word) ? words[i]!.index! : -1;
}

/** Amounts that are money but not base pay: extras, benefits, expenses, an organisation's finances. */
export const NOT_PAY =
  /\/\s?miles?\b|\b(?:bonus(?:es)?|sign[- ]?on|signing|welcome\s+payment|golden\s+hello|reimburse\w*|per\s+mile|mileage|match\w*|allowances?|tuition|relocation|moving|referr?\w*|friend|insurance|deductible|premiums?|dental|vision|401\s?\(?k\)?|403\s?\(?b\)?|pension|retirement|HSA|FSA|stipend\s+for|(?:wellness|phone|cell|transport|travel|internet|education|meal|uniform|commuter|fitness|gym|technology)\s+stipend|fees?|donations?|budget|grants?|funding|contract\s+value|million|billion|[mb]n\b|differentials?|enhancements?|uplift|weighting|HCAS|unsocial|overtime|on[- ]call|retention|incentives?|commission|gift\s+cards?|vouchers?|discounts?|loans?|expenses|costs?|towards?|study|leave|lump\s+sum|raise|increase|extra|additional|per\s+(?:client|referral)|sav(?:e|es|ing|ings)|car\s+park|parking|gym|membership|discount\w*|investment|turnover|revenue|worth|valued|benefits?\s+package|spend|capital|accommodation|rent|lodging)\b/i;
const PAY_KEYS = /^(?:salary|pay|pay[_ -]?range|compensation|wage|wages|rate|hourly[_ -]?rate)$/i;
/** A pay unit right after an amount ("$20/hr", "£30,615 p.a.", "an hour"), not "18.75 hours". */
const UNIT_AFTER = /^\s*(?:(?:\/|per\s+|an?\s+|each\s+)(hour|hr|h|year|yr|annum|month|mo|week|wk)\b|(hourly|annually|p\.?\s?a|ph|pw|pcm)\b)/i;
/** Where a clause ends, so the words around an amount are its own ("$20/hr plus a $2 differential"). */
const CLAUSE_END = /[;.!?\n•|]\s|[;!?\n•|]|,\s|\s(?:plus|and|with|but|\+)\s/g;

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
  /** The line the amount is on (offsets into the prose). */
  line: Span;
}

export interface PayRange {
  start: number;
  end: number;
  min: PayAmount;
  max: PayAmount;
  /** The second end has no currency sign ("$18–24/hr", "£19 – 22,000"). */
  bareMax: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The value of "$42.5k", "£24,907" or "forty-two thousand dollars". */
export function moneyValue(text: string): number {
  if (/[a-z]{3}/i.test(text.replace(/\b(?:USD|GBP|EUR|CAD|AUD|NZD|dollars|pounds|euros|bucks)\b/gi, ''))) {
    let total = 0;
    let current = 0;
    for (const word of text.toLowerCase().split(/[\s-]+/)) {
      if (word in SMALL) current += SMALL[word]!;
      else if (word === 'hundred') current *= 100;
      else if (word === 'thousand') {
        total += current * 1000;
        current = 0;
      }
    }
    return total + current;
  }
  const digits = text.replace(/[^\d.kK]/g, '');
  const k = /[kK]$/.test(digits);
  const n = Number.parseFloat(digits.replace(/[kK]$/, ''));
  return k ? n * 1000 : n;
}

/** The unit written right after an amount ("$20/hr", "$42,000 per year", "£30,615 p.a."). */
export function unitAfter(after: string): PayUnit {
  const m = UNIT_AFTER.exec(after);
  if (!m) return 'unknown';
  const word = (m[1] ?? m[2]!).toLowerCase().replace(/\W/g, '');
  if (/^(?:hour|hr|h|hourly|ph)$/.test(word)) return 'hour';
  if (/^(?:year|yr|annum|annually|pa)$/.test(word)) return 'year';
  if (/^(?:month|mo|pcm)$/.test(word)) return 'month';
  return 'week';
}

/** The words of an amount's own clause before and after it (up to `reach` characters each way). */
function clauseAround(prose: string, start: number, end: number, reach: number): { before: string; after: string } {
  let before = prose.slice(Math.max(0, start - reach), start);
  let after = prose.slice(end, end + reach);
  let cut = -1;
  for (const m of allMatches(CLAUSE_END, before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  // Another amount starts another phrase ("$20/hr with a $2 differential").
  // An aside in brackets is not the amount's own word ("£30,205 (including enhancements)").
  const next = after.search(/[;.!?\n•|](?:\s|$)|[;!?\n•|(]|,\s|\s(?:plus|and|with|but|\+|[-–—])\s|[$£€]/);
  if (next >= 0) after = after.slice(0, next);
  return { before, after };
}

interface Found extends Span {
  text: string;
  /** No currency sign, code or word: "42,000", "21.50", "41k". */
  bare: boolean;
}

const cache = new WeakMap<PostingDocument, PayAmount[]>();

/**
 * Money amounts in the posting that are pay (not a bonus, mileage, a grant…), in order. Found once per
 * document and shared by the pay rules; callers must not change the array.
 */
export function payAmounts(document: PostingDocument): PayAmount[] {
  let amounts = cache.get(document);
  if (!amounts) cache.set(document, (amounts = findPayAmounts(document)));
  return amounts;
}

function findPayAmounts(document: PostingDocument): PayAmount[] {
  const prose = document.prose;
  const found: Found[] = [];
  const add = (m: RegExpMatchArray, bare = false) => found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], bare });
  for (const m of allMatches(MONEY_SIGN, prose)) {
    const prefix = SIGN_PREFIX.exec(prose.slice(Math.max(0, m.index - 2), m.index));
    found.push({ start: m.index - (prefix?.[0].length ?? 0), end: m.index + m[0].length, text: (prefix?.[0] ?? '') + m[0], bare: false });
  }
  if (hasCodeOrWord(prose)) for (const m of allMatches(MONEY_CODE, prose)) add(m);
  if (namesCurrency(prose)) for (const m of allMatches(MONEY_IN_WORDS, prose)) add(m);
  for (const m of allMatches(BARE, prose)) add(m, true);
  found.sort((a, b) => a.start - b.start);

  const amounts: PayAmount[] = [];
  const { blocks } = document;
  let b = 0;
  let line: Span = { start: 0, end: -1 };
  let covered = -1;
  for (const f of found) {
    if (f.start < covered) continue; // a bare figure inside a money amount already seen
    covered = f.end;
    // The amount's line and block, found by moving forward only: amounts come in order.
    if (f.start > line.end) {
      const next = prose.indexOf('\n', f.end);
      line = { start: prose.lastIndexOf('\n', f.start) + 1, end: next < 0 ? prose.length : next };
    }
    while (b < blocks.length - 1 && blocks[b]!.end <= f.start) b++;
    const block = blocks[b];
    const cell = block && block.start <= f.start ? { start: Math.max(block.start, line.start), end: Math.min(block.end, line.end) } : line;
    const unit = unitAfter(prose.slice(f.end, f.end + 20));
    if (!isBasePay(document, f, unit, cell)) continue;
    amounts.push({
      start: f.start,
      end: f.end,
      value: moneyValue(f.text),
      upTo: /\bup\s+to\s*$/i.test(prose.slice(Math.max(0, f.start - 12), f.start)),
      orMore: /^(?:\+|\s*(?:\/\s*\w+\s+)?(?:or\s+more|and\s+(?:up|above)))/i.test(prose.slice(f.end, f.end + 20)),
      unit,
      line,
    });
  }
  return amounts;
}

/** Is this amount stated as the job's base pay? Every window it reads is bounded, so each costs the same. */
function isBasePay(document: PostingDocument, f: Found, unit: PayUnit, cell: Span): boolean {
  const prose = document.prose;
  const { before, after } = clauseAround(prose, f.start, f.end, 40);
  // The amount's own words decide: "$1.50 night differential", "$0.65 per mile"; before it, a pay label
  // nearer than a word for an extra wins ("Medical Assistant pay: $18", but "Sign-on bonus: $500").
  const label = payLabelAt(before);
  const labelled = label >= 0;
  if (NOT_PAY.test(after) || NOT_PAY.test(before.slice(Math.max(label, 0)))) return false;
  const wide = `${prose.slice(Math.max(0, f.start - 80), f.start)} ${prose.slice(f.end, f.end + 40)}`;
  if (f.bare) {
    // A figure without a currency needs a label ("Salary: 42,000", not followed by a word such as "PAs")
    // or an hourly or yearly unit with pay words around it: "18.75 per week" is hours, not pay.
    if (moneyValue(f.text) < 1) return false;
    const named = labelled && (unit !== 'unknown' || !/^[ \t]*[A-Za-z]/.test(prose.slice(f.end, f.end + 20)));
    return named || ((unit === 'hour' || unit === 'year') && PAY_WORD.test(wide));
  }
  return (
    labelled ||
    unit !== 'unknown' ||
    sectionAt(document, f.start).kind === 'pay' ||
    PAY_CONTEXT.test(wide) ||
    standsAlone(prose, f, cell) ||
    joinsRange(prose, f)
  );
}

/**
 * An amount alone in its line or table cell ("$46,800" under the title, "| Denver | $19.50–$22.75 |"): a
 * header or details line that states the pay without saying so. `cell` is the amount's block, cut to its line.
 */
function standsAlone(prose: string, amount: Span, cell: Span): boolean {
  // Look no further than 60 characters either way (and not past a "|"), so each amount costs the same.
  const before = prose.slice(Math.max(cell.start, amount.start - 60), amount.start);
  const after = prose.slice(amount.end, Math.min(cell.end, amount.end + 60));
  const rest = `${before.slice(before.lastIndexOf('|') + 1)} ${after.split('|')[0]}`;
  // What else the cell may hold: another amount of a range, a unit, punctuation, "DOE".
  const words = rest
    .replace(/[$£€]?\s?\d[\d,.]*\s?[kK]?/g, ' ')
    .replace(/\b(?:to|per|an?|hour|hr|year|yr|annum|p\.?a|annually|hourly|DOE|DOQ|negotiable|depending\s+on\s+experience|USD|GBP|EUR)\b/gi, ' ')
    .match(/[A-Za-z]{2,}/g);
  return (words?.length ?? 0) <= 1;
}

/** The amount is one end of a range of two money amounts ("$52,000 – $56,000"). */
function joinsRange(prose: string, amount: Span): boolean {
  return (
    /^[ \t\u00a0]*(?:-|–|—|to)[ \t\u00a0]*(?:[$£€]|[A-Z]{3}\s?)\d/i.test(prose.slice(amount.end, amount.end + 16)) ||
    /[$£€]\s?\d[\d,.]*\s?[kK]?[ \t\u00a0]*(?:-|–|—|to)[ \t\u00a0]*$/i.test(prose.slice(Math.max(0, amount.start - 24), amount.start))
  );
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
    if (next && next.start === min.end + joint[0].length) {
      max = next;
      bareMax = /^\d/.test(prose.slice(next.start, next.end)); // "£50 to 55k": the second end has no sign
    }
    else {
      // "$18–24/hr": the second end without a currency sign.
      const bare = /^\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?/.exec(after.slice(joint[0].length));
      if (bare) {
        const start = min.end + joint[0].length;
        const end = start + bare[0].length;
        max = { start, end, value: moneyValue(bare[0]), upTo: false, orMore: false, unit: unitAfter(prose.slice(end, end + 20)), line: min.line };
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
