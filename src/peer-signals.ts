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
const any = (sources: string[]) => re(sources.map((s) => `(?:${s})`).join('|'));
const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const acronyms = (list: string[]) => re(`\\b(?:${list.join('|')})\\b`, '');

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
const PEER_WORK = B.peerWork.map((s) => re(s));
const POST_HOLDER = re(B.postHolder);
const STAFF_SUPPORT = re(B.staffSupport);
const LICENCE = any(B.licences);
const LICENCE_ACRONYM = acronyms(B.licenceAcronyms);
const LICENCE_OTHERS = re(`${B.licenceOthers}(?:\\s+\\S+){0,3}?\\s*$`);

/** How much of a sentence before a mention is read for whose it is. */
const LOOK_BEHIND = 80;

/** The first mention of the applicant's own lived experience in a sentence, or undefined. */
function livedExperienceIn(text: string): { index: number; length: number } | undefined {
  LIVED_EXPERIENCE.lastIndex = 0;
  for (let m = LIVED_EXPERIENCE.exec(text); m; m = LIVED_EXPERIENCE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - LOOK_BEHIND), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!OTHERS_BEFORE.test(before) && !OTHERS_AFTER.test(after)) return { index: m.index, length: m[0].length };
    if (m[0].length === 0) LIVED_EXPERIENCE.lastIndex++;
  }
  return undefined;
}

/** True when the posting mentions the applicant's own lived experience anywhere (asked for or welcomed). */
export function mentionsLivedExperience(document: PostingDocument): boolean {
  return document.sentences.some((s) => livedExperienceIn(s.text) !== undefined);
}

/** Where a sentence sits: its section's kind and whether it is a bullet. */
function placeOf(document: PostingDocument, sentence: Sentence) {
  const block = document.blocks[sentence.block];
  return { section: sectionAt(document, sentence.start).kind, bullet: block?.kind === 'list-item', atStart: block?.start === sentence.start };
}

/** The sentence asks the applicant for something (a requirement, a question, a use of their own story). */
function isAsk(text: string, place: ReturnType<typeof placeOf>, at: number): boolean {
  if (NOT_REQUIRED.test(text) || (WELCOMES.test(text) && !STRONG_ASK.test(text))) return false;
  return place.section === 'qualifications' || (place.bullet && place.atStart && at < 12) || ASKS.some((a) => a.test(text));
}

function signal(kind: SignalKind, sentence: Sentence, index: number, length: number): Signal {
  return { kind, start: sentence.start + index, end: sentence.start + index + length, sentence: { start: sentence.start, end: sentence.end } };
}

/** The first signal of each kind in the body, in document order. */
export function peerSignals(document: PostingDocument): Partial<Record<SignalKind, Signal>> {
  const found: Partial<Record<SignalKind, Signal>> = {};
  for (const sentence of document.sentences) {
    const text = sentence.text;
    const place = placeOf(document, sentence);
    // Benefits ("peer support for staff") and "About us" ("our peer specialists ...") are not the job.
    const aboutTheJob = place.section !== 'benefits' && place.section !== 'about';
    if (!found['lived-experience'] && place.section !== 'benefits') {
      const m = livedExperienceIn(text);
      if (m && isAsk(text, place, m.index)) found['lived-experience'] = signal('lived-experience', sentence, m.index, m.length);
    }
    if (!found.credential && aboutTheJob) {
      const m = CREDENTIAL.exec(text) ?? CREDENTIAL_ACRONYM.exec(text);
      if (m && CREDENTIAL_CONTEXT.test(text) && !CREDENTIAL_OTHERS.test(text.slice(Math.max(0, m.index - LOOK_BEHIND), m.index))) {
        found.credential = signal('credential', sentence, m.index, m[0].length);
      }
    }
    if (!found['peer-work'] && aboutTheJob) {
      for (const pattern of PEER_WORK) {
        const m = pattern.exec(text);
        if (!m || STAFF_SUPPORT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
        // "provide peer support" is the post holder's when it is a duty or says who ("you will ...").
        const isDuty = place.section === 'duties' || POST_HOLDER.test(text.slice(0, m.index + m[0].length));
        if (pattern === PEER_WORK[0] && !isDuty) continue;
        found['peer-work'] = signal('peer-work', sentence, m.index, m[0].length);
        break;
      }
    }
    if (!found.licence && aboutTheJob) {
      const m = LICENCE.exec(text) ?? LICENCE_ACRONYM.exec(text);
      if (m && !LICENCE_OTHERS.test(text.slice(Math.max(0, m.index - 40), m.index)) && isAsk(text, place, m.index)) {
        found.licence = signal('licence', sentence, m.index, m[0].length);
      }
    }
  }
  return found;
}
