import type { Term } from './nlp.ts';
import * as W from './words.ts';

/**
 * The clause reader: given the tagged words around a mention of an activity, says how the clause uses
 * it. Which word governs the mention (a verb, "responsible for", "as" for a role, nothing for a bare list
 * item, or the mention is the subject of a passive), the verbs above that one up to the main verb and who
 * does each ("help participants prepare for ..." -> prepare is the participants', help is the peer's),
 * and whether the clause is negated. It knows grammar words only; what counts as a duty for a kind of
 * activity is decided in src/duties.ts.
 */

/** Who does a verb, as far as the sentence says. */
export type Actor = 'peer' | 'unstated' | 'other-staff' | 'organization' | 'participant' | 'unknown';

export type WordClass = 'det' | 'adj' | 'noun' | 'pron' | 'verb' | 'aux' | 'be' | 'neg' | 'prep' | 'to' | 'conj' | 'rel' | 'break' | 'adv' | 'num';

/** A verb on the path from the mention up to the main verb of its clause. */
export interface Link {
  index: number;
  /** Base form of the verb (or the frame word: "responsible"). */
  lemma: string;
  /** The lemma with the particles and preposition that tie it to what it governs: "fill in for", "prepare for". */
  phrase: string;
  /** Who does it. */
  agent: Actor;
  /** Linked by "by" (means): "support recovery by providing counseling"; the verb above does not hand the task on. */
  means?: boolean;
  /** Where the verb's clause (its subject, or the clause start) begins. */
  from?: number;
  /** Verbs coordinated with this one that share its object: "write and review care plans" (for review: write). */
  shared?: Link[];
}

export type Frame =
  /** The object of a verb: "conduct intake assessments"; or the verb is the activity: "diagnose". */
  | 'verb'
  /** "as" or a copula before a role: "serve as a sponsor", "be their case manager". */
  | 'role'
  /** "responsible for", "in charge of", "take ownership of". */
  | 'frame'
  /** A list item or label that is the activity alone: "- Medication administration". */
  | 'bare'
  /** The activity is the subject: "Assessments will be completed by the Peer Specialist". */
  | 'subject'
  /** The activity only modifies another noun, or sits in a phrase about someone: "clients with psychiatric diagnoses". */
  | 'noun'
  /** The applicant's background: "experience providing case management", "trained in CBT". */
  | 'background'
  /** Nothing in the clause makes it anyone's work. */
  | 'none';

export interface Reading {
  frame: Frame;
  /** The governing verb first, then each verb above it. */
  links: Link[];
  negated: boolean;
  /** Who the clause's work belongs to: the main verb's subject, or the agent of a passive. */
  actor: Actor;
  /** Term index where the duty phrase starts (the governing word, or the mention). */
  start: number;
  /** Term index where it ends (the mention, or a passive's agent). */
  end: number;
}

export interface ClauseContext {
  /** Classifies the words of a noun phrase as an actor. */
  actorOf(words: string[]): Actor;
  /** Whom "they", "he" or "she" at file offset `at` stands for. */
  pronoun(at: number): Actor;
}

export interface MentionSpan {
  first: number;
  last: number;
  /** The head word (the verb, for an action). */
  head: number;
  verbal: boolean;
  /** Whether the mention is a case-sensitive name (may modify any noun: "CBT techniques"). */
  name: boolean;
  /** Any verb of the clause may govern it (an involuntary hold is drift whatever the verb). */
  anyGovernor?: boolean;
  /** Whether a noun may follow the activity and still name it ("therapy sessions"). */
  isTrailer?: (word: string) => boolean;
}

// ---- word lists --------------------------------------------------------------------------------------

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that put the peer in a supporting part, or describe the participant's own action. */
const SUPPORTIVE = set(`help assist support aid accompany attend participate join contribute refer link connect signpost
  navigate encourage promote motivate remind explain discuss talk educate inform advocate schedule book arrange sit shadow
  observe learn understand know receive access obtain get seek find need want request reinforce complement input feed share
  bring voice express transport drive escort go come collect pick liaise coordinate collaborate recommend suggest describe
  introduce demystify normalize normalise value respect welcome await engage undergo take follow
  stay remain return enjoy benefit consider choose decide enroll enrol hear listen celebrate prompt base
  nudge reassure empower enable allow let`);
/** Supportive only with this particle or preposition ("prepare for" an assessment; "prepare" a plan is work). */
const SUPPORTIVE_PHRASES = set(`prepare_for wait_for ask_for look_for apply_for advocate_for sit_in_on take_part_in listen_to
  talk_about wait_on prepare_with work_in work_within work_at work_across work_alongside work_with work_on_a
  operate_in operate_within sit_within sit_in`.replace(/_/g, '~'));
/** Phrases with a supportive verb that are work of one's own: "take on a caseload", "carry out". */
const PERFORMING_PHRASES = set(`take~on take~over take~charge take~responsibility take~the~lead follow~up~on`);
/** Verbs whose object does the next verb: "help participants prepare", "have clients complete". */
const AGENT_VERBS = set(`help assist encourage support enable allow let ask teach remind empower coach motivate get invite
  prompt urge guide prepare train have make show require expect`);
/** Verbs that negate what they govern: "this role excludes clinical assessment". */
const NEGATING_VERBS = set(`exclude avoid refrain prohibit forbid bar preclude decline`);
/** Nouns an activity can hide behind ("administration of the PHQ-9", "a range of therapies"). */
const TRANSPARENT_NOUNS = set(`administration completion provision delivery facilitation conduct conducting performance
  writing development preparation production management monitoring supervision use application implementation
  dispensing distribution scoring interpretation updating drafting session sessions course courses round rounds series
  range variety number set mix suite menu selection programme program programmes programs package provision caseload
  portfolio kind kinds type types form forms placement placements decision decisions recommendation recommendations
  determination determinations adherence compliance self-administration`);
/** A noun that makes a light verb before it into another verb: "keep track of" = track, "provide coverage for" = cover for. */
const LIGHT_NOUNS = new Map([['track', 'track'], ['coverage', 'cover for'], ['cover', 'cover for'], ['backfill', 'backfill']]);
const LIGHT_VERBS = set(`keep provide give offer arrange`);
/** Nouns and adjectives that make what follows a duty: "responsibility for", "in charge of". */
const FRAME_NOUNS = set(`responsibility responsibilities ownership charge control lead accountability`);
/** Prepositions after a frame word: "responsible for", "in charge of", "tasked with", "lead on". */
const FRAME_PREPOSITIONS = set(`for of with on`);
/** Words about the applicant's background, not the job: "experience providing", "trained in". */
const BACKGROUND_NOUNS = set(`experience experiences knowledge familiarity understanding awareness background training
  expertise skills skill competence competency competencies qualification qualifications certification certifications
  degree degrees interest exposure proficiency grounding insight insights history credentials credential
  education coursework license licence licensure`);
const BACKGROUND_ADJECTIVES = set(`experienced familiar trained skilled knowledgeable competent proficient versed certified
  qualified licensed credentialed educated grounded exposed registered skilled`);
const isBackground = (t: Term) => t.normal.split('/').some((w) => BACKGROUND_NOUNS.has(w) || BACKGROUND_ADJECTIVES.has(w));
/** "ability to", "willingness to": the duty itself, stated as what the job needs. */
const CHAIN_NOUNS = set(`ability abilities willingness capacity capability expectation requirement need duty`);
const PARTICLES = set(`in out up on off over back down through`);
/** Verbs whose "with" / "in" phrase comes after their object: "provide clients with ...", "assist the team in ...". */
const WITH_VERBS = set(`provide supply furnish present assist help support aid`);
/** Verbs whose "for" phrase comes after their object: "cover shifts for the nurse" is covering for the nurse. */
const FOR_VERBS = set(`cover`);
const IN_VERBS = set(`assist help support involve engage guide aid`);
/** Verbs that link a subject to a role like "be" does: "become their sponsor". */
const COPULAS = set(`become remain`);
/** Words that open a clause that is the object of the verb before it: "track whether clients take ...". */
const COMPLEMENTIZERS = set(`whether if that how`);
/** Clause breaks after which what follows is a subordinate clause that ends at the next comma. */
const SUBORDINATORS = set(`while when whenever if once unless because since although though where whether until`);
/** Nouns after a name that show it only modifies them ("CBT training", "DBT therapists"). */
const NOT_ACTIVITY_NOUNS = set(`training trainings certification certificate certified principles concepts codes code team
  teams therapist therapists clinician clinicians referral referrals waitlist waiting informed trained model models
  approach approaches framework frameworks course courses qualification practitioner practitioners unit units ward
  wards clinic clinics centre center department hub pathway network lead coordinator supervisor consultation`);
/** "... is the job of ...": nouns that name whose work something is. */
const OWNER_NOUNS = set(`job responsibility role remit domain work task duty province business preserve`);
/** Nouns a passive's "by" phrase or a "belongs to" phrase can name that make the work the peer's. */
const ROLE_NOUNS = set(`role job post position duties responsibilities remit scope`);

/** Verbs that open duty bullets; with the lexicon's verbs, what the lemmatizer and the imperative check know. */
const DUTY_VERBS = set(`complete conduct provide deliver perform administer write develop facilitate co-facilitate lead
  co-lead run offer carry undertake do make give dispense manage monitor track observe witness document record score screen
  assess evaluate diagnose determine decide assign update revise own draft create prepare formulate hold maintain serve act
  function cover fill step stand substitute initiate petition place use apply practise practice teach count check ensure
  supervise oversee handle distribute pass hand review present report build keep meet sponsor lend befriend rent house host
  design establish implement produce author deploy work process respond answer staff open close visit call write-up`);
/** Verbs that are never nouns: a word compromise tags as a noun or adjective here is still the verb ("the team provide therapy"). */
const PURE_VERBS = set(`provide deliver perform administer facilitate undertake dispense diagnose assess evaluate determine
  decide assign revise formulate maintain serve initiate teach ensure supervise oversee distribute establish implement
  produce prepare create develop write complete conduct give make manage monitor offer`);
const known = new Set<string>([...SUPPORTIVE, ...AGENT_VERBS, ...NEGATING_VERBS, ...DUTY_VERBS, 'be', 'have', 'do']);
/** Adds base forms the lemmatizer should know (the lexicon's verbs). */
export function registerVerbs(verbs: Iterable<string>): void {
  for (const v of verbs) known.add(v.split(' ')[0]!.toLowerCase());
}
const IRREGULAR_BASE = new Map<string, string>([
  ['gave', 'give'], ['given', 'give'], ['took', 'take'], ['taken', 'take'], ['wrote', 'write'], ['written', 'write'],
  ['ran', 'run'], ['led', 'lead'], ['held', 'hold'], ['did', 'do'], ['done', 'do'], ['made', 'make'], ['kept', 'keep'],
  ['drew', 'draw'], ['drawn', 'draw'], ['undertook', 'undertake'], ['undertaken', 'undertake'], ['became', 'become'],
  ['went', 'go'], ['gone', 'go'], ['has', 'have'], ['had', 'have'], ['taught', 'teach'], ['sat', 'sit'], ['found', 'find'],
  ['got', 'get'], ['gotten', 'get'], ['saw', 'see'], ['seen', 'see'], ['knew', 'know'], ['known', 'know'], ['brought', 'bring'],
  ['oversaw', 'oversee'], ['overseen', 'oversee'], ['understood', 'understand'], ['stood', 'stand'], ['built', 'build'],
  ['dealt', 'deal'], ['met', 'meet'], ['is', 'be'], ['are', 'be'], ['was', 'be'], ['were', 'be'], ['been', 'be'], ['am', 'be'],
  ['being', 'be'], ['does', 'do'], ['set', 'set'], ['put', 'put'], ['fed', 'feed'], ['told', 'tell'], ['said', 'say'],
]);

/** The base form of a verb, when it is one the reader knows; otherwise the word itself. */
export function lemma(word: string): string {
  const w = word.toLowerCase().replace(/^co-ordin/, 'coordin');
  if (known.has(w)) return w;
  const irregular = IRREGULAR_BASE.get(w);
  if (irregular) return irregular;
  const candidates: string[] = [];
  if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) candidates.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) candidates.push(w.slice(0, -2));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    candidates.push(stem, stem + 'e');
    if (/(.)\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  if (w.endsWith('d')) candidates.push(w.slice(0, -1));
  return candidates.find((c) => known.has(c)) ?? w;
}

export function isSupportive(link: Link): boolean {
  if (PERFORMING_PHRASES.has(link.phrase.replace(/ /g, '~'))) return false;
  return SUPPORTIVE_PHRASES.has(link.phrase.replace(/ /g, '~')) || SUPPORTIVE.has(link.lemma);
}
export const isNegating = (link: Link): boolean => NEGATING_VERBS.has(link.lemma);

// ---- the reader ------------------------------------------------------------------------------------

const isPossessive = (t: Term) => /'s?$/.test(t.normal) && t.normal.length > 2;
const hasComma = (t: Term | undefined) => Boolean(t && t.post.includes(','));
const bounds = (t: Term | undefined) => Boolean(t && /[;:—–]/.test(t.post));

export class ClauseReader {
  readonly cls: WordClass[];
  /** For each word, the index of the first word of its clause segment. */
  private readonly seg: number[];

  /** The mentions kept: a word read both as a noun and as a verb ("diagnoses") is kept in the reading its position allows. */
  private readonly kept: Set<MentionSpan>;

  constructor(
    readonly terms: Term[],
    mentions: MentionSpan[],
    private readonly context: ClauseContext,
  ) {
    this.kept = resolveForms(mentions, terms, classify(terms, []));
    this.cls = classify(terms, [...this.kept]);
    this.seg = segments(terms, this.cls);
  }

  /** Reads how the clause uses the mention; undefined when the mention's words are used as another part of speech. */
  read(m: MentionSpan): Reading | undefined {
    if (!this.kept.has(m)) return undefined;
    const { terms, cls } = this;
    if (m.verbal) {
      const links = this.links(m.head);
      return this.reading('verb', links, m.head, m.last);
    }
    // A noun after the mention (other than a trailer the matcher already took) makes the mention its modifier.
    const next = terms[m.last + 1];
    if (next && !hasComma(terms[m.last]) && !bounds(terms[m.last]) && cls[m.last + 1] === 'noun' && !isPossessive(terms[m.last]!) && !next.tags.has('Date') && !next.tags.has('Value')) {
      if (!m.name || NOT_ACTIVITY_NOUNS.has(next.normal)) return this.none(m);
    }
    // "assessment and intervention skills", "a counselling and information service": a list of (singular) modifiers of another noun.
    if (cls[m.last + 1] === 'conj' && !/s$/.test(terms[m.last]!.normal)) {
      let k = m.last + 2;
      while (k < terms.length && (cls[k] === 'noun' || cls[k] === 'adj') && !hasComma(terms[k]) && cls[k + 1] === 'noun') k++;
      if (k > m.last + 2 && !(m.isTrailer?.(terms[k]!.normal) ?? false)) return this.none(m);
    }
    const reading = this.governed(m.first, m.last);
    // "attend assessment centres": after a singular object of a verb, a plural-looking word compromise calls a
    // verb is a noun the mention modifies (an object has no predicate of its own).
    if (reading.frame === 'verb' && !m.verbal && next && cls[m.last + 1] === 'verb' && !terms.slice(reading.start, m.first).some((t) => /^(?:whatever|whichever|what|which)$/.test(t.normal)) && /[^s]s$/.test(next.normal) && !/s$/.test(terms[m.last]!.normal) && !hasComma(terms[m.last]) && !bounds(terms[m.last]) && !(m.isTrailer?.(next.normal) ?? false)) return this.none(m);
    // A gerund that opens the clause may be its subject: "Screening with the PHQ-9 is not part of this job".
    const top = reading.links.at(-1);
    if (reading.frame === 'verb' && top && top.index === this.seg[top.index] && terms[top.index]!.normal.endsWith('ing')) {
      const subject = this.subjectOrBare(top.index, m.last, reading.negated);
      if (subject.frame === 'subject') return subject;
    }
    if (m.anyGovernor && (reading.frame === 'noun' || reading.frame === 'none') && !reading.negated) {
      // "Place individuals on 72-hour holds": the clause's nearest verb before the mention.
      const seg = this.seg[m.first]!;
      for (let v = m.first - 1; v >= seg; v--) if (cls[v] === 'verb') return this.reading('verb', this.links(v), v, m.last);
    }
    return reading;
  }

  /** Reads the noun phrase [first, last]: what governs it. */
  private governed(first: number, last: number, depth = 0): Reading {
    const { terms, cls } = this;
    const seg = this.seg[first]!;
    let negated = false;
    let i = first - 1;
    // Walk back over the noun phrase: determiners, possessives, adjectives, numbers, other nouns of a list.
    for (; i >= seg; i--) {
      const c = cls[i]!;
      const n = terms[i]!.normal;
      if (/[)]/.test(terms[i]!.post) || /[(]/.test(terms[i + 1]!.pre)) continue;
      if (c === 'neg' && (n === 'no' || n === 'not')) {
        negated = true;
        continue;
      }
      if (c === 'det' || c === 'adj' || c === 'num' || c === 'noun') continue;
      if (c === 'adv' && cls[i + 1] === 'adj') continue; // "culturally sensitive intake assessments"
      if (c === 'conj' && i > seg && ['noun', 'adj', 'num'].includes(cls[i - 1]!)) continue;
      if (n === 'including' || n === 'incl' || n === 'e.g' || n === 'eg' || n === 'i.e' || n === 'ie' || n === 'especially' || n === 'particularly' || n === 'like') {
        // "Other duties as assigned, including clinical tasks": an example of a phrase with no verb of its own is
        // a bare item like that phrase ("as assigned" is no verb of the clause).
        const verbless = i > seg && hasComma(terms[i - 1]) && cls.slice(seg, i).every((x, d) => !['verb', 'be', 'aux'].includes(x) || terms[seg + d - 1]?.normal === 'as');
        if (verbless) return this.subjectOrBare(first, last, negated, seg);
        continue;
      }
      if (n === 'as' && terms[i - 1]?.normal === 'such') {
        i--;
        continue;
      }
      if (n === 'of' && i > seg && ['all', 'each', 'any', 'some', 'both', 'one', 'most', 'many'].includes(terms[i - 1]!.normal)) continue;
      break;
    }
    // "Other IAPT qualifications, i.e. EMDR ...": a background noun heads the phrase.
    if (terms.slice(i + 1, first).some((t) => BACKGROUND_NOUNS.has(t.normal))) return this.plain('background', first, last);
    if (i < seg) return this.subjectOrBare(first, last, negated, i + 1);
    const c = cls[i]!;
    const n = terms[i]!.normal;
    if (c === 'verb' && COPULAS.has(lemma(n))) return this.withNegation(this.reading('role', this.links(i), i, last), negated);
    if (c === 'verb') {
      if (NEGATING_VERBS.has(lemma(n))) negated = true;
      // "Experience providing ...": the applicant's background.
      if (i > seg && BACKGROUND_NOUNS.has(terms[i - 1]!.normal) && terms[i]!.normal.endsWith('ing')) return this.plain('background', first, last);
      return this.withNegation(this.reading('verb', this.links(i), i, last), negated);
    }
    if (c === 'be') return this.withNegation(this.reading('role', this.links(i), i, last), negated);
    if (c === 'neg') return this.plain('none', first, last, true);
    if (c === 'prep' || c === 'to') return this.withNegation(this.afterPreposition(i, first, last, depth), negated);
    return this.plain('none', first, last, negated);
  }

  /** The mention follows a preposition at `p`: what the preposition attaches to decides. */
  private afterPreposition(p: number, first: number, last: number, depth: number): Reading {
    const { terms, cls } = this;
    const seg = this.seg[p]!;
    const prep = terms[p]!.normal;
    const before = terms[p - 1]?.normal;
    if (prep === 'without' || (prep === 'than' && before === 'rather') || (prep === 'of' && before === 'instead')) return this.plain('none', first, last, true);
    if (prep === 'as') {
      let j = p - 1;
      while (j >= seg && (cls[j] === 'adv' || cls[j] === 'neg')) j--;
      // "experience working as a case manager", "qualified as a nurse": the applicant's background.
      if (j > seg && cls[j] === 'verb' && isBackground(terms[j - 1]!)) return this.plain('background', first, last);
      if (j >= seg && isBackground(terms[j]!)) return this.plain('background', first, last);
      if (j >= seg && (cls[j] === 'verb' || cls[j] === 'be')) return this.reading('role', this.links(j, `${lemma(terms[j]!.normal)} as`), j, last);
      // "coordinate each client's care as their case manager": the role belongs to the verb before the object.
      const np = j >= seg && cls[j] === 'noun' ? this.nounPhraseBefore(j, seg) : undefined;
      const v = np ? np.start - 1 : -1;
      if (np && v >= seg && cls[v] === 'verb') return this.reading('role', this.links(v, `${lemma(terms[v]!.normal)} as`), v, last);
      return this.plain('none', first, last);
    }
    // Particles between a verb and its preposition: "fill in for", "step in for".
    let j = p - 1;
    const particles: string[] = [];
    while (j > seg && PARTICLES.has(terms[j]!.normal) && (cls[j - 1] === 'verb' || PARTICLES.has(terms[j - 1]!.normal))) particles.unshift(terms[j--]!.normal);
    if (j < seg) return this.plain('none', first, last);
    const c = cls[j]!;
    const word = terms[j]!.normal;
    // "Experience in pre-operative assessment", "skilled across ... assessment", "a course in counselling": the applicant's background.
    if (isBackground(terms[j]!) || (/^(?:course|courses|training)$/.test(word) && prep !== 'of')) return this.plain('background', first, last);
    if (c === 'verb') {
      const phrase = [lemma(word), ...particles, prep].join(' ');
      return this.reading('verb', this.links(j, phrase), j, last);
    }
    // "responsible for", "in charge of", "take ownership of": the frame word's own clause says whose work it is.
    if ((W.DUTY_FRAMES.has(word) || FRAME_NOUNS.has(word)) && FRAME_PREPOSITIONS.has(prep)) return this.reading('frame', this.links(j, word), j, last);
    if (word === 'involved') return this.reading('verb', this.links(j, 'participate in'), j, last);
    // "keep track of ...", "provide coverage for ...": the light verb and its noun read as one verb.
    const light = LIGHT_NOUNS.get(word);
    let lv = j - 1;
    while (lv >= seg && cls[lv] === 'det') lv--;
    if (light && c === 'noun' && lv >= seg && cls[lv] === 'verb' && LIGHT_VERBS.has(lemma(terms[lv]!.normal))) {
      const links = this.links(lv);
      const [verb, ...rest] = light.split(' ');
      if (!rest.length || rest[0] === prep) return this.reading('verb', [{ ...links[0]!, lemma: verb!, phrase: light }, ...links.slice(1)], lv, last);
    }
    if (c === 'noun' && TRANSPARENT_NOUNS.has(word) && depth < 3) return { ...this.governed(j, j, depth + 1), end: last };
    // "provide clients with therapy", "assist the team with clinical duties": the preposition belongs to the verb.
    const np = c === 'noun' || c === 'pron' ? this.nounPhraseBefore(j, seg) : undefined;
    const v = np ? np.start - 1 : -1;
    if (np && v >= seg && cls[v] === 'verb') {
      const verb = lemma(terms[v]!.normal);
      if ((prep === 'with' && WITH_VERBS.has(verb)) || (prep === 'in' && IN_VERBS.has(verb)) || (prep === 'for' && FOR_VERBS.has(verb))) return this.reading('verb', this.links(v, `${verb} ${prep}`), v, last);
    }
    return this.plain('noun', first, last);
  }

  /**
   * The mention opens its clause. Either it is the subject ("Assessments will be completed by the Peer
   * Specialist", "Intake assessments are not part of this role") or a bare item ("- Medication administration").
   */
  private subjectOrBare(first: number, last: number, negated: boolean, phraseStart = first): Reading {
    const { terms, cls } = this;
    const seg = this.seg[first]!;
    const end = this.segmentEnd(seg);
    // Skip the rest of the noun phrase: lists, parentheses, "of" phrases, "as assigned".
    let k = last + 1;
    for (; k < end; k++) {
      const c = cls[k]!;
      const n = terms[k]!.normal;
      if (c === 'det' || c === 'adj' || c === 'num' || c === 'noun' || c === 'conj' || c === 'adv') continue;
      if (c === 'prep' && n !== 'by') continue;
      if (n === 'by' && terms[k - 2]?.normal === 'as') continue; // "as assigned by the director"
      if (c === 'to' && cls[k + 1] !== 'verb') continue;
      if (c === 'verb' && terms[k - 1]?.normal === 'as') continue; // "as assigned", "as needed"
      // "people presenting at A&E", "adults referred by the GP": a participle after a noun still describes it;
      // "..., including writing goals": a gerund after a preposition is no predicate either.
      if (c === 'verb' && /(?:ing|ed|en)$/.test(n) && (cls[k - 1] === 'noun' || cls[k - 1] === 'pron')) continue;
      if (c === 'verb' && /ing$/.test(n) && cls[k - 1] === 'prep') continue;
      break;
    }
    if (k >= end) return { frame: 'bare', links: [], negated, actor: 'unstated', start: phraseStart, end: k - 1 };
    // The predicate: auxiliaries, negation, then a verb.
    let v = k;
    let passive = false;
    for (; v < end; v++) {
      const c = cls[v]!;
      if (c === 'neg') negated = true;
      else if (c === 'be') passive = true;
      else if (c === 'aux' || c === 'adv') continue;
      else if (c === 'to' && cls[v + 1] === 'be') continue; // "are to be conducted by", "has to be signed by"
      else break;
    }
    // A participle compromise calls an adjective ("will be done by").
    if (passive && cls[v] === 'adj' && /(?:ed|en|ne|wn|lt|pt|ught)$/.test(terms[v]!.normal)) cls[v] = 'verb';
    const verb = terms[v];
    const agentAfter = (from: number, words: string[]): { actor: Actor; end: number } | undefined => {
      for (let x = from; x < end; x++) {
        if (words.includes(terms[x]!.normal)) {
          const np = this.nounPhraseAfter(x + 1, end);
          if (np) return { actor: this.actorOfPhrase(np.words), end: np.end };
        }
        if (cls[x] === 'verb' || bounds(terms[x])) break;
      }
      return undefined;
    };
    if (!verb) return { frame: 'subject', links: [], negated, actor: 'unknown', start: first, end: last };
    const n = verb.normal;
    if (passive && cls[v] === 'verb') {
      const agent = agentAfter(v + 1, ['by', 'to', 'for', 'with']);
      const particle = PARTICLES.has(terms[v + 1]?.normal ?? '') ? ` ${terms[v + 1]!.normal}` : '';
      const link: Link = { index: v, lemma: lemma(n), phrase: lemma(n) + particle, agent: agent?.actor ?? 'unknown' };
      return { frame: 'subject', links: [link], negated, actor: link.agent, start: first, end: agent?.end ?? v };
    }
    if (passive) {
      // "... is/are (not) part of this role", "... is the job of clinicians", "... is outside the peer's scope".
      const rest = terms.slice(v, Math.min(end, v + 8)).map((t) => t.normal);
      if (rest[0] === 'outside' || rest.includes('beyond')) negated = true;
      if (rest.slice(0, 4).includes('part') || ROLE_NOUNS.has(rest[1] ?? '')) {
        const owner = agentAfter(v, ['of']);
        const actor: Actor = owner ? (ROLE_NOUNS.has(terms[v + 1]?.normal ?? '') || rest.some((w) => ROLE_NOUNS.has(w)) && owner.actor === 'unknown' ? 'peer' : owner.actor) : 'unknown';
        return { frame: 'subject', links: [], negated, actor, start: first, end: owner?.end ?? v };
      }
      // "... is the job of the nurse", "... is the responsibility of our clinicians".
      const ownerNoun = rest.findIndex((w) => OWNER_NOUNS.has(w));
      const owner = ownerNoun >= 0 && ownerNoun <= 2 && rest[ownerNoun + 1] === 'of' ? agentAfter(v + ownerNoun, ['of']) : undefined;
      return { frame: 'subject', links: [], negated, actor: owner?.actor ?? 'unknown', start: first, end: owner?.end ?? v };
    }
    // Active verbs whose object owns the work: "belongs to our licensed staff", "sits with the nurse".
    if (cls[v] === 'verb') {
      const owner = agentAfter(v + 1, ['to', 'with', 'on']);
      return { frame: 'subject', links: [], negated, actor: owner && /^(?:belong|fall|sit|rest|remain|stay|lie|lies|lay)/.test(n) ? owner.actor : 'unknown', start: first, end: owner?.end ?? v };
    }
    return { frame: 'subject', links: [], negated, actor: 'unknown', start: first, end: last };
  }

  /**
   * The verb at `v` and the verbs above it, each with who does it. Coordinated verbs share their subject
   * and what governs them ("nurses assess and diagnose"); a verb after "help participants" is the
   * participants' ("help participants prepare"); a verb after "who" is its antecedent's.
   */
  private links(v: number, phrase?: string, depth = 0): Link[] {
    const { terms, cls } = this;
    const link: Link = { index: v, lemma: lemma(terms[v]!.normal), phrase: phrase ?? lemma(terms[v]!.normal), agent: 'unstated' };
    if (depth > 8) return [link];
    const seg = this.seg[v]!;
    let i = v - 1;
    for (; i >= seg; i--) {
      const c = cls[i]!;
      const n = terms[i]!.normal;
      if (hasComma(terms[i])) break;
      if (c === 'adv' || c === 'aux' || c === 'be' || c === 'neg' || c === 'to') continue;
      if (c === 'adj' && W.CHAIN_WORDS.has(n)) continue;
      if (W.CHAIN_WORDS.has(n) && c !== 'noun' && c !== 'pron') continue;
      if (c === 'noun' && CHAIN_NOUNS.has(n)) continue; // "ability to conduct ..."
      if (n === 'order' && terms[i - 1]?.normal === 'in') {
        i--;
        continue;
      }
      break;
    }
    link.from = i + 1;
    if (i < seg) return [link];
    const c = cls[i]!;
    const n = terms[i]!.normal;
    // Coordination: "complete assessments and provide therapy", "do not diagnose, provide therapy or ...".
    if (c === 'conj' || hasComma(terms[i])) {
      let s = c === 'conj' ? i - 1 : i;
      while (s >= seg && cls[s] !== 'verb') s--;
      if (s < seg) return [link];
      const above = this.links(s, undefined, depth + 1);
      // "write and review care plans", "develop, implement and review ...": a verb right before the "and" (or
      // its comma) has no object of its own, so it shares this one's.
      // (Not a word after a noun, which is no verb of a list of verbs: "bladder scanning, assisting with ...".)
      const opensItem = s === seg || hasComma(terms[s - 1]) || !['noun', 'adj', 'det', 'num'].includes(cls[s - 1]!);
      const shares = (c === 'conj' ? s === i - 1 || (s === i - 2 && hasComma(terms[s])) : s === i) && opensItem && !PARTICLES.has(terms[s + 1]?.normal ?? '');
      const shared = shares ? [{ ...above[0]!, shared: undefined }, ...(above[0]!.shared ?? [])] : undefined;
      return [{ ...link, agent: above[0]!.agent, from: above[0]!.from, shared }, ...above.slice(1)];
    }
    if (c === 'rel') {
      const np = this.nounPhraseBefore(i - 1, seg);
      if (!np) return [link];
      let agent = this.actorOfPhrase(np.words);
      if (agent === 'unknown' || agent === 'unstated') {
        // "You will be the person who completes ...": the antecedent's own clause says who it is.
        const g = np.start - 1;
        if (g >= seg && (cls[g] === 'be' || cls[g] === 'verb')) agent = this.links(g, undefined, depth + 1)[0]!.agent;
      }
      return [{ ...link, agent, from: np.start }];
    }
    if (c === 'pron') {
      const agent = this.pronounActor(n, terms[i]!.start);
      const j = i - 1;
      // "help you complete ..." is rare; a pronoun before the verb is its subject.
      if (j >= seg && cls[j] === 'verb' && AGENT_VERBS.has(lemma(terms[j]!.normal))) return [{ ...link, agent }, ...this.links(j, undefined, depth + 1)];
      return [{ ...link, agent, from: i }];
    }
    if (c === 'prep') {
      // A gerund after a preposition: "assist the team in developing", "by providing", "responsible for writing".
      if (n === 'by' || n === 'before' || n === 'after' || n === 'while' || n === 'when' || n === 'including') {
        let s = i - 1;
        while (s >= seg && cls[s] !== 'verb') s--;
        if (s < seg) return [link];
        const above = this.links(s, undefined, depth + 1);
        return [{ ...link, agent: above[0]!.agent, means: true, from: above[0]!.from }, ...above];
      }
      let j = i - 1;
      while (j >= seg && (cls[j] === 'adv')) j--;
      if (j < seg) return [link];
      const word = terms[j]!.normal;
      if (cls[j] === 'verb' || cls[j] === 'be') return [link, ...this.links(j, `${lemma(word)} ${n}`, depth + 1)];
      if (W.DUTY_FRAMES.has(word) || FRAME_NOUNS.has(word)) {
        const above = this.links(j, word, depth + 1);
        return [{ ...link, agent: above[0]!.agent, from: above[0]!.from }, ...above.slice(1)];
      }
      // A noun phrase between a verb and the preposition: "assist the team in developing".
      const np = this.nounPhraseBefore(j, seg);
      if (np && np.start - 1 >= seg && cls[np.start - 1] === 'verb') return [link, ...this.links(np.start - 1, `${lemma(terms[np.start - 1]!.normal)} ${n}`, depth + 1)];
      return [{ ...link, agent: 'unknown' }];
    }
    // A gerund that is the object of the verb before it: "this involves providing ...", "duties include diagnosing ...".
    if (c === 'verb' && terms[v]!.normal.endsWith('ing')) {
      const above = this.links(i, undefined, depth + 1);
      return [{ ...link, agent: above[0]!.agent, from: above[0]!.from }, ...above];
    }
    // A noun phrase right before the verb: its subject, or the object of a verb above ("help participants write").
    const np = this.nounPhraseBefore(i, seg);
    if (!np) return [link];
    const agent = this.actorOfPhrase(np.words, terms[np.start]!.start);
    let g = np.start - 1;
    // "track whether clients take ...": the clause is the object of the verb before it.
    if (g > seg && COMPLEMENTIZERS.has(terms[g]!.normal) && cls[g - 1] === 'verb') g--;
    if (g >= seg && cls[g] === 'verb' && !hasComma(terms[g])) {
      const above = this.links(g, undefined, depth + 1);
      // "conduct screenings using standardized instruments": a gerund after a thing (not a person) is how the work is done.
      if (agent === 'unknown' && terms[v]!.normal.endsWith('ing')) return [{ ...link, agent: above[0]!.agent, means: true, from: above[0]!.from }, ...above];
      return [{ ...link, agent, from: np.start }, ...above];
    }
    if (g >= seg && cls[g] === 'to') {
      // "for participants to complete": the participants' action.
      return [{ ...link, agent, from: np.start }];
    }
    return [{ ...link, agent, from: np.subjectStart }];
  }

  /** The noun phrase ending at `i` (with "of"/"in" phrases: "care coordinators in the CMHT"), if there is one. */
  private nounPhraseBefore(i: number, seg: number): { start: number; subjectStart: number; words: string[] } | undefined {
    const { terms, cls } = this;
    const isNp = (k: number) => ['det', 'adj', 'num', 'noun', 'pron'].includes(cls[k]!) || (cls[k] === 'neg' && terms[k]!.normal === 'no');
    if (i < seg || !isNp(i)) return undefined;
    if (cls[i] === 'pron') return { start: i, subjectStart: i, words: [terms[i]!.normal] };
    let k = i;
    while (k > seg && (isNp(k - 1) || (cls[k - 1] === 'conj' && k - 2 >= seg && isNp(k - 2))) && cls[k - 1] !== 'pron' && !hasComma(terms[k - 1])) k--;
    // "Care coordinators in the CMHT": keep walking over prepositional phrases to the head noun phrase.
    let start = k;
    while (start - 2 >= seg && cls[start - 1] === 'prep' && ['of', 'in', 'on', 'at', 'from', 'for', 'with', 'within'].includes(terms[start - 1]!.normal) && isNp(start - 2) && cls[start - 2] !== 'pron') {
      let s = start - 2;
      while (s > seg && isNp(s - 1) && cls[s - 1] !== 'pron' && !hasComma(terms[s - 1])) s--;
      start = s;
    }
    // The head phrase is the first chunk: "the service for adults" -> "the service".
    let headEnd = start;
    while (headEnd < i && cls[headEnd + 1] !== 'prep' && isNp(headEnd + 1)) headEnd++;
    const words = terms.slice(start, headEnd + 1).map((t) => t.normal);
    return { start, subjectStart: start, words };
  }

  private nounPhraseAfter(x: number, end: number): { words: string[]; end: number } | undefined {
    const { terms, cls } = this;
    let k = x;
    while (k < end && ['det', 'adj', 'num', 'noun', 'pron', 'conj'].includes(cls[k]!)) k++;
    if (k === x) return undefined;
    return { words: terms.slice(x, k).map((t) => t.normal), end: k - 1 };
  }

  private actorOfPhrase(words: string[], at = 0): Actor {
    if (words.length === 1 && W.PRONOUNS.has(words[0]!)) return this.pronounActor(words[0]!, at);
    return this.context.actorOf(words);
  }

  private pronounActor(word: string, at: number): Actor {
    if (word === 'you' || word === 'i' || word === 'yourself' || word === 'me') return 'peer';
    if (word === 'we' || word === 'us') return 'organization';
    if (word === 'they' || word === 'he' || word === 'she' || word === 'them') return this.context.pronoun(at);
    return 'unknown';
  }

  private segmentEnd(seg: number): number {
    let k = seg;
    while (k < this.terms.length && this.seg[k] === seg) k++;
    return k;
  }

  private reading(frame: Frame, links: Link[], start: number, end: number): Reading {
    const { terms, cls } = this;
    const top = links[links.length - 1]!;
    const seg = this.seg[links[0]!.index]!;
    // Negation anywhere from the clause's subject to the governing verb: "peers do not diagnose, provide ...".
    const from = Math.min(...links.map((l) => l.from ?? l.index));
    const negatingPreposition = (k: number) => terms[k]?.normal === 'without' || (terms[k]?.normal === 'than' && terms[k - 1]?.normal === 'rather') || (terms[k]?.normal === 'of' && terms[k - 1]?.normal === 'instead');
    let negated = links.some((l) => NEGATING_VERBS.has(l.lemma) || negatingPreposition(l.index - 1)) || terms.slice(from, links[0]!.index).some((t, k) => cls[from + k] === 'neg' || t.normal === 'nor');
    // A negative adverbial before the subject: "At no point will you ...", "Under no circumstances should peers ...".
    if (!negated && from > seg && !cls.slice(seg, from).includes('verb')) negated = cls.slice(seg, from).includes('neg');
    return { frame, links, negated, actor: top.agent, start, end };
  }

  private withNegation(r: Reading, negated: boolean): Reading {
    return negated ? { ...r, negated: true } : r;
  }

  private plain(frame: Frame, first: number, last: number, negated = false): Reading {
    return { frame, links: [], negated, actor: 'unknown', start: first, end: last };
  }

  private none(m: MentionSpan): Reading {
    return this.plain('noun', m.first, m.last);
  }
}

/** Word classes from closed word lists first, then compromise's tags, then the word's position. */
export function classify(terms: Term[], mentions: MentionSpan[]): WordClass[] {
  const inMention = new Set<number>();
  const verbal = new Set<number>();
  for (const m of mentions) {
    for (let k = m.first; k <= m.last; k++) inMention.add(k);
    if (m.verbal) verbal.add(m.head);
  }
  const cls: WordClass[] = terms.map((t) => {
    const n = t.normal;
    const tags = t.tags;
    if (W.NEGATIONS.has(n)) return 'neg';
    if (n === 'to') return 'to';
    if (W.MODALS.has(n)) return 'aux';
    if (W.BE.has(n)) return 'be';
    if (W.CONJUNCTIONS.has(n)) return 'conj';
    if (W.CLAUSE_BREAKS.has(n)) return 'break';
    if (n === 'who' || n === 'whom' || n === 'which') return 'rel';
    if (W.PRONOUNS.has(n)) return 'pron';
    if (W.DETERMINERS.has(n)) return 'det';
    if (W.PREPOSITIONS.has(n)) return 'prep';
    if (/^\d/.test(n)) return 'num';
    if (tags.has('Auxiliary') || tags.has('Modal')) return 'aux';
    if (tags.has('Verb')) return 'verb';
    if (tags.has('Adjective')) return 'adj';
    if (tags.has('Adverb')) return 'adv';
    if (tags.has('Value')) return 'num';
    if (tags.has('Determiner')) return 'det';
    if (tags.has('Preposition')) return 'prep';
    if (tags.has('Conjunction')) return 'conj';
    if (/ly$/.test(n) && n.length > 4) return 'adv';
    return 'noun';
  });
  // "on-call", "in-house": a hyphenated word compromise calls a preposition or adverb modifies a noun.
  terms.forEach((t, k) => {
    if (t.normal.includes('-') && /^(?:prep|adv|det)$/.test(cls[k]!)) cls[k] = 'adj';
  });
  // "brief but thorough assessments", "short yet intensive therapy": "but"/"yet" between two adjectives joins
  // them like "and"; it does not start a clause.
  terms.forEach((t, k) => {
    if (t.normal !== 'but' && t.normal !== 'yet') return;
    const adj = cls[k + 1] === 'adv' ? k + 2 : k + 1; // "brief but very thorough"
    // compromise may call the first adjective a noun ("brief"); a noun phrase must go on after the second.
    if ((cls[k - 1] === 'adj' || cls[k - 1] === 'noun') && !hasComma(terms[k - 1]) && cls[adj] === 'adj' && ['adj', 'noun'].includes(cls[adj + 1] ?? '')) cls[k] = 'conj';
  });
  const at = (k: number) => cls[k];
  const next = (k: number) => {
    let j = k + 1;
    while (j < terms.length && cls[j] === 'adv') j++;
    return j;
  };
  for (let k = 0; k < terms.length; k++) {
    const n = terms[k]!.normal;
    // "that" is a determiner before a noun ("that plan"), otherwise a relative pronoun ("staff that provide").
    if (n === 'that') cls[k] = ['noun', 'adj'].includes(cls[k + 1] ?? '') && !['verb', 'aux', 'be'].includes(cls[k + 2] ?? 'x') && cls[k - 1] !== 'verb' ? 'det' : 'rel';
    if (n === 'which' && ['noun', 'adj'].includes(cls[k + 1] ?? '')) cls[k] = 'det'; // "decide which level of care"
    // "have"/"do" are auxiliaries before a verb or "not", main verbs before a noun ("have a caseload", "do therapy").
    if (W.HAVE.has(n) || W.DO.has(n)) {
      const j = next(k);
      cls[k] = at(j) === 'neg' || at(j) === 'verb' || at(j) === 'be' ? 'aux' : 'verb';
      if (W.HAVE.has(n) && at(j) === 'to') cls[k] = 'verb';
    }
  }
  for (let k = 0; k < terms.length; k++) {
    const c = cls[k]!;
    if (c !== 'noun' && c !== 'adj') continue;
    const base = lemma(terms[k]!.normal);
    const prev = cls[k - 1];
    const after = cls[k + 1];
    // "clinicians on the team provide therapy and complete assessments"
    if (PURE_VERBS.has(base) && prev !== 'det' && prev !== 'adj' && prev !== 'prep' && !(terms[k - 1] && isPossessive(terms[k - 1]!)) && ['det', 'noun', 'adj', 'num', 'pron'].includes(after ?? '')) cls[k] = 'verb';
    // "Our clinical team screens, assesses and writes ...": a plural-looking noun before a list of verbs.
    else if (c === 'noun' && /s$/.test(terms[k]!.normal) && (hasComma(terms[k]) || after === 'conj') && cls[k + 1 + (after === 'conj' ? 1 : 0)] === 'verb' && /s$/.test(terms[k + 1 + (after === 'conj' ? 1 : 0)]!.normal) && (prev === 'noun' || prev === 'pron')) cls[k] = 'verb';
  }
  for (let k = 0; k < terms.length; k++) {
    // "including completing the annual psychosocial", "by providing ...": a gerund after a preposition, with an object.
    if ((cls[k] === 'adj' || cls[k] === 'noun') && /ing$/.test(terms[k]!.normal) && k > 0 && cls[k - 1] === 'prep' && ['det', 'noun', 'adj', 'num'].includes(cls[k + 1] ?? '')) cls[k] = 'verb';
    // "the covering nurse": a participle between a determiner and its noun is an adjective.
    if (cls[k] === 'verb' && /ing$/.test(terms[k]!.normal) && ['noun'].includes(cls[k + 1] ?? '') && k > 0 && cls[k - 1] === 'det') cls[k] = 'adj';
    // "administer prescribed medication", "residents' prescribed medication", "standardized, validated tools", "Lead
    // structured groups": a past participle right before its noun (or before another adjective after a comma), after
    // no auxiliary, is an adjective.
    const beforeNoun = ['noun', 'adj'].includes(cls[k + 1] ?? '') && (!hasComma(terms[k]) || (cls[k + 1] === 'adj' || (cls[k + 1] === 'verb' && /(?:ed|en)$/.test(terms[k + 1]!.normal))));
    if (cls[k] === 'verb' && /(?:ed|en)$/.test(terms[k]!.normal) && (beforeNoun || (hasComma(terms[k]) && cls[k + 1] === 'verb' && /(?:ed|en)$/.test(terms[k + 1]!.normal) && ['noun', 'adj'].includes(cls[k + 2] ?? ''))) && (k === 0 || ['det', 'adj', 'prep', 'verb', 'conj', 'num', 'to'].includes(cls[k - 1]!) || hasComma(terms[k - 1]) || isPossessive(terms[k - 1]!) || (known.has(terms[k - 1]!.normal) && (k === 1 || /[;:(•]/.test(terms[k - 2]!.post))))) cls[k] = 'adj';
  }
  for (let k = 2; k < terms.length; k++) {
    // "Prepare discharge plans and aftercare treatment plans": a plural after the verb's noun, before "and" + a noun phrase.
    const following = cls[k + 1] === 'conj' || hasComma(terms[k]) ? cls[k + (cls[k + 1] === 'conj' ? 2 : 1)] : undefined;
    if (cls[k] === 'verb' && /s$/.test(terms[k]!.normal) && cls[k - 1] === 'noun' && cls[k - 2] === 'verb' && (following === 'det' || following === 'adj' || following === 'noun')) cls[k] = 'noun';
  }
  for (let k = 1; k < terms.length; k++) {
    if (terms[k]!.normal === 'part' && /^t(?:ake|akes|aking|ook)$/.test(terms[k - 1]!.normal)) cls[k] = 'noun';
    // "hand out", "carry out", "fill in": a particle after a verb is not a verb or noun of its own.
    if (PARTICLES.has(terms[k]!.normal) && cls[k - 1] === 'verb' && !hasComma(terms[k - 1])) cls[k] = 'prep';
  }
  // "Monitor medication compliance and record doses": after "and", a known verb with an object, in a clause
  // that opened with a verb, is the second verb of the pair.
  const parallelVerb = (k: number): boolean => {
    if (!known.has(terms[k]!.normal) || !(inMention.has(k + 1) || ['det', 'noun', 'num'].includes(cls[k + 1] ?? ''))) return false;
    let start = k - 1;
    while (start > 0 && !/[;:.]/.test(terms[start - 1]!.post) && cls[start - 1] !== 'break') start--;
    return cls[start] === 'verb' && !cls.slice(start + 1, k).includes('verb');
  };
  for (let k = 0; k < terms.length; k++) {
    if (verbal.has(k)) {
      cls[k] = 'verb';
      continue;
    }
    if (inMention.has(k)) {
      if (cls[k] === 'verb' || cls[k] === 'adv') cls[k] = 'noun';
      continue;
    }
    const c = cls[k]!;
    if (c !== 'noun' && c !== 'adj' && !(c === 'det' && terms[k]!.normal === 'own')) continue;
    const prev = k > 0 ? terms[k - 1]! : undefined;
    const startsClause = k === 0 || /[;:(•]/.test(prev!.post) || cls[k - 1] === 'break' || (cls[k - 1] === 'to' && (k === 1 || /[;:]/.test(terms[k - 2]!.post)));
    const after = cls[k + 1];
    const objectFollows = after === 'det' || after === 'num' || (after === 'pron' && terms[k + 1]!.normal !== 'you') || (terms[k + 1] && isPossessive(terms[k + 1]!));
    // An imperative at the start of a clause: "Witness buprenorphine dosing", "Score the AUDIT", "Complete the ...".
    if (startsClause) {
      if (objectFollows || (known.has(terms[k]!.normal) && terms[k + 1] && (COMPLEMENTIZERS.has(terms[k + 1]!.normal) || after === 'prep'))) cls[k] = 'verb';
      else if ((c === 'noun' || known.has(terms[k]!.normal)) && (after === 'noun' || after === 'adj')) {
        // ... unless the nouns are the subject of a verb that follows ("Peer staff can't administer ...").
        let j = k + 1;
        // A mention's words are a noun phrase, whatever compromise tagged them ("Witness methadone doses": not "doses" the verb).
        while (j < terms.length && (cls[j] === 'noun' || cls[j] === 'adj' || cls[j] === 'det' || cls[j] === 'num' || inMention.has(j)) && !hasComma(terms[j - 1])) j++;
        const subject = ['aux', 'be', 'neg'].includes(cls[j] ?? '') || (cls[j] === 'verb' && !terms[j]!.tags.has('Gerund') && !hasComma(terms[j - 1]));
        if (!subject) cls[k] = 'verb';
      }
      continue;
    }
    // After a modal, "to" or a coordinating word with an object following: "will initial the log", "and score the ...".
    let p = k - 1;
    while (p >= 0 && cls[p] === 'adv') p--;
    const before = p >= 0 ? cls[p] : undefined;
    if ((before === 'aux' && terms[p]!.normal !== 'do') || (before === 'neg' && p > 0 && cls[p - 1] === 'aux')) cls[k] = 'verb';
    else if (before === 'to' && (objectFollows || terms[k]!.tags.has('Infinitive'))) cls[k] = 'verb';
    else if ((before === 'conj' || hasComma(terms[p] ?? undefined)) && (c === 'adj' ? objectFollows : parallelVerb(k))) cls[k] = 'verb';
  }
  return cls;
}

/** Keeps each mention whose head word's position fits its form: a verb after a subject, "and" or at a clause's start; a noun after a determiner, an adjective, a preposition or a verb. */
function resolveForms(mentions: MentionSpan[], terms: Term[], cls: WordClass[]): Set<MentionSpan> {
  const kept = new Set<MentionSpan>();
  const verbHeads = new Set<number>();
  for (const m of mentions) {
    if (!m.verbal) continue;
    let p = m.head - 1;
    while (p >= 0 && cls[p] === 'adv') p--;
    const prev = p >= 0 ? cls[p] : undefined;
    const gerund = terms[m.head]!.normal.endsWith('ing');
    const nounPosition =
      prev === 'det' || prev === 'adj' || prev === 'num' || (p >= 0 && isPossessive(terms[p]!)) ||
      (prev === 'prep' && !(gerund && ['for', 'in', 'with', 'on', 'of', 'by', 'without', 'than'].includes(terms[p]!.normal))) ||
      (prev === 'verb' && !gerund && !hasComma(terms[p]) && !/[;:]/.test(terms[p]!.post)) ||
      (prev === 'noun' && gerund) ||
      // A noun reading with its own modifiers ("couples counseling") wins over a verb reading.
      mentions.some((n) => !n.verbal && n.head === m.head && n.first < n.head);
    if (nounPosition) continue;
    kept.add(m);
    verbHeads.add(m.head);
  }
  for (const m of mentions) if (!m.verbal && !verbHeads.has(m.head)) kept.add(m);
  return kept;
}

/**
 * Splits the words into clause segments: ";" and ":" end one; "but", "while", "if" ... start one, and a
 * subordinate clause ("When no nurse is on duty, ...") ends at its comma.
 */
function segments(terms: Term[], cls: WordClass[]): number[] {
  const seg: number[] = new Array<number>(terms.length);
  let start = 0;
  let subordinate = false;
  for (let k = 0; k < terms.length; k++) {
    if (k > 0 && /[;:—–]/.test(terms[k - 1]!.post)) {
      start = k;
      subordinate = false;
    } else if (k > 0 && subordinate && hasComma(terms[k - 1])) {
      start = k;
      subordinate = false;
    } else if (cls[k] === 'break' && k > 0 && !(COMPLEMENTIZERS.has(terms[k]!.normal) && cls[k - 1] === 'verb')) {
      start = k;
      subordinate = SUBORDINATORS.has(terms[k]!.normal);
    } else if (k === 0 && cls[k] === 'break') subordinate = SUBORDINATORS.has(terms[k]!.normal);
    seg[k] = start;
  }
  return seg;
}
