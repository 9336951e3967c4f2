import type { PostingDocument } from '../../src/document/types.ts';
import { defineMentionRule } from '../../src/mention-rule.ts';
import words from './words.yaml';
import { allMatches } from '../../src/matches.ts';

/**
 * Does the posting say who supervises the peer, or how? Read as a person would: a reporting line counts
 * when it names a person or role ("reports to the Clinical Director", "Responsible to: Team Manager"), not
 * a funder, state, board or document ("monthly reports to the funder"); supervision counts when the peer
 * receives it ("weekly one-to-one supervision", "our Peer Team Lead meets with each peer weekly"), not
 * when the peer gives it ("provide supervision to volunteers", "acts as shift supervisor").
 */
const lists = words as Record<string, string[]> & { 'not-supervising': Record<string, string[]> };
const list = (name: string) => `(?:${lists[name]!.join('|')})`;
/** "case manager", "probation officer"…: a modifier and the role words it makes someone's own job. */
const notSupervising = Object.entries(lists['not-supervising']);
const word = (source: string, flags = 'i') => new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, flags);

/** A reporting line given as a label, at the start of a line. */
const LABEL =
  /^[ \t]*(?:[-*•][ \t]+)?(?:(?:(?:professionally|clinically|managerially|operationally|directly)[ \t]+)?(?:responsible|accountable|reports?|reporting)[ \t]+(?:in)?to|reporting[ \t]+line|line[ \t]+manage(?:r|ment)|(?:direct[ \t]+)?supervisor|supervised[ \t]+by|managed[ \t]+by|supervision)[ \t]*(?::|[–—-][ \t])[ \t]*\S/im;
/** A verb that links the peer to the person above them; what follows must be a supervising role. */
const LINK = /(?<![\w-])(?:(report(?:s|ing)?)[ \t]+(?:directly[ \t]+|formally[ \t]+)?(?:in)?to|(?:accountable|responsible|answerable)[ \t]+to(?=(?:[ \t]*:)?[ \t]*(?:the|an?|our|your|their|its|this|each|[A-Z])\b)|(?:supervised|managed|line[- ]managed|overseen|directed|guided|led|(mentored|coached|supported))[ \t]+by)(?:[ \t]*:)?[ \t]*/gi;
/** The clause is about the peer: "You will be supported by…", "The post is clinically supported by…", "Supported by…". */
const FOR_THE_PEER = /^[\s\-*•]*(?:(?:fully|well|closely|clinically|professionally|directly|very\s+well)\s+)*$|\b(?:you|your|you['’](?:ll|re)|post|post[- ]?holder|role|position|candidates?|applicants?|peers?)\b/i;
/** "reports" as a noun ("monthly reports to the funder", "submit activity reports to your manager"). */
const REPORT_AS_NOUN = /(?<![\w-])(?:an?|the|any|all|these|those|your|our|its|their|required|mandatory|regular|timely|accurate|written|monthly|weekly|quarterly|annual|daily|progress|activity|data|incident|outcome|statistical|financial|complete|completing|submit|submitting|send|sending|write|writing|prepare|preparing|produce|producing|provide|providing|file|filing|compile|compiling|make|making|deliver|delivering)[ \t]+$/i;
/** Words that end the noun phrase after "reports to": prepositions, conjunctions, time words. */
const PHRASE_END = /^(?:of|for|in|at|on|within|with|from|about|regarding|by|and|or|but|who|whom|which|that|while|to|as|when|if|via|through|during|under|over|plus|weekly|daily|monthly|fortnightly|regularly|directly|closely|each|every)$/i;
const ROLE = new RegExp(`^${list('supervising-role')}$`, 'i');
const NOT_SUPERVISING = new RegExp(`^(?:${notSupervising.map(([modifier, roles]) => `${modifier} (?:${roles.join('|')})`).join('|')})$`, 'i');
/** Words that start a new clause after the role ("Reporting to the Lead Nurse the post holder is…"). */
const CLAUSE_START = /^(?:the|a|an|this|that|our|your|their|its|you|we|they|he|she|it|is|are|was|were|will|would|has|have|can|may|must|shall|should)$/i;

/**
 * True when the noun phrase starting at `text[from]` is headed by a supervising role: "the Director of
 * Recovery Services" (head before "of"), "the Clinical Director and Operations Manager" (either side of
 * "and"), "Dana Ruiz, Peer Team Lead" (a name, then the role after a comma).
 */
function namesSupervisor(text: string, from: number): boolean {
  const tokens = text.slice(from, from + 120).match(/[\w'’&.-]+|[,;:()—–]/g) ?? [];
  let phrase: string[] = [];
  let appositive = false;
  for (const token of tokens) {
    const bare = token.replace(/(?:['’]s|\.)$/, '');
    if (isRole(phrase) && (PHRASE_END.test(bare) || CLAUSE_START.test(bare) || /^[,;:()—–]$/.test(token))) return true;
    if (/^(?:and|or|&)$/i.test(bare)) {
      phrase = [];
      continue;
    }
    if (/^[,;:()—–]$/.test(token) || PHRASE_END.test(bare) || phrase.length === 8) {
      // One appositive: after a person's name ("reports to Dana Ruiz, Peer Team Lead") or in brackets.
      const named = token === ',' && phrase.length <= 3 && phrase.every((w) => /^[A-Z]/.test(w));
      if (appositive || !(named || token === '(')) return false;
      appositive = true;
      phrase = [];
      continue;
    }
    phrase.push(bare);
  }
  return isRole(phrase);
}
/** The phrase ends in a supervising role, possibly followed by the person's name ("the Imaging Manager Fiona"). */
function isRole(phrase: string[]): boolean {
  for (let end = phrase.length; end > 0 && end >= phrase.length - 2; end--) {
    const head = phrase[end - 1]!;
    if (ROLE.test(head) && !NOT_SUPERVISING.test(phrase.slice(Math.max(0, end - 2), end).join(' '))) return true;
    if (!/^[A-Z][a-z]+$/.test(head)) return false; // only a name may follow the role
  }
  return false;
}

/** Supervision the peer receives ("weekly peer-informed supervision", "supervision is provided by…"). */
const RECEIVED = [
  /\b(?:receiv\w*|get|gets|provided\s+with|offered|access\s+to|have|includes?|including|regular|weekly|fortnightly|bi-?weekly|monthly|ongoing|formal|individual|group|clinical|managerial|management|line|peer[- ]informed|peer|reflective|1:1|1\s+to\s+1|one[- ]to[- ]one|good|supportive|appropriate|dedicated|protected|with|and)\s+(?:[\w-]+\s+){0,2}?supervision\b(?!\s+(?:to|for|of)\s)/i,
  /\bsupervision\s+(?:will\s+be\s+|is\s+)?(?:provided|given|offered|available|from|with|by|sessions?|meetings?|programmes?|programs?|structures?|plans?|arrangements|policy)\b/i,
  /\bsupervision\s+(?:and|&)\s+(?:appraisals?|support|training|development|reflective\s+practice|mentoring|CPD)\b(?!\s+(?:to|for|of)\s)/i,
  /\bsupervisory\s+(?:support|processes|sessions?|meetings?|arrangements|structures?|relationship)\b/i,
  /\b(?:reflective\s+practice|clinical\s+oversight)\b/i,
];
/** Working under someone: "under the direction of the nurse in charge", "under clinical supervision". */
const UNDER = /\bunder\s+(?:the\s+)?(?:[\w-]+\s+)?supervision\b|\bunder\s+the\s+(?:[\w-]+\s+)?(?:direction|guidance|oversight|leadership|management|supervision)\s+of\b/i;
/** A clause whose verb gives something ("Provide supervision…", "You will facilitate reflective practice"). */
const GIVES = new RegExp(`^[\\s\\-*•]*(?:(?:you|the\\s+(?:peer|post(?:holder)?|role|successful\\s+candidate))\\s+(?:will|would|shall|may)\\s+|you['’]ll\\s+|will\\s+|to\\s+|and\\s+|also\\s+|help\\s+)*${list('giving')}(?![\\w-])`, 'i');

/**
 * A supervisor or line manager mentioned as someone else's role ("your supervisor", "agreed with your line
 * manager"), not the peer's own job or goal ("acts as shift supervisor", "a path to Peer Supervisor"), nor
 * the applicant's current manager ("permission from your current line manager").
 */
const SUPERVISOR = /(?<![-\w])(?:supervisors?|line[- ]managers?)\b/gi;
const OWN_ROLE_BEFORE = /(?:\b(?:as|become|becoming|became|promot\w*\s+to|progress\w*\s+to|path(?:way)?\s+to|advance\w*\s+to|step\s+up\s+to|move\s+up\s+to|ladder\s+to|grow\s+into|develop\s+into|current|previous|present|former|existing)\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,3})$/i;
const OWN_ROLE_AFTER = /^\s+(?:role|position|post|duties|responsibilit\w*|opportunit\w*|vacanc\w*|level|experience|(?:for|of|to)\s+(?:[\w-]+\s+){0,2}?(?:volunteers?|students?|placements?|interns?|trainees?|staff|teams?|others|mentors|workers))\b/i;

/**
 * Supervision described in prose: the peer meets (regularly) with a supervising person ("you'll have
 * fortnightly one-to-ones with your line manager"), or that person meets with the peer ("our Peer Team
 * Lead meets with each peer specialist weekly"). Meeting with participants, or the peer's own title
 * ("As a Peer Mentor, you will meet weekly with participants"), is not supervision.
 */
const MEETING = word(list('meeting'));
const PERSON = `(?<!(?:${notSupervising.map(([modifier]) => modifier).join('|')})[ -])(?<![\\w-])${list('supervising-person')}(?![\\w-])`;
const MEETS_PERSON = new RegExp(
  `(?<![\\w-])(?:${list('meeting')}\\s+(?:[\\w'’-]+\\s+){0,4}?(?:with|alongside)|${list('backing')}\\s+(?:[\\w'’-]+\\s+){0,4}?(?:from|by))\\s+(?:[\\w'’-]+\\s+){0,4}?${PERSON}`,
  'i',
);
const PERSON_MEETS = new RegExp(`${PERSON}[^.;!?]{0,100}?(?<![\\w-])${list('meeting')}(?![\\w-])[^.;!?]{0,30}?\\b(?:you|each|every|all)\\b`, 'i');
const PERSON_ANYWHERE = new RegExp(PERSON, 'i');
/** Someone to turn to: "a licensed clinician is always on call for clinical questions". */
const BACKUP = /\b(?:clinicians?|clinical\s+(?:staff|team|lead|supervisor)|nurses?|psychiatrists?|psychologists?|supervisors?|managers?|(?:team|peer|clinical)\s+leads?)\b[^.;!?]{0,30}?\b(?:on[- ]call|available)\s+(?:to\s+you|for\s+(?:you|support|consultation|questions|advice|back-?up|guidance|clinical\s+(?:questions|advice|support)))/i;
const BACKING = word(list('backing'));
const REGULARLY = word(list('regularly'));
const TO_THE_PEER = /\b(?:you|your|each|every|all)\b/i;

function statesSupervision(sentence: string, inSupervisionSection: boolean): boolean {
  if (LABEL.test(sentence)) return true;
  for (const m of allMatches(LINK, sentence)) {
    if (m[1] && REPORT_AS_NOUN.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    // Support is everywhere ("a department supported by research nurses"): it counts when the peer gets it.
    if (m[2] && !FOR_THE_PEER.test(sentence.slice(0, m.index).split(/[,;:•]/).pop()!)) continue;
    if (namesSupervisor(sentence, m.index + m[0].length)) return true;
  }
  if (UNDER.test(sentence)) return true;
  if (RECEIVED.some((p) => p.test(sentence)) && !GIVES.test(sentence)) return true;
  for (const m of allMatches(SUPERVISOR, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 60), m.index);
    if (!OWN_ROLE_BEFORE.test(before) && !OWN_ROLE_AFTER.test(sentence.slice(m.index + m[0].length))) return true;
  }
  if (MEETS_PERSON.test(sentence) && (REGULARLY.test(sentence) || TO_THE_PEER.test(sentence))) return true;
  if (PERSON_MEETS.test(sentence) || BACKUP.test(sentence)) return true;
  // Under a "Supervision and support" heading, a meeting or a supervising person is the peer's own.
  return inSupervisionSection && (MEETING.test(sentence) || BACKING.test(sentence) || PERSON_ANYWHERE.test(sentence)) && !GIVES.test(sentence);
}

function mentionsSupervision(document: PostingDocument): boolean {
  const { sentences, blocks, sections } = document;
  return sentences.some((s) => {
    const block = blocks[s.block]!;
    return statesSupervision(s.text, block.kind !== 'heading' && sections[block.section]!.kind === 'supervision');
  });
}

export default defineMentionRule({
  id: 'require-supervision',
  category: 'supervision',
  defaultSeverity: 'warning',
  description: 'A peer posting must say who supervises the peer and how.',
  docs: 'rules/require-supervision/README.md',
  appliesTo: 'peer',
  missing: 'The posting never says who supervises the peer or how (no supervisor, "reports to" or peer-informed supervision).',
  suggestion: 'Name the supervisor\'s role and the kind of supervision, e.g. "Reports to the Peer Services Supervisor; weekly one-to-one peer-informed supervision and a licensed clinician on call for clinical questions."',
  mentions: mentionsSupervision,
});
