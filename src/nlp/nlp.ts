import { loadCompromise } from './compromise.ts';
import type { Sentence } from '../document/types.ts';
import { CONTRACTIONS } from './words.ts';
import { allMatches } from '../matches.ts';

/** A word with compromise's part-of-speech tags and its exact offsets in the file. */
export interface Term {
  text: string;
  /** Lower case, curly apostrophes made straight. A contraction is split into its parts ("won't" -> will, not), which share the word's offsets. */
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation right before and after the word ("(", ",", ";", ":"), which bounds clauses and list items. */
  pre: string;
  post: string;
}

export interface Nlp {
  /**
   * Tagged words of `sentence.text` between the given sentence offsets. compromise is loaded on the first
   * call (~0.3 s), not before; it only ever sees this window, never more than MAX_WINDOW_WORDS words, because
   * its tagger costs more than linear time on one giant sentence.
   */
  terms(sentence: Sentence, from?: number, to?: number): Term[];
}

/** The most words compromise is given at once. */
export const MAX_WINDOW_WORDS = 80;

type Compromise = (text: string) => {
  json(options: object): Array<{ terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }> }>;
};

let compromise: Compromise | undefined;
function load(): Compromise {
  // Loaded synchronously on demand so the lint API stays synchronous and `--version` stays fast.
  compromise ??= loadCompromise() as Compromise;
  return compromise;
}

/** Whether compromise has been loaded into this process yet; tests read it. */
export const nlpLoaded = (): boolean => compromise !== undefined;

/** Words: letters and digits, with inner apostrophes, hyphens, colons, slashes and dots ("won't", "PHQ-9", "1:1", "e.g"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’](?=\p{L})|[-:/.](?=[\p{L}\p{N}]))*(?:['’](?![\p{L}\p{N}]))?|&/gu;

/** Splits text into words with the punctuation around each; no tags yet. */
export function tokenize(text: string, offset = 0): Term[] {
  const terms: Term[] = [];
  let previousEnd = 0;
  for (const m of allMatches(WORD, text)) {
    const gap = text.slice(previousEnd, m.index).replace(/\s+/g, '');
    if (terms.length > 0) terms[terms.length - 1]!.post = gap;
    const start = offset + m.index;
    const end = start + m[0].length;
    const normal = m[0].toLowerCase().replace(/’/g, "'");
    const parts = CONTRACTIONS[normal] ?? [normal];
    parts.forEach((part, i) => terms.push({ text: m[0], normal: part, tags: EMPTY, start, end, pre: i === 0 ? gap : '', post: '' }));
    previousEnd = m.index + m[0].length;
  }
  if (terms.length > 0) terms[terms.length - 1]!.post = text.slice(previousEnd).replace(/\s+/g, '');
  return terms;
}
const EMPTY: ReadonlySet<string> = new Set();

export function createNlp(): Nlp {
  const cache = new WeakMap<Sentence, Map<string, Term[]>>();
  return {
    terms(sentence, from = sentence.start, to = sentence.end) {
      let windows = cache.get(sentence);
      if (!windows) cache.set(sentence, (windows = new Map()));
      const key = `${from}:${to}`;
      let terms = windows.get(key);
      if (!terms) {
        const text = sentence.text.slice(from - sentence.start, to - sentence.start);
        terms = tokenize(text, from).slice(0, MAX_WINDOW_WORDS * 2);
        tag(terms, text, from);
        windows.set(key, terms);
      }
      return terms;
    },
  };
}

/** Gives each word the tags of the compromise term that starts inside it. */
function tag(terms: Term[], text: string, offset: number): void {
  if (terms.length === 0) return;
  const last = terms[terms.length - 1]!;
  // compromise splits sentences on single newlines; hand it one line of prose, cut after the last word kept.
  const flat = text.slice(0, last.end - offset).replace(/[\r\n]/g, ' ');
  const tagged = load()(flat)
    .json({ offset: true, terms: { offset: true } })
    .flatMap((s) => s.terms)
    .filter((t) => t.text !== '');
  let k = 0;
  for (const term of terms) {
    while (k < tagged.length && offset + tagged[k]!.offset.start + tagged[k]!.offset.length <= term.start) k++;
    const t = tagged[k];
    if (t && offset + t.offset.start < term.end) term.tags = new Set(t.tags);
  }
}
