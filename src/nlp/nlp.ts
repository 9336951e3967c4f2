import { loadCompromise } from './compromise.ts';
import type { Sentence } from '../document/types.ts';

/** A word with its part-of-speech tags and its exact offsets in the file. */
export interface Term {
  text: string;
  /** Lower-case, punctuation stripped. */
  normal: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  /** Punctuation right after the word (",", ";", ":"), which bounds clauses and list items. */
  post: string;
}

export interface Nlp {
  /** Tagged words of a sentence. compromise is loaded on the first call (~0.2 s), not before. */
  terms(sentence: Sentence): Term[];
}

type Compromise = (text: string) => {
  json(options: object): Array<{ terms: Array<{ text: string; normal: string; post: string; tags: string[]; offset: { start: number; length: number } }> }>;
};

let compromise: Compromise | undefined;
function load(): Compromise {
  // Loaded synchronously on demand so the lint API stays synchronous and `--version` stays fast.
  compromise ??= loadCompromise() as Compromise;
  return compromise;
}

/** Whether compromise has been loaded into this process yet; tests read it. */
export const nlpLoaded = (): boolean => compromise !== undefined;

export function createNlp(): Nlp {
  const cache = new WeakMap<Sentence, Term[]>();
  return {
    terms(sentence) {
      let terms = cache.get(sentence);
      if (!terms) {
        // compromise splits sentences on single newlines; hand it one line of prose.
        const flat = sentence.text.replace(/[\r\n]/g, ' ');
        terms = load()(flat)
          .json({ offset: true, terms: { offset: true } })
          .flatMap((s) => s.terms)
          .map((t) => ({
            text: t.text,
            normal: t.normal,
            tags: new Set(t.tags),
            start: sentence.start + t.offset.start,
            end: sentence.start + t.offset.start + t.offset.length,
            post: t.post.trim(),
          }));
        cache.set(sentence, terms);
      }
      return terms;
    },
  };
}
