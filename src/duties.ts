import { findMentions, isTrailer, KINDS, type ActivityKind, type Mention } from './activities.ts';
import type { PostingDocument, Section, Sentence } from './document/types.ts';
import { ClauseReader, isNegating, isSupportive, registerVerbs, type Actor, type ClauseContext, type Link, type MentionSpan, type Reading } from './nlp/clause.ts';
import type { Nlp, Term } from './nlp/nlp.ts';
import { MAX_WINDOW_WORDS } from './nlp/nlp.ts';
import type { RuleContext } from './rule.ts';
import { countBefore } from './sorted.ts';

/**
 * Role drift, shared by the role-drift rules and the scope check: finds mentions of clinical activities
 * (src/activities.yaml) in a sentence, reads each one's clause (src/nlp/clause.ts) and keeps those that
 * are the peer's own, affirmative duty, weighing the section the sentence sits in.
 */

registerVerbs(KINDS.flatMap((k) => [...(k.verbs ?? []), ...k.alsoVerbs, ...k.notVerbs]));

export interface DutyHit {
  kind: ActivityKind;
  /** File offsets of the duty phrase: from the governing verb to the activity ("Conduct intake assessments"). */
  start: number;
  end: number;
  reading: Reading;
  section: Section;
}

/** Qualification lines that describe the applicant's past, not the job: "Experience providing case management". */
const BACKGROUND = /^[\s\p{P}]*(?:(?:some|prior|previous|relevant|demonstrated|proven)\s+)?(?:experience|knowledge|familiarity|understanding|awareness|background|training)\b/iu;

/**
 * Whether a duty stated in `section` by `actor` counts as the peer's own work. In the job's duties (or
 * an unclassified section) a duty with no stated subject is the peer's; in "About us", benefits or
 * "How to apply" it describes the agency or its other staff unless the peer is named as the subject;
 * in qualifications, a line about the applicant's background is not a duty of the job.
 */
export function countsAsPeerDuty(section: Section, actor: Actor, sentenceText: string): boolean {
  if (actor !== 'peer' && actor !== 'unstated') return false;
  if (section.kind === 'about' || section.kind === 'benefits' || section.kind === 'apply') return actor === 'peer';
  if (section.kind === 'qualifications' && BACKGROUND.test(sentenceText)) return false;
  return true;
}

interface ReadMention {
  mention: Mention;
  reading: Reading;
  /** The file offsets of the reading's first and last words. */
  start: number;
  end: number;
  /** Where the mention's last word ends ("nurse's"), and where each link's verb starts. */
  mentionEnd: number;
  linkStarts: number[];
}

const readingsCache = new WeakMap<Sentence, ReadMention[]>();

/** Every mention of a clinical activity in the sentence with its reading; cached, since four rules and the scope check ask. */
function readSentence(document: PostingDocument, nlp: Nlp, sentence: Sentence): ReadMention[] {
  let read = readingsCache.get(sentence);
  if (read) return read;
  read = [];
  readingsCache.set(sentence, read);
  const mentions = findMentions(sentence.text, sentence.start);
  if (mentions.length === 0) return read;
  const context = clauseContext(document, sentence);
  for (const group of windows(sentence, mentions)) {
    const terms = nlp.terms(sentence, group.from, group.to);
    const spans = group.mentions.map((m) => toSpan(m, terms)).filter((s): s is MentionSpan & { mention: Mention } => s !== undefined);
    const reader = new ClauseReader(terms, spans, context);
    for (const span of spans) {
      const reading = reader.read(span);
      if (!reading) continue;
      read.push({
        mention: span.mention,
        reading,
        start: terms[reading.start]!.start,
        end: terms[reading.end]!.end,
        mentionEnd: Math.max(span.mention.end, terms[span.last]!.end),
        linkStarts: reading.links.map((l) => terms[l.index]!.start),
      });
    }
  }
  return read;
}

/**
 * The windows of words compromise tags for these mentions. A sentence of up to MAX_WINDOW_WORDS words is
 * one window. A longer one is cut into overlapping tiles of MAX_WINDOW_WORDS words, one every STEP
 * words; a mention is read in the tile where it has at least STEP words before it (its clause's subject
 * and negation) and some after it. Each tile is tagged once, so a giant sentence costs linear time and
 * compromise never sees more than MAX_WINDOW_WORDS words at once.
 */
const STEP = Math.floor(MAX_WINDOW_WORDS * 0.4);
function windows(sentence: Sentence, mentions: Mention[]): Array<{ from: number; to: number; mentions: Mention[] }> {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of sentence.text.matchAll(/\S+/g)) {
    starts.push(sentence.start + m.index);
    ends.push(sentence.start + m.index + m[0].length);
  }
  if (starts.length <= MAX_WINDOW_WORDS) return [{ from: sentence.start, to: sentence.end, mentions }];
  const tiles = new Map<number, Mention[]>();
  for (const m of mentions) {
    const word = countBefore(starts.length, (i) => starts[i]! <= m.start) - 1;
    const tile = Math.max(0, Math.floor(word / STEP) - 1);
    const list = tiles.get(tile);
    if (list) list.push(m);
    else tiles.set(tile, [m]);
  }
  return [...tiles].map(([tile, list]) => ({
    from: starts[tile * STEP]!,
    to: ends[Math.min(starts.length, tile * STEP + MAX_WINDOW_WORDS) - 1]!,
    mentions: list,
  }));
}

function toSpan(mention: Mention, terms: Term[]): (MentionSpan & { mention: Mention }) | undefined {
  const first = terms.findIndex((t) => t.end > mention.start);
  if (first < 0 || terms[first]!.start >= mention.end) return undefined;
  let last = first;
  while (last + 1 < terms.length && terms[last + 1]!.start < mention.end) last++;
  let head = terms.findIndex((t) => t.end > mention.headStart);
  if (head < 0 || head > last) head = last;
  return { first, last, head, verbal: mention.form === 'verb', name: mention.name, anyGovernor: mention.kind.frame === 'mention', isTrailer: (word) => isTrailer(mention.kind, word), mention };
}

// ---- whose duty ---------------------------------------------------------------------------------

const set = (words: string) => new Set(words.trim().split(/\s+/));
const PEER_STRONG = set(`you your yourself i peer peers holder postholder jobholder incumbent candidate candidates applicant
  applicants appointee hire`);
const PEER_WEAK = set(`specialist specialists coach coaches mentor mentors navigator navigators advocate advocates supporter
  supporters partner partners worker workers role position post job duties responsibilities tasks ambassador champion`);
const OTHER_STAFF = set(`clinician clinicians therapist therapists psychotherapist psychotherapists counselor counselors
  counsellor counsellors nurse nurses nursing psychiatrist psychiatrists psychiatry psychologist psychologists doctor doctors
  physician physicians prescriber prescribers practitioner practitioners clinical medical licensed lcsw lcsws licsw lpc lpcs
  lmhc lmhcs lmft lmfts lcdc ladc rn rns lpn lpns md mds np nps aprn aprns pmhnp gp gps staff team teams colleague colleagues
  professional professionals provider providers mdt cmht consultant consultants supervisor supervisors manager managers
  director directors pharmacist pharmacists pharmacy coordinator coordinators co-ordinator co-ordinators social workers
  caseworker caseworkers intake`);
const ORGANIZATION = set(`we us agency organization organisation program programme service services clinic center centre
  company hospital trust practice unit facility department charity nonprofit`);
const PARTICIPANT = set(`participant participants client clients patient patients resident residents member members consumer
  consumers individual individuals people person persons user users caller callers family families youth adult adults child
  children adolescent adolescents teen teens teenager teenagers veteran veterans guest guests referral referrals admission
  admissions mentee mentees parent parents caregiver caregivers survivor survivors women men someone anyone everyone`);
const ROLE_SUBJECTS = set(`role position post job duties responsibilities tasks`);

/** The posting's own title words: in a Recovery Coach posting "the coach" is the peer. */
function titleWords(document: PostingDocument): Set<string> {
  const title = document.title.text.replace(/\([^()]*\)/g, ' ').split(/\s[-–—|,]\s|:/)[0]!;
  return new Set(title.toLowerCase().match(/[a-z]+/g) ?? []);
}

const titleCache = new WeakMap<PostingDocument, Set<string>>();

function clauseContext(document: PostingDocument, sentence: Sentence): ClauseContext {
  let title = titleCache.get(document);
  if (!title) titleCache.set(document, (title = titleWords(document)));
  const words = title;
  const actorOf = (phrase: string[]): Actor => {
    const ws = phrase.map((w) => w.replace(/'s?$/, ''));
    if (ws.some((w) => PEER_STRONG.has(w))) return 'peer';
    const bigrams = ws.slice(1).map((w, k) => `${ws[k]} ${w}`);
    if (bigrams.some((b) => /^(?:social|case|support|key) workers?$/.test(b) && !words.has(b.split(' ')[0]!))) return 'other-staff';
    // The posting's title ("the Recovery Coach", "Youth Peer Mentors") before the other staff words, so "Peer Support Worker" is the peer.
    if (ws.some((w) => words.has(w) && PEER_WEAK.has(w)) && !ws.some((w) => OTHER_STAFF.has(w) && !words.has(w))) return 'peer';
    if (ws.some((w) => OTHER_STAFF.has(w))) return 'other-staff';
    if (ws.some((w) => ORGANIZATION.has(w))) return 'organization';
    if (ws.some((w) => PARTICIPANT.has(w))) return 'participant';
    if (ws.some((w) => ROLE_SUBJECTS.has(w))) return 'peer';
    if (ws.some((w) => PEER_WEAK.has(w))) return 'peer';
    return 'unknown';
  };
  const firstActor = (text: string): Actor | undefined => {
    for (const w of text.toLowerCase().match(/[a-z'’]+/g) ?? []) {
      const actor = actorOf([w]);
      if (actor !== 'unknown') return actor;
    }
    return undefined;
  };
  return {
    actorOf,
    pronoun(at) {
      // "Our peer specialists meet people on day one. They complete ...": the nearest earlier subject,
      // looked for in a bounded stretch of text before the pronoun, then in the block's previous sentence.
      const rel = at - sentence.start;
      const own = firstActor(sentence.text.slice(Math.max(0, rel - LOOKBACK), rel));
      if (own) return own;
      const previous = document.sentences[sentenceIndex(document, sentence) - 1];
      if (previous && previous.block === sentence.block) return firstActor(previous.text.slice(0, LOOKBACK)) ?? 'unknown';
      return 'unknown';
    },
  };
}

/** How far back (in characters) a label, a lead-in or a pronoun's antecedent is looked for. */
const LOOKBACK = 300;

const sentenceIndexes = new WeakMap<PostingDocument, Map<Sentence, number>>();
function sentenceIndex(document: PostingDocument, sentence: Sentence): number {
  let map = sentenceIndexes.get(document);
  if (!map) sentenceIndexes.set(document, (map = new Map(document.sentences.map((s, i) => [s, i]))));
  return map.get(sentence) ?? -1;
}

// ---- is it a duty -------------------------------------------------------------------------------

const agentOk = (actor: Actor) => actor === 'peer' || actor === 'unstated';

function verbIn(verbs: ReadonlySet<string> | undefined, link: Link): boolean {
  if (!verbs) return false;
  if (verbs.has(link.phrase) || verbs.has(link.lemma)) return true;
  // "cover for" given, "cover for" read; "hand out" given, "hand out to" read.
  for (const v of verbs) if (v.includes(' ') && link.phrase.startsWith(v)) return true;
  return false;
}

/** Verbs by which the employer asks for the work: "we expect you to carry a caseload". */
const REQUIRING = new Set(['expect', 'require', 'ask', 'need', 'want', 'hire', 'employ', 'recruit', 'seek']);

/** Whether the verbs above `links[k]` leave the work with the peer (none hands it on: "help participants prepare for ..."). */
function nothingHandsItOn(kind: ActivityKind, links: Link[], k: number): boolean {
  for (let j = k; j < links.length - 1; j++) {
    if (links[j]!.means) return true;
    if (links[j]!.agent === 'peer' && REQUIRING.has(links[j + 1]!.lemma)) return true;
    const up = links[j + 1]!;
    if (isNegating(up)) return false;
    if (isSupportive(up) && !verbIn(kind.alsoVerbs, up)) return false;
    if (!agentOk(up.agent)) return false;
  }
  return true;
}

/** Whether a reading of a mention of `kind` states it as the subject's affirmative duty. */
interface Where {
  /** The sentence is a list item or table cell. */
  listItem: boolean;
  /** The list is a list of duties: a duties section, or a lead-in that ends with ":". */
  dutyList: boolean;
  /** A label before the activity: "Clinical duties: ...". */
  label: boolean;
  /** The role is held for someone: "their sponsor", "case manager for 12 families". */
  heldForSomeone: boolean;
}

/**
 * Whether a reading of a mention of `kind` states it as the subject's affirmative duty; `out.link` is set to
 * the index of the link whose verb makes it one (0 when the governing word itself does).
 */
function isDuty(kind: ActivityKind, mention: Mention, reading: Reading, where: Where, out = { link: 0 }): boolean {
  out.link = 0;
  const { frame, links } = reading;
  if (reading.negated || frame === 'noun' || frame === 'background' || frame === 'none') return false;
  if (frame === 'frame' && !kind.dutyFrames) return false;
  // A bare item ("- Intake assessments") is a duty in a list of duties; a role or a noun that needs its verb
  // ("- Registered nurse", "- Medication") is not.
  if (frame === 'bare') return kind.frame === 'mention' || (kind.frame === 'object' && !kind.verbs && (where.label || (where.listItem && where.dutyList)));
  if (frame === 'subject') {
    const link = links[0];
    if (reading.actor !== 'peer' || kind.frame === 'role') return false;
    // "... are part of this role" names no verb: only an activity that is work in itself counts.
    if (!link) return !kind.verbs && kind.frame === 'object';
    return (!kind.verbs || verbIn(kind.verbs, link)) && (!isSupportive(link) || verbIn(kind.alsoVerbs, link));
  }
  const verbal = mention.form === 'verb';
  if (kind.frame === 'role' && !verbal) {
    // "serve as a sponsor"; with a copula only a role held for someone: "be their sponsor", "become a sponsor for
    // clients" (not "be a registered nurse", which is a qualification).
    if (frame === 'role') return agentOk(links[0]!.agent) && (/ as$/.test(links[0]!.phrase) || where.heldForSomeone) && nothingHandsItOn(kind, links, 0);
    // "take on the care coordinator role": a role named with its trailing noun is an object like any other.
    if (!(frame === 'verb' && mention.end > mention.coreEnd)) return false;
  } else if (frame === 'role' && kind.frame !== 'mention') return false;
  // The verb that makes it a duty: the activity itself ("diagnose"), a frame ("responsible for"), the
  // governing verb, or, for kinds with their own verbs, the nearest listed verb above ("observe residents taking ...").
  let k = 0;
  if (!verbal && frame === 'verb' && kind.verbs) {
    // Only through verbs that are someone else's action: "observe residents taking their medication".
    while (k < links.length && !verbIn(kind.verbs, links[k]!) && !verbIn(kind.alsoVerbs, links[k]!) && !agentOk(links[k]!.agent)) k++;
    const listed = (link: Link) => verbIn(kind.verbs, link) || verbIn(kind.alsoVerbs, link);
    if (k >= links.length || !(listed(links[k]!) || links[k]!.shared?.some(listed))) return false;
  }
  const governor = links[k];
  if (!governor || !agentOk(governor.agent)) return false;
  if (!verbal && frame === 'verb' && k === 0) {
    // "write and review care plans": a verb that shares the object may make it a duty where the nearest one does not.
    const makesDuty = (link: Link) => !isNegating(link) && !verbIn(kind.notVerbs, link) && (!isSupportive(link) || verbIn(kind.alsoVerbs, link) || verbIn(kind.verbs, link)) && (!kind.verbs || verbIn(kind.verbs, link) || verbIn(kind.alsoVerbs, link));
    if (isNegating(governor) || !(makesDuty(governor) || governor.shared?.some(makesDuty))) return false;
  }
  out.link = k;
  return nothingHandsItOn(kind, links, k);
}

/** List items under "Peers do not:" or a heading like "What this role does not include". */
const NEGATIVE_HEADING = /\b(?:not|n['’]t|never|outside|exclu\w*|limits?|boundar\w*)\b/i;
const NEGATIVE_LEAD_IN = /\b(?:not|never|no|n['’]t|neither|nor)\b/i;
/** A lead-in that introduces the job's duties ("You will:", "Responsibilities include:"), not benefits or requirements. */
const DUTY_LEAD_IN = /\b(?:you(?:['’]ll|\s+will)|will|duties|responsibilit\w*|tasks|role|job|expected|required|include|includes|including)\b/i;
const OTHER_LEAD_IN = /\b(?:benefits?|perks?|offer\w*|package|rewards?|discounts?|qualifications?|experience|skills|requirements?|we\s+(?:provide|give))\b/i;

interface LeadIn {
  /** 'negated': "Peers do not:"; 'duties': "You will:", "Responsibilities include:"; 'other': "Benefits include:". */
  kind: 'negated' | 'duties' | 'other';
  /** Whose list it is, when the lead-in says: "Clinicians will:". */
  actor: Actor | undefined;
}

/** For each block, the lead-in line (ending in ":") of the list it is an item of, if any; worked out once per document. */
const leadIns = new WeakMap<PostingDocument, Array<LeadIn | undefined>>();
export function leadInOf(document: PostingDocument, sentence: Sentence): LeadIn | undefined {
  let flags = leadIns.get(document);
  if (!flags) {
    flags = [];
    let lead: LeadIn | undefined;
    document.blocks.forEach((block, b) => {
      if (block.kind !== 'list-item') {
        const text = document.prose.slice(Math.max(block.start, block.end - LOOKBACK), block.end).trim();
        const last = text.split(/[.!?]\s/).at(-1)!;
        if (block.kind === 'heading' || !/:\s*$/.test(text)) lead = undefined;
        else {
          const kind = NEGATIVE_LEAD_IN.test(last) ? 'negated' : OTHER_LEAD_IN.test(last) || !DUTY_LEAD_IN.test(last) ? 'other' : 'duties';
          const actor = clauseContext(document, document.sentences[0]!).actorOf(last.toLowerCase().match(/[a-z'’]+/g) ?? []);
          lead = { kind, actor: actor === 'unknown' ? undefined : actor };
        }
      } else if (b > 0 && document.blocks[b - 1]!.section !== block.section) lead = undefined;
      flags!.push(block.kind === 'list-item' ? lead : undefined);
    });
    leadIns.set(document, flags);
  }
  return flags[sentence.block];
}

/** The peer's affirmative duties of `rule`'s kinds in the sentence, in order, without overlaps. */
export function findPeerDuties(context: RuleContext, sentence: Sentence, rule: string): DutyHit[] {
  const { document } = context;
  const section = context.sectionOf(sentence);
  const leadIn = leadInOf(document, sentence);
  if (leadIn?.kind === 'negated' || (section.depth > 0 && NEGATIVE_HEADING.test(section.heading))) return [];
  const read = readSentence(document, context.nlp, sentence);
  if (read.length === 0) return [];
  const block = document.blocks[sentence.block]!;
  if (block.kind === 'heading') return []; // a heading names a topic ("Prescribing"), not a duty
  const listItem = block.kind === 'list-item' || block.kind === 'table-cell';
  const found: DutyHit[] = [];
  for (const { mention, reading, start, end, mentionEnd, linkStarts } of read) {
    if (mention.kind.rule !== rule) continue;
    // A label before the activity ("Clinical duties: ..."), looked for in a bounded stretch before it.
    const rel = mention.start - sentence.start;
    const label = labelBefore(sentence.text.slice(Math.max(0, rel - LOOKBACK), rel));
    if (label !== undefined && NEGATIVE_LEAD_IN.test(label)) continue; // "Not part of this role: therapy, ..."
    const after = sentence.text.slice(mention.end - sentence.start, mention.end - sentence.start + 4);
    const heldForSomeone = /^\s+(?:for|to|of)\b/i.test(after) || /(?:['’]s?|\b(?:their|his|her|your|each))\s+(?:[\w-]+\s+){0,3}$/i.test(sentence.text.slice(Math.max(0, rel - 60), rel));
    const where = { listItem, dutyList: leadIn ? leadIn.kind === 'duties' : section.kind === 'duties', label: label !== undefined, heldForSomeone };
    const out = { link: 0 };
    if (!isDuty(mention.kind, mention, reading, where, out)) continue;
    const link = out.link;
    const requiredOf = reading.links.findIndex((l, j) => l.agent === 'peer' && REQUIRING.has(reading.links[j + 1]?.lemma ?? ''));
    let actor = requiredOf >= 0 ? 'peer' : reading.actor;
    // "Clinicians will:" followed by "- complete intake assessments": the lead-in names whose duties they are.
    if (actor === 'unstated' && leadIn?.actor) actor = leadIn.actor;
    if (!countsAsPeerDuty(section, actor, sentence.text)) continue;
    const whole = reading.frame === 'subject' || reading.frame === 'bare';
    // The duty phrase: from the verb that makes it a duty ("Watch residents take ...") to the activity's last word.
    const from = link > 0 ? linkStarts[link]! : start;
    found.push({ kind: mention.kind, start: Math.min(from, mention.start), end: whole ? Math.max(end, mentionEnd) : mentionEnd, reading, section });
  }
  // One finding per stretch of text: the first (and, at the same start, the longest) wins, except over a kind
  // that yields to any other ("other duties as assigned, including clinical tasks").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: DutyHit[] = [];
  for (const hit of found) {
    const last = hits[hits.length - 1];
    if (!last || hit.start >= last.end) hits.push(hit);
    else if (last.kind.yields && !hit.kind.yields) hits[hits.length - 1] = hit;
  }
  return hits;
}

/**
 * Whether the sentence says what the peer does not do: a clinical activity, read as the peer's (or the
 * role's) and negated ("Youth Peer Mentors do not diagnose or provide therapy", "is not responsible for
 * clinical assessments"). The same reading as the duties, so the two never disagree about negation.
 */
export function statesPeerBoundary(document: PostingDocument, nlp: Nlp, sentence: Sentence): boolean {
  const read = readSentence(document, nlp, sentence);
  // "Peers do not:" followed by "- diagnose", "- provide therapy".
  if (leadInOf(document, sentence)?.kind === 'negated') return read.length > 0;
  for (const { reading } of read) {
    if (!reading.negated) continue;
    if (reading.frame === 'noun' || reading.frame === 'background') continue;
    if (reading.actor === 'peer' || reading.actor === 'unstated') return true;
  }
  return false;
}

/**
 * The label that ends just before a mention ("Clinical duties: ..."): the text between the last colon (with
 * no ';' after it) and the ':', ';' or '.' before that colon. Found with lastIndexOf: the equivalent regex
 * `([^:;.]*):[^:;]*$` is retried from every position and is quadratic on a long stretch without a colon.
 */
function labelBefore(text: string): string | undefined {
  const colon = text.lastIndexOf(':');
  if (colon < 0 || text.includes(';', colon)) return undefined;
  const start = Math.max(text.lastIndexOf(';', colon), text.lastIndexOf('.', colon), colon > 0 ? text.lastIndexOf(':', colon - 1) : -1) + 1;
  return text.slice(start, colon);
}
