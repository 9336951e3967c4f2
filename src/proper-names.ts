/**
 * Is a word-list hit part of a proper name ("Council on Alcohol and Substance Abuse, Inc.", "the Mentally
 * Ill Offender Treatment Act", "Heroin Addicts Anonymous", "Certified Alcohol and Drug Abuse Counselor
 * (CADAC)")? Recognised by the shape of a name, not by a list of names: a run of capitalised words joined
 * by small words, long enough or marked as a name by its head noun, a legal suffix or an acronym.
 */

/** Small words that join the capitalised words of a name ("Council *on* Alcohol *and* Substance Abuse"). */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', 'with', 'against', '&']);
/** Capitalised at a sentence start, not because they belong to a name ("Our Substance Abuse team"). */
const FUNCTION_WORDS = new Set(['a', 'an', 'our', 'your', 'their', 'his', 'her', 'its', 'my', 'we', 'you', 'they', 'this', 'these', 'that', 'those', 'all', 'any', 'each', 'every', 'some', 'many', 'most', 'no', 'if', 'as', 'help', 'support', 'work', 'serve', 'serving']);
/** Head nouns that make a run of capitalised words an institution, law, fund, publication or fellowship. */
const NAME_HEADS = new Set(
  [
    'act', 'acts', 'administration', 'agency', 'alliance', 'anonymous', 'association', 'authority', 'board', 'bureau',
    'center', 'centre', 'clinic', 'coalition', 'college', 'commission', 'committee', 'council', 'court', 'department',
    'division', 'federation', 'forum', 'foundation', 'fund', 'grant', 'hospital', 'initiative', 'institute', 'journal',
    'league', 'network', 'office', 'order', 'partnership', 'program', 'programme', 'project', 'quarterly', 'review',
    'service', 'services', 'society', 'team', 'trust', 'union', 'unit', 'university', 'counselor', 'counsellor',
    'professional', 'specialist', 'certificate', 'certification', 'credential', 'handbook', 'manual', 'guide',
  ],
);
/** A legal form after the name: "…, Inc.", "… Ltd". */
const LEGAL_SUFFIX = /^\s*(?:,\s*)?(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Co|PLC|CIC|PC|PLLC)\b/;
/** An acronym in parentheses right after the name: "(NAMI)", "(CADC)", "(D.A.R.E.)". */
const ACRONYM_AFTER = /^\s*\([A-Z][A-Za-z&.-]*\)/;
const WORD = /[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9'’.-]*|&/g;
/** Only spaces (or a line break inside a paragraph) may separate the words of a name. */
const GAP = /^[ \t\u00a0]*(?:\n[ \t\u00a0]*)?$/;
/** How far to look on either side of a hit: names are short, and the walk must stay constant-time. */
const WINDOW = 160;

interface Word {
  text: string;
  start: number;
  end: number;
}

const bare = (w: string) => w.replace(/(?<![.’'])[.’']+$/, ''); // the look-behind keeps a long run linear
const isCapitalised = (w: string) => /^[A-Z\u00C0-\u00DE]/.test(w);
const isAllCaps = (w: string) => !/[a-z\u00DF-\u00FF]/.test(w);
const isConnector = (w: string) => CONNECTORS.has(w.toLowerCase());
const inRun = (w: string) => isConnector(w) || isCapitalised(w);

/** True when `text[start, end)` lies inside a proper name within `text[lo, hi)` (a block). */
export function inProperName(text: string, start: number, end: number, lo = 0, hi = text.length): boolean {
  const from = Math.max(lo, start - WINDOW);
  const to = Math.min(hi, end + WINDOW);
  const words: Word[] = [];
  WORD.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = WORD.exec(window); m; m = WORD.exec(window)) words.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  const first = words.findIndex((w) => w.end > start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < end) last++;
  if (first < 0 || !words.slice(first, last + 1).every((w) => inRun(w.text))) return false;
  // Extend over neighbouring capitalised words and connectors, never across punctuation.
  const joined = (a: Word, b: Word) => GAP.test(text.slice(a.end, b.start)) && !/[.,;:!?)]$/.test(a.text.replace(/(?:Inc|Co|Ltd|Corp|St|Dr|Jr|Sr)\.$/, ''));
  let lo2 = first;
  let hi2 = last;
  while (lo2 > 0 && inRun(words[lo2 - 1]!.text) && joined(words[lo2 - 1]!, words[lo2]!)) lo2--;
  while (hi2 + 1 < words.length && inRun(words[hi2 + 1]!.text) && joined(words[hi2]!, words[hi2 + 1]!)) hi2++;
  const run = words.slice(lo2, hi2 + 1).filter((w) => !isConnector(w.text) && !FUNCTION_WORDS.has(bare(w.text).toLowerCase()));
  const after = text.slice(words[hi2]!.end, Math.min(hi, words[hi2]!.end + 40));
  const marked = run.some((w) => NAME_HEADS.has(bare(w.text).toLowerCase())) || LEGAL_SUFFIX.test(after) || ACRONYM_AFTER.test(after);
  // In ALL-CAPS text (plain-text headings) case says nothing: only a head noun, suffix or acronym marks a name.
  if (run.every((w) => isAllCaps(w.text))) return marked && run.length >= 2;
  return run.length >= 3 || (run.length >= 2 && marked) || (run.length >= 1 && ACRONYM_AFTER.test(text.slice(end, Math.min(hi, end + 40))));
}
