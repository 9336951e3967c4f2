import { lowerCased } from './caseless.ts';
import data from './activities.yaml';
import { verbForms } from './nlp/words.ts';
import { allMatches } from './matches.ts';

/**
 * The clinical-activities lexicon (src/activities.yaml) compiled into one matcher. It finds where a
 * sentence mentions a kind of clinical work, with the kind's own words around it (modifiers, trailing
 * nouns, look-alikes); whether the mention is the peer's duty is the clause reader's question
 * (src/nlp/clause.ts, src/duties.ts). Each rule's cheap candidate pre-filter is generated from the same
 * data, so the two never disagree.
 */

export type Frame = 'object' | 'role' | 'mention';

interface ActionSource {
  verbs: string[];
  object?: string;
}

interface KindSource {
  id: string;
  rule: string;
  message?: string;
  what: string;
  why: string;
  instead: string;
  frame?: Frame;
  heads?: string[];
  needModifier?: string[];
  modifiers?: string[];
  notAfter?: string[];
  notBefore?: string[];
  names?: string[];
  modalities?: string[];
  definingModifiers?: string[];
  ownerModifies?: string[];
  trailers?: string[];
  actions?: ActionSource[];
  verbs?: string[];
  alsoVerbs?: string[];
  notVerbs?: string[];
  dutyFrames?: boolean;
  yields?: boolean;
}

interface LexiconSource {
  vocabulary: Record<string, string>;
  kinds: KindSource[];
}

export interface ActivityKind {
  id: string;
  rule: string;
  message: string | undefined;
  what: string;
  why: string;
  instead: string;
  frame: Frame;
  /** Governing verbs that make it a duty ("cover for"); undefined: any verb but a supportive one. */
  verbs: ReadonlySet<string> | undefined;
  alsoVerbs: ReadonlySet<string>;
  notVerbs: ReadonlySet<string>;
  /** Whether "responsible for" / "in charge of" make a mention a duty. */
  dutyFrames: boolean;
  /** Whether a finding of this kind gives way to another kind's finding on the same words. */
  yields: boolean;
  /** The data as written, for the generated docs. */
  source: KindSource;
}

export interface Mention {
  kind: ActivityKind;
  /** Offsets (in the file) of the activity's words: modifiers, head and trailing nouns. */
  start: number;
  end: number;
  /** The head noun, name or action verb. */
  headStart: number;
  headEnd: number;
  /** Where the head's own words end, before trailing nouns ("individual counseling" of "... sessions"). */
  coreEnd: number;
  /** 'noun': a head or name; 'verb': an action verb ("diagnose", "counsel participants"). */
  form: 'noun' | 'verb';
  /** A case-sensitive name (an instrument or modality), which may modify any noun ("CBT techniques"). */
  name: boolean;
}

// Latin letters and digits without the `u` flag: the lexicon is English, and non-unicode regexes compile faster.
const BEFORE = String.raw`(?<![A-Za-z0-9\u00C0-\u024F'’-])`;
const AFTER = String.raw`(?![A-Za-z0-9\u00C0-\u024F-])`;
/** A name may run into "-based": "CBT-based group sessions". */
const NAME_AFTER = String.raw`(?![A-Za-z0-9\u00C0-\u024F]|-(?!based|focused|style|oriented))`;
const SEPARATORS = new Set([',', 'and', 'or', '&', '/']);

const lexicon = data as LexiconSource;

/** Expands `{people}`-style vocabulary and lets a literal space match spaces or a hyphen. */
function expand(source: string): string {
  return source.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = lexicon.vocabulary[name];
    if (value === undefined) throw new Error(`src/activities.yaml: unknown vocabulary {${name}}`);
    return value;
  }).replace(/ /g, String.raw`[\s-]+`);
}
/** One alternation, longest source first, so that "level of care decisions" wins over "level of care". */
const alternation = (sources: string[] | undefined) => (sources?.length ? [...sources].sort((a, b) => b.length - a.length).map(expand).join('|') : undefined);
const whole = (sources: string[] | undefined, flags = 'i') => {
  const alt = alternation(sources);
  return alt === undefined ? undefined : new RegExp(`^(?:${alt})$`, flags);
};
const verbSet = (verbs: string[] | undefined) => (verbs ? new Set(verbs.map((v) => v.toLowerCase())) : undefined);

interface CompiledAction {
  verb: RegExp;
  object: RegExp | undefined;
}

interface CompiledKind {
  kind: ActivityKind;
  head: RegExp | undefined;
  name: RegExp | undefined;
  modality: RegExp | undefined;
  nameWhole: RegExp | undefined;
  defining: RegExp | undefined;
  ownerModifies: RegExp | undefined;
  needModifier: RegExp | undefined;
  modifier: RegExp | undefined;
  notAfter: RegExp | undefined;
  notBefore: RegExp | undefined;
  trailer: RegExp | undefined;
  actions: CompiledAction[];
}

/** Base, -s and -ing forms of the given verbs (past forms are nearly always adjectives here: "people diagnosed with ..."). */
function actionForms(verbs: string[]): string {
  return verbs
    .flatMap((v) => verbForms(v).filter((f) => !/(?:ed|en|ld|wn|ook|ote|ave|ade|ept|ew|ugh|ood)$/.test(f) || f === v))
    .map((f) => f.replace(/[-\s]/g, String.raw`[\s-]?`))
    .join('|');
}

/** What a kind is (cheap: read at start-up, by src/duties.ts among others). */
function kindOf(source: KindSource): ActivityKind {
  return {
    id: source.id,
    rule: source.rule,
    message: source.message,
    what: source.what,
    why: source.why,
    instead: source.instead,
    frame: source.frame ?? 'object',
    verbs: verbSet(source.verbs),
    alsoVerbs: verbSet(source.alsoVerbs) ?? new Set(),
    notVerbs: verbSet(source.notVerbs) ?? new Set(),
    dutyFrames: source.dutyFrames ?? true,
    yields: source.yields ?? false,
    source,
  };
}

/** A kind's patterns (built on the first peer posting: a posting that is not a peer role never needs them). */
function compileKind(kind: ActivityKind): CompiledKind {
  const { source } = kind;
  const heads = [...(source.heads ?? []), ...(source.needModifier ?? [])];
  const headAlt = alternation(heads);
  const nameAlt = alternation(source.names);
  const modalityAlt = alternation(source.modalities);
  return {
    kind,
    head: headAlt ? new RegExp(`${BEFORE}(?:${headAlt})${AFTER}`, 'gi') : undefined,
    name: nameAlt ? new RegExp(`${BEFORE}(?:${nameAlt})${NAME_AFTER}`, 'g') : undefined,
    modality: modalityAlt ? new RegExp(`${BEFORE}(?:${modalityAlt})${NAME_AFTER}`, 'gi') : undefined,
    nameWhole: whole(source.names, ''),
    ownerModifies: whole(source.ownerModifies),
    defining: source.definingModifiers?.length ? new RegExp(`${BEFORE}(?:${alternation(source.definingModifiers)})${AFTER}`, 'i') : undefined,
    needModifier: whole(source.needModifier),
    modifier: whole(source.modifiers),
    notAfter: whole(source.notAfter),
    notBefore: source.notBefore?.length ? new RegExp(String.raw`^[\s-]+(?:${alternation(source.notBefore)})${AFTER}`, 'i') : undefined,
    trailer: whole(source.trailers),
    actions: (source.actions ?? []).map((a) => ({
      verb: new RegExp(`${BEFORE}(?:${actionForms(a.verbs)})${AFTER}`, 'gi'),
      object: a.object ? new RegExp(String.raw`^[\s,]+(?:${expand(a.object)})`, 'i') : undefined,
    })),
  };
}

export const KINDS: readonly ActivityKind[] = lexicon.kinds.map(kindOf);
let compiled: CompiledKind[] | undefined;
const compiledKinds = (): CompiledKind[] => (compiled ??= KINDS.map(compileKind));
let byKind: Map<ActivityKind, CompiledKind> | undefined;

/** Whether `word` is a noun that may follow a head of `kind` and still name the activity ("therapy sessions"). */
export function isTrailer(kind: ActivityKind, word: string): boolean {
  byKind ??= new Map(compiledKinds().map((c) => [c.kind, c]));
  return Boolean(byKind.get(kind)?.trailer?.test(word));
}

/** Sources of everything that can start a mention of one of `kinds`, case-insensitive and case-sensitive. */
function triggerSources(kinds: CompiledKind[]): { words: string[]; names: string[] } {
  const words: string[] = [];
  const names: string[] = [];
  for (const { kind } of kinds) {
    const s = kind.source;
    words.push(...[...(s.heads ?? []), ...(s.needModifier ?? [])].map(expand));
    words.push(...(s.modalities ?? []).map(expand));
    // An action with an object is a candidate only with its object ("hire participants to ... your"), not on
    // its verb alone: "provide", "have" and "decide" are in half the sentences of a posting.
    for (const a of s.actions ?? []) words.push(a.object ? String.raw`(?:${actionForms(a.verbs)})[\s,]+(?:${expand(a.object)})` : actionForms(a.verbs));
    names.push(...(s.names ?? []).map(expand));
  }
  return { words, names };
}

/**
 * The cheap test run on every sentence of a peer posting before any NLP: true when the sentence may
 * mention one of the given kinds. Generated from the lexicon, so it admits every sentence the matcher could use.
 */
function candidateTest(kinds: CompiledKind[]): (text: string) => boolean {
  const { words, names } = triggerSources(kinds);
  // The words are matched in lower-cased text (src/caseless.ts); a pre-filter needs no offsets.
  const wordRe = words.length ? new RegExp(`${BEFORE}(?:${lowerCased(words.join('|'))})${AFTER}`) : undefined;
  const nameRe = names.length ? new RegExp(`${BEFORE}(?:${names.join('|')})${NAME_AFTER}`) : undefined;
  return (text) => Boolean(wordRe?.test(text.toLowerCase()) || nameRe?.test(text));
}

/** Each rule's pre-filter, one per rule for the whole run: V8 compiles a pattern on its first use (~25 ms for all kinds). */
const CANDIDATE_TESTS = new Map(
  [...new Set(KINDS.map((k) => k.rule))].map((rule) => [rule, lazyTest(() => candidateTest(compiledKinds().filter((c) => c.kind.rule === rule)))]),
);

/**
 * A pre-filter built on its first use, which remembers its last answer: a sentence is tested by its rule
 * and again by findMentions for the rules it reads, one after the other.
 */
function lazyTest(build: () => (text: string) => boolean): (text: string) => boolean {
  let test: ((text: string) => boolean) | undefined;
  let lastText: string | undefined;
  let lastAnswer = false;
  return (text) => {
    if (text !== lastText) {
      lastAnswer = (test ??= build())(text);
      lastText = text;
    }
    return lastAnswer;
  };
}

/** The cheap pre-filter for one rule's kinds. */
export function candidatesFor(rule: string): (text: string) => boolean {
  const test = CANDIDATE_TESTS.get(rule);
  if (!test) throw new Error(`src/activities.yaml has no kind for rule ${rule}`);
  return test;
}

/**
 * Whether a sentence may mention any kind at all: the rules' own pre-filters in turn, not a pattern of its
 * own, so that a posting that needs both compiles the patterns once.
 */
export function mentionsAnyActivity(text: string): boolean {
  for (const test of CANDIDATE_TESTS.values()) if (test(text)) return true;
  return false;
}

/** Words of the text before a position, nearest first, at most `max` of them. */
function wordsBefore(text: string, at: number, max: number): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  const from = Math.max(0, at - 120);
  const re = /[A-Za-z0-9\u00C0-\u024F][\w\u00C0-\u024F'’:./-]*|[,&/]/g;
  re.lastIndex = from;
  const all: Array<{ word: string; start: number }> = [];
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) {
    if (m.index + m[0].length > at) break;
    all.push({ word: m[0].replace(/(?<![.:])[.:]+$/, ''), start: m.index }); // the look-behind: one try per run of dots
  }
  for (let i = all.length - 1; i >= 0 && out.length < max; i--) out.push(all[i]!);
  // The first word may have been cut by `from`; drop it when the window did not start at a word boundary.
  if (from > 0 && out.length === all.length && out.length > 0 && /[\w'’-]/.test(text[from - 1]!)) out.pop();
  return out;
}

/** Whether the words `before` (nearest first) end with a phrase that `re` matches whole (1 to 3 words). */
function endsWith(before: Array<{ word: string }>, re: RegExp | undefined, skip = 0): number {
  if (!re) return 0;
  for (let n = 3; n >= 1; n--) {
    if (skip + n > before.length) continue;
    const phrase = before.slice(skip, skip + n).reverse().map((w) => w.word).join(' ');
    if (re.test(phrase)) return n;
  }
  return 0;
}

const SMALL = /^(?:of|for|and|the|on|in|&|to|at|with)$/;
/** A person's possessive before a noun: "each client's", "participants'", "their". */
const HELD_BY = new RegExp(String.raw`^(?:${expand(lexicon.vocabulary.people!)}(?:['’]s|s?['’])|their|his|her)$`, 'i');
const isCapitalized = (word: string) => /^[A-Z][a-z]/.test(word);

/**
 * Whether the word at [start, end) sits inside a Title-Case proper name ("Riverside Counseling Center",
 * "Assessment and Treatment Unit"): it is capitalized, is not where the sentence starts, and a capitalized
 * word stands next to it (small words like "and" or "for" may come between).
 */
function inProperName(text: string, start: number, end: number, facts: SentenceFacts): boolean {
  if (!isCapitalized(text.slice(start, end))) return false;
  if (!facts.hasLowerCase) return false; // an ALL-CAPS line: case says nothing
  const before = wordsBefore(text, start, 4).filter((w) => w.word !== ',');
  // The sentence's first word is capitalized anyway ("Provide Therapy ..."), so it does not count.
  const firstWord = facts.firstWord;
  const prev = before.find((w) => !SMALL.test(w.word));
  if (prev && before.indexOf(prev) <= 1 && prev.start !== firstWord && isCapitalized(prev.word) && !/[:;]/.test(text.slice(prev.start, start))) return true;
  const after = /^\s+(?:(?:of|for|and|the|on|&)\s+)?([A-Za-z][\w'’-]*)/.exec(text.slice(end, end + 60));
  return Boolean(after && isCapitalized(after[1]!));
}

/** What the matcher needs to know about the whole sentence, worked out once (not once per hit). */
interface SentenceFacts {
  hasLowerCase: boolean;
  firstWord: number | undefined;
}

/**
 * Mentions of any kind of clinical activity in `text` (one sentence, starting at file offset `offset`),
 * sorted by position. Look-alikes the words alone rule out ("peer counseling", "self-assessment",
 * "Dual Diagnosis Team") are not returned; the grammar around each mention is not read here.
 */
export function findMentions(text: string, offset: number, filter: (kind: ActivityKind) => boolean = () => true): Mention[] {
  const mentions: Mention[] = [];
  const facts: SentenceFacts = { hasLowerCase: /[a-z]/.test(text), firstWord: /[A-Za-z0-9]/.exec(text)?.index };
  // A kind whose rule's pre-filter rejects the text has no mention in it (the pre-filter admits every
  // text the patterns below could match), so its patterns are not run, nor compiled on a first posting.
  for (const c of compiledKinds()) {
    if (!filter(c.kind) || !candidatesFor(c.kind.rule)(text)) continue;
    const hits: Array<{ start: number; end: number; name: boolean }> = [];
    if (c.head) for (const m of allMatches(c.head, text)) hits.push({ start: m.index, end: m.index + m[0].length, name: false });
    if (c.name) for (const m of allMatches(c.name, text)) hits.push({ start: m.index, end: m.index + m[0].length, name: true });
    if (c.modality) for (const m of allMatches(c.modality, text)) hits.push({ start: m.index, end: m.index + m[0].length, name: true });
    hits.sort((a, b) => a.start - b.start);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      // "psychosocial assessment": the first head only modifies the second.
      const next = hits[h + 1];
      if (next && next.start > hit.end && /^[\s-]+$/.test(text.slice(hit.end, next.start))) continue;
      const mention = nounMention(c, text, hit.start, hit.end, hit.name, facts);
      if (mention) mentions.push({ ...mention, start: offset + mention.start, end: offset + mention.end, headStart: offset + hit.start, headEnd: offset + hit.end, coreEnd: offset + hit.end });
    }
    for (const action of c.actions) {
      for (const m of allMatches(action.verb, text)) {
        let end = m.index + m[0].length;
        if (action.object) {
          const object = action.object.exec(text.slice(end, end + 160));
          if (!object) continue;
          end += object[0].length;
        }
        const start = offset + m.index;
        mentions.push({ kind: c.kind, start, end: offset + end, headStart: start, headEnd: offset + m.index + m[0].length, coreEnd: offset + end, form: 'verb', name: false });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A head or name at [start, end) with its modifiers and trailing nouns, or undefined when the words rule it out. */
function nounMention(c: CompiledKind, text: string, start: number, end: number, name: boolean, facts: SentenceFacts): Omit<Mention, 'headStart' | 'headEnd' | 'coreEnd'> | undefined {
  if (!name && inProperName(text, start, end, facts)) return undefined;
  if (c.notBefore?.test(text.slice(end, end + 80))) return undefined;
  const before = wordsBefore(text, start, 12);
  // Modifiers, possibly in a list: "individual, group and family counseling".
  let used = 0;
  let first = start;
  for (;;) {
    const n = endsWith(before, c.modifier, used) || isName(c, before, used);
    if (n) {
      used += n;
      first = before[used - 1]!.start;
      const sep = before[used];
      if (sep && SEPARATORS.has(sep.word.toLowerCase()) && (endsWith(before, c.modifier, used + 1) || isName(c, before, used + 1))) used++;
      continue;
    }
    break;
  }
  // A look-alike word before the modifiers rules the mention out ("housing needs assessment"), unless a modifier
  // names the clinical activity whatever stands before it ("strengths-based psychosocial assessment").
  const defined = used > 0 && Boolean(c.defining?.test(before.slice(0, used).reverse().map((w) => w.word).join(' ')));
  if (c.notAfter && (endsWith(before, c.notAfter, 0) || (!defined && endsWith(before, c.notAfter, used)))) return undefined;
  // Some heads that need a modifier also name the activity when they are someone's: "each client's service plan".
  const head = text.slice(start, end).replace(/[\s-]+/g, ' ');
  if (!name && c.needModifier?.test(head) && used === 0 && !(c.ownerModifies?.test(head) && before[0] && HELD_BY.test(before[0].word))) return undefined;
  // Trailing nouns that still name the activity: "therapy sessions", "DBT skills groups".
  let last = end;
  for (let k = 0; k < 3; k++) {
    const t = /^[\s-]+([A-Za-z][\w'’-]*)/.exec(text.slice(last, last + 40));
    if (!t || !c.trailer?.test(t[1]!)) break;
    last += t[0].length;
  }
  return { kind: c.kind, start: first, end: last, form: 'noun', name };
}

function isName(c: CompiledKind, before: Array<{ word: string }>, skip: number): number {
  return c.nameWhole && skip < before.length && c.nameWhole.test(before[skip]!.word) ? 1 : 0;
}
