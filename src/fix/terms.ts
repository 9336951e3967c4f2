import type { PostingDocument, Span } from '../document/types.ts';
import type { Fix } from '../finding.ts';
import type { Nlp } from '../nlp/nlp.ts';

/**
 * Automatic fixes for a word list's terms (the `fix` field of an entry in terms.yaml). Each form, as
 * matched (lower case, single spaces), maps to its replacement, so number and tense are the data's:
 * "addicts" -> "people with a substance use disorder", "committed suicide" -> "died by suicide". A
 * form ending in " *" replaces only the start of the match and keeps the rest as written
 * ("suffering from *" -> "living with *"). This module keeps the grammar around it: the article
 * a/an, a capital at the start of a sentence. It gives no fix where a human must decide: inside a
 * quotation, in a proper name or title, across markup, or where a label for people is followed by
 * a noun it describes ("addict population") or a possessive ("addict's").
 */
export interface TermFixes {
  /** Labels for people: not fixed before a noun they modify or a possessive. */
  nouns?: Record<string, string>;
  /** Any other wording (verb phrases, "substance abuse"): fixed wherever it stands. */
  phrases?: Record<string, string>;
}

/** Words that can follow a noun phrase without being a noun it modifies. */
const FOLLOWERS = new Set(
  (
    'and or but nor who whom whose that which where when while because as than like if unless until so yet ' +
    'in on at to from for of by with without within into onto about after before during through across around among between against toward towards under over ' +
    'are is was were be been being am have has had do does did can could may might will would shall should must ' +
    'often also still now then already always never sometimes usually typically generally who\'ve there here too either'
  ).split(' '),
);

const normalise = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const startsVowelSound = (word: string) => /^(?:[aeio]|u(?!ni|s[eu]|ti|r[aeiou])|hour|honest|heir)/i.test(word) && !/^(?:one|once|eu)/i.test(word);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Lookup {
  replacement: string;
  /** Length of the match that is replaced (the rest is kept). */
  length: number;
  noun: boolean;
}

function lookUp(fixes: TermFixes, phrase: string): Lookup | undefined {
  for (const [table, noun] of [[fixes.nouns, true], [fixes.phrases, false]] as const) {
    if (!table) continue;
    const exact = table[phrase];
    if (exact !== undefined) return { replacement: exact, length: phrase.length, noun };
    for (const [form, replacement] of Object.entries(table)) {
      if (!form.endsWith(' *')) continue;
      const head = form.slice(0, -2);
      if (phrase.startsWith(head + ' ')) return { replacement: replacement.replace(/ \*$/, ''), length: head.length, noun };
    }
  }
  return undefined;
}

/** True when `at` opens a sentence in its block: nothing before it but a bullet, or the end of a sentence. */
function opensSentence(before: string): boolean {
  return /(?:^|[.!?:]["'”’)]*)\s*$/.test(before);
}

/** Inside a quotation: an opening quote before the match in its block that is not closed. */
function quoted(before: string, after: string): boolean {
  if (/["“‘']$/.test(before.trimEnd()) && /^["”’']/.test(after.trimStart())) return true;
  const curlyOpen = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2;
  const singleOpen = (before.match(/(?:^|[\s(])‘/g) ?? []).length - (before.match(/’(?=[\s.,;:!?)]|$)/g) ?? []).length;
  return curlyOpen > 0 || straight === 1 || singleOpen > 0;
}

/**
 * A capitalised word right before (other than a sentence's first word) or after: the match is part
 * of a name or title ("Recovering Addicts Network", "the Ex-Offenders Project").
 */
function inCapitalisedRun(before: string, after: string): boolean {
  // The look-behind starts the word only where a word starts, so a long run is not rescanned from each letter.
  const previous = /(?<![\w'’-])([A-Za-z][\w'’-]*)$/.exec(before.trimEnd());
  const next = /^\s*([A-Za-z][\w'’-]*)/.exec(after)?.[1];
  const previousInName = previous !== null && /^[A-Z]/.test(previous[1]!) && !opensSentence(before.slice(0, previous.index));
  return previousInName || (next !== undefined && /^[A-Z]/.test(next) && next !== 'I');
}

export interface TermFixContext {
  document: PostingDocument;
  nlp: Nlp;
}

/**
 * The fix for one matched term, or undefined when there is none or it is not safe. `span` is the
 * match in the document; `block` the block it is in.
 */
export function termFix(context: TermFixContext, fixes: TermFixes | undefined, span: Span, block: Span): Fix | undefined {
  if (!fixes) return undefined;
  const { document } = context;
  const raw = document.text.slice(span.start, span.end);
  if (raw !== document.prose.slice(span.start, span.end)) return undefined; // markup inside the match
  const before = document.prose.slice(block.start, span.start);
  // Markup between the match and the word before it ("drug *addicts*") may split a longer form the data has.
  const gap = before.length - before.trimEnd().length;
  if (document.text.slice(span.start - gap, span.start) !== before.slice(before.length - gap)) return undefined;
  const after = document.prose.slice(span.end, block.end);

  // An article inside the match ("an alcoholic") is set again for the replacement.
  const article = /^(an?) /i.exec(raw);
  const phrase = normalise(article ? raw.slice(article[0].length) : raw);
  const found = lookUp(fixes, phrase);
  if (!found) return undefined;
  const replacedRaw = raw.slice(article ? article[0].length : 0).slice(0, found.length);
  const kept = raw.slice((article ? article[0].length : 0) + found.length);

  if (quoted(before, after)) return undefined;
  const sentenceStart = opensSentence(before);
  const wordsReplaced = article ? article[0] + replacedRaw : replacedRaw;
  // Capitals: a capital only at the start of a sentence; anything else is a name, a title or shouting.
  if (/[A-Z]/.test(wordsReplaced.slice(1)) || (/^[A-Z]/.test(wordsReplaced) && !sentenceStart)) return undefined;
  if (inCapitalisedRun(before, kept ? '' : after)) return undefined;
  if (found.noun && !kept && !endsNounPhrase(context, span, after)) return undefined;

  let text = found.replacement;
  let start = span.start;
  if (article) {
    text = `${startsVowelSound(text) ? 'an' : 'a'} ${text}`;
  } else {
    // "an addict" -> "a person with ...": the article before the match follows the replacement.
    const outside = /(?:^|\s)(an?) $/i.exec(before);
    if (outside) {
      const wanted = startsVowelSound(text) ? 'an' : 'a';
      if (outside[1]!.toLowerCase() !== wanted) {
        start = block.start + before.length - outside[1]!.length - 1;
        if (document.text.slice(start, span.start) !== document.prose.slice(start, span.start)) return undefined;
        text = `${/^A/.test(outside[1]!) ? capitalise(wanted) : wanted} ${text}`;
      }
    }
  }
  if (/^[A-Z]/.test(document.text.charAt(start))) text = capitalise(text);
  return { range: [start, span.end], text: text + kept };
}

/**
 * Whether a label for people ends its noun phrase here, so that a person-first phrase can take its
 * place: followed by punctuation, the end of the block, or a word that is not a noun it describes.
 */
function endsNounPhrase(context: TermFixContext, span: Span, after: string): boolean {
  if (/^['’]s?\b/.test(after)) return false; // a possessive: "an addict's family"
  const next = /^\s*([A-Za-z][A-Za-z'’]*)/.exec(after);
  if (!next) return true;
  if (/^\s*-/.test(after)) return false;
  const word = next[1]!.toLowerCase();
  if (FOLLOWERS.has(word)) return true;
  // Otherwise ask the tagger: a verb ("addicts need", "ex-offenders leaving prison") may follow, a noun may not.
  const { document } = context;
  const sentence = document.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  if (!sentence) return false;
  const at = span.end + next.index + next[0].length - next[1]!.length;
  const term = context.nlp.terms(sentence).find((t) => t.start <= at && at < t.end);
  return term !== undefined && term.tags.has('Verb') && !term.tags.has('Noun');
}
