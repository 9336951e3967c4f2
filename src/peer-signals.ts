import { sectionAt } from './document/sections.ts';
import type { PostingDocument, Sentence, Span } from './document/types.ts';
import { ROLE_WORDS } from './title-words.ts';

/**
 * What the body of a posting says about the job, for a title that does not ("Support Worker"):
 * - `lived-experience`: it asks for the applicant's own lived experience (of recovery, of services, of
 *   incarceration, as a parent of a child in services), not just welcomes it or talks about clients';
 * - `credential`: it asks for a peer credential (CPRS, "peer specialist certification");
 * - `peer-work`: the post holder gives peer support ("you will provide peer support", "as a peer, you...");
 * - `licence`: it requires a clinical licence or registration (LCSW, "NMC registration").
 * Each is found sentence by sentence with the word lists of src/role-words.yaml ("body").
 */
export type SignalKind = 'lived-experience' | 'credential' | 'peer-work' | 'licence';

export interface Signal extends Span {
  kind: SignalKind;
  /** The sentence it was found in. */
  sentence: Span;
}

const B = ROLE_WORDS.body;
const re = (source: string, flags = 'i') => new RegExp(source, flags);
/** Patterns run over the whole prose (global); the others over one sentence. */
const any = (sources: string[]) => re(sources.map((s) => `(?:${s})`).join('|'), 'gi');
const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const acronyms = (list: string[]) => re(`\\b(?:${list.join('|')})\\b`, 'g');

const LIVED_EXPERIENCE = re(`\\b(?:${B.livedExperience.join('|')})`, 'gi');
/** "support people in", "clients with a", "patients' ": the mention after it is someone else's. */
const OTHERS_BEFORE = re(
  `(?:\\b(?:${B.others.verbs.map((v) => v.replace(/^(\w+)/, '$1\\w*').replace(/ /g, '\\s+')).join('|')})(?:\\s+\\w+){0,2}?\\s+(?:${words(B.others.people)})|\\b(?:${words(B.others.clients)})|\\b(?:${words(B.others.people)})(?=['’]))(?:['’]s?)?(?:\\s+(?:who|that)\\s+(?:have|has|are|is)(?:\\s+(?:had|been))?|\\s+with|\\s+in|\\s+whose|\\s+own)?(?:\\s+(?:a|an|the|some|significant|complex|long|early|their))?\\s*$`,
);
const OTHERS_AFTER = re(B.othersAfter);
const ASKS = B.asks.map((s) => re(s));
const WELCOMES = re(B.welcomes);
const STRONG_ASK = re(B.strongAsk);
const NOT_REQUIRED = re(B.notRequired);
const CREDENTIAL = any(B.credentials);
const CREDENTIAL_ACRONYM = acronyms(B.credentialAcronyms);
const CREDENTIAL_CONTEXT = re(B.credentialContext);
const CREDENTIAL_OTHERS = re(B.credentialOthers);
const CREDENTIAL_NOT = re(B.credentialNot);
const PEER_WORK = B.peerWork.map((s) => re(s, 'gi'));
const PEER_JOB = B.peerJob.map((s) => re(s, 'gi'));
const POST_HOLDER = re(B.postHolder);
const STAFF_SUPPORT = re(B.staffSupport);
const LICENCE = any(B.licences);
const LICENCE_ACRONYM = acronyms(B.licenceAcronyms);
const LICENCE_OTHERS = re(`${B.licenceOthers}(?:\\s+\\S+){0,3}?\\s*$`);

/** How much of a sentence before a mention is read for whose it is. */
const LOOK_BEHIND = 80;
/**
 * How much of each sentence is read: a real sentence is far shorter, and a pasted blob with no full stop
 * (a "sentence" of a megabyte) must not cost more than a sentence does.
 */
const SENTENCE_WINDOW = 1_000;

/** A match of a pattern inside one sentence; `text` is the sentence (at most SENTENCE_WINDOW long). */
interface Match {
  sentence: Sentence;
  text: string;
  index: number;
  length: number;
}

/**
 * The first match of a global pattern in the prose, lying inside one sentence, that `accept` takes.
 * Matches come in order, so the sentence is found by walking forward, not by a search per match.
 */
function firstMatch(document: PostingDocument, pattern: RegExp, accept: (m: Match) => boolean, before = Infinity): Match | undefined {
  const { prose, sentences } = document;
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(prose); m && m.index < before; m = pattern.exec(prose)) {
    if (m[0].length === 0) pattern.lastIndex++;
    while (at < sentences.length && sentences[at]!.end <= m.index) at++;
    const sentence = sentences[at];
    if (!sentence || m.index < sentence.start || m.index + m[0].length > sentence.end) continue;
    const index = m.index - sentence.start;
    if (index >= SENTENCE_WINDOW) continue;
    const match = { sentence, text: sentence.text.length > SENTENCE_WINDOW ? sentence.text.slice(0, SENTENCE_WINDOW) : sentence.text, index, length: m[0].length };
    if (accept(match)) return match;
  }
  return undefined;
}

/** A mention of lived experience that is the applicant's, not the people's the job serves. */
function isApplicants(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - LOOK_BEHIND), index);
  const after = text.slice(index + length, index + length + 60);
  return !OTHERS_BEFORE.test(before) && !OTHERS_AFTER.test(after);
}

/** True when the posting mentions the applicant's own lived experience anywhere (asked for or welcomed). */
export function mentionsLivedExperience(document: PostingDocument): boolean {
  return firstMatch(document, LIVED_EXPERIENCE, (m) => isApplicants(m.text, m.index, m.length)) !== undefined;
}

/** Where a sentence sits: its section's kind and whether it is a bullet. */
function placeOf(document: PostingDocument, sentence: Sentence) {
  const block = document.blocks[sentence.block];
  const found = sectionAt(document, sentence.start);
  // The title's own heading is not a section ("Qualified Mental Health Nurse" is not a qualifications section).
  const section = found.heading === document.title.text ? 'preamble' : found.kind;
  // Benefits ("peer support for staff") and "About us" ("our peer specialists ...") are not the job.
  return { section, aboutTheJob: section !== 'benefits' && section !== 'about', bullet: block?.kind === 'list-item', atStart: block?.start === sentence.start };
}

/** The sentence asks the applicant for something (a requirement, a question, a use of their own story). */
function isAsk(text: string, place: ReturnType<typeof placeOf>, at: number): boolean {
  if (NOT_REQUIRED.test(text) || (WELCOMES.test(text) && !STRONG_ASK.test(text))) return false;
  return place.section === 'qualifications' || (place.bullet && place.atStart && at < 12) || ASKS.some((a) => a.test(text));
}

const signal = (kind: SignalKind, { sentence, index, length }: Match): Signal => ({
  kind,
  start: sentence.start + index,
  end: sentence.start + index + length,
  sentence: { start: sentence.start, end: sentence.end },
});

/** The first match of any of the patterns, in document order, that `accept` takes. */
function first(document: PostingDocument, patterns: RegExp[], accept: (m: Match, place: ReturnType<typeof placeOf>, pattern: RegExp) => boolean): Match | undefined {
  let best: Match | undefined;
  for (const pattern of patterns) {
    const limit = best ? best.sentence.start + best.index : Infinity;
    best = firstMatch(document, pattern, (m) => accept(m, placeOf(document, m.sentence), pattern), limit) ?? best;
  }
  return best;
}

/**
 * The first signal of each kind in the body, in document order. Each pattern runs once over the whole
 * prose; only the sentences it matches in are read further.
 */
export function peerSignals(document: PostingDocument): Partial<Record<SignalKind, Signal>> {
  const found: Partial<Record<SignalKind, Signal>> = {};
  const lived = first(document, [LIVED_EXPERIENCE], ({ text, index, length }, place) => place.section !== 'benefits' && isApplicants(text, index, length) && isAsk(text, place, index));
  if (lived) found['lived-experience'] = signal('lived-experience', lived);
  const credential = first(document, [CREDENTIAL, CREDENTIAL_ACRONYM], ({ text, index }, place) =>
    place.aboutTheJob && CREDENTIAL_CONTEXT.test(text) && !CREDENTIAL_NOT.test(text) && !CREDENTIAL_OTHERS.test(text.slice(Math.max(0, index - LOOK_BEHIND), index)),
  );
  if (credential) found.credential = signal('credential', credential);
  const work = first(document, [...PEER_WORK, ...PEER_JOB], ({ text, index, length }, place, pattern) => {
    if (!place.aboutTheJob || STAFF_SUPPORT.test(text.slice(index + length, index + length + 60))) return false;
    // "provide peer support" is the post holder's when it is a duty or says who ("you will ...").
    return PEER_JOB.includes(pattern) || place.section === 'duties' || POST_HOLDER.test(text.slice(Math.max(0, index - LOOK_BEHIND), index));
  });
  if (work) found['peer-work'] = signal('peer-work', work);
  const licence = first(document, [LICENCE, LICENCE_ACRONYM], ({ text, index }, place) => place.aboutTheJob && !LICENCE_OTHERS.test(text.slice(Math.max(0, index - 40), index)) && isAsk(text, place, index));
  if (licence) found.licence = signal('licence', licence);
  return found;
}
