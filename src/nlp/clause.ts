import type { Term } from './nlp.ts';

/** Who a duty belongs to, as far as the sentence says. */
export type Actor = 'peer' | 'other-staff' | 'organization' | 'participant' | 'unstated';

export interface DutyContext {
  actor: Actor;
  negated: boolean;
  delegated: boolean;
}

const CLAUSE_BREAK_WORDS = new Set(['but', 'however', 'whereas', 'while', 'although', 'though', 'unlike', 'instead', 'yet']);
const NEGATIONS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'cannot', "n't", 'none']);
/** Words between a subject and its verb that do not change whose duty it is. */
const VERB_CHAIN = /^(?:will|shall|would|should|must|may|might|can|could|do|does|did|is|are|was|were|be|been|being|also|often|sometimes|regularly|routinely|independently|directly|personally|then|responsible|expected|required|asked|able|tasked|trained|qualified|authorized|authorised|allowed|permitted|to|for|with|and|or|has|have|had|need|needs|each|typically|usually|primarily|mainly|even)$/;
/** Verbs that hand a clinical task to someone else or put the peer in a supporting part. */
const DELEGATING = /^(?:assist|assists|assisting|help|helps|helping|support|supports|supporting|participate|participates|participating|contribute|contributes|contributing|collaborate|collaborates|collaborating|refer|refers|referring|link|links|linking|connect|connects|connecting|prepare|prepares|preparing|encourage|encourages|encouraging|accompany|accompanies|accompanying|observe|observes|observing|shadow|attend|attends|attending|access|accessing|join|joining|inform|informs|informing|explain|explains|explaining|engage|engages|engaging|empower|empowers|empowering|enable|enables|enabling|understand|understanding|navigate|navigating|complement|complements|complementing|reinforce|reinforces|reinforcing|coordinate|coordinates|coordinating|liaise|liaises|liaising|advocate|advocates|advocating|input|inform|ensure|ensures|ensuring)$/;
const OTHER_STAFF = /^(?:clinicians?|therapists?|psychotherapists?|counsel(?:l)?ors?|psychiatrists?|psychologists?|nurses?|physicians?|doctors?|prescribers?|practitioners?|lcsws?|lpcs?|lmhcs?|lmfts?|lcdcs?|ladcs?|rns?|lpns?|mds?|nps?|aprns?|pas?|staff|team|teams|workers?|managers?|clinical|medical|licensed|psychiatry|nursing|providers?|professionals?|colleagues?|supervisors?|consultants?|gp|gps)$/;
const ORGANIZATION = /^(?:we|us|our|agency|organization|organisation|program|programme|service|services|clinic|center|centre|company|hospital|trust|practice|unit|facility|department)$/;
const PARTICIPANT = /^(?:participants?|clients?|members?|consumers?|residents?|individuals?|people|persons?|patients?|youth|families|family|guests?|veterans?|survivors?|users?|adults?|children|parents?|caregivers?)$/;
const PEER = /^(?:you|your|peers?|specialists?|coach(?:es)?|mentors?|navigators?|advocates?|partners?|i|yourself|cps|cprs)$/;
const RELATIVE = /^(?:who|that|which|whom)$/;

/** "... is not part of this role", "... is outside the peer's scope": a negation after the duty. */
export function negatedAfter(rest: string): boolean {
  const clause = rest.split(/[;:]|\bbut\b|\bhowever\b/i)[0]!;
  return /\b(?:(?:is|are|will\s+be)\s+(?:not|never)\s+(?:part|expected|required|permitted|allowed|within|a\s+duty|the\s+peer)|outside\s+(?:of\s+)?(?:the|your|our|their|this)\b|not\s+(?:within|in)\s+(?:the|your|this)\s+(?:scope|role))/i.test(clause);
}

/**
 * A duty that opens its sentence ("- Conduct intake assessments.") has no subject, no negation and
 * no delegating verb before it, so only what follows can change it; no NLP is needed.
 */
export function readLeadingDutyContext(rest: string): DutyContext {
  return { actor: 'unstated', negated: negatedAfter(rest), delegated: false };
}

/**
 * Reads the clause around a duty verb at `verbIndex`: is it negated, is the peer only supporting
 * someone else's work, and whose duty is it. Works on compromise's tagged terms; the verb's own
 * clause runs back to the nearest ; : or contrastive conjunction (commas do not end it, so a
 * negation scopes over a list: "peers do not diagnose, provide therapy or handle medications").
 */
export function readDutyContext(terms: Term[], verbIndex: number): DutyContext {
  let clauseStart = 0;
  for (let i = verbIndex - 1; i >= 0; i--) {
    if (/[;:]/.test(terms[i]!.post) || CLAUSE_BREAK_WORDS.has(terms[i]!.normal)) {
      clauseStart = i + 1;
      break;
    }
  }
  let clauseEnd = terms.length;
  for (let i = verbIndex; i < terms.length; i++) {
    if (/[;:]/.test(terms[i]!.post) || (i > verbIndex && CLAUSE_BREAK_WORDS.has(terms[i]!.normal))) {
      clauseEnd = i + 1;
      break;
    }
  }
  const before = terms.slice(clauseStart, verbIndex);
  const after = terms.slice(verbIndex, clauseEnd);

  const negated =
    before.some((t) => t.tags.has('Negative') || NEGATIONS.has(t.normal) || /^(?:rather|instead|other)$/.test(t.normal)) ||
    negatedAfter(after.map((t) => t.normal).join(' '));

  // The nearest word before the verb chain is the subject (or, for "who", its antecedent).
  let actor: Actor = 'unstated';
  let delegated = false;
  // The nearest full verb before the duty verb governs it: "assist the team in developing ...".
  for (let i = verbIndex - 1; i >= clauseStart; i--) {
    const t = terms[i]!;
    const word = t.normal.replace(/[^a-z']/g, '');
    const isVerb = t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Infinitive') || t.tags.has('Imperative');
    if (DELEGATING.test(word) && (isVerb || i === clauseStart)) {
      delegated = true;
      break;
    }
    if (isVerb && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula') && !VERB_CHAIN.test(word)) break;
  }
  for (let i = verbIndex - 1; i >= clauseStart; i--) {
    const t = terms[i]!;
    const word = t.normal.replace(/[^a-z']/g, '');
    if (RELATIVE.test(word)) continue;
    if (VERB_CHAIN.test(word) || t.tags.has('Adverb') || t.tags.has('Negative') || t.tags.has('Auxiliary')) continue;
    if (t.tags.has('Noun') || t.tags.has('Pronoun')) {
      actor = classifyActor(terms, i);
      // "The service for adults with autism provides ...": the subject's head is the clause's first noun.
      const first = terms.findIndex((u, k) => k >= clauseStart && (u.tags.has('Noun') || u.tags.has('Pronoun')));
      const verbBetween = terms.slice(first, i).some((u) => u.tags.has('Verb'));
      if (actor === 'unstated' && first >= 0 && first < i && !verbBetween) actor = classifyActor(terms, first);
      break;
    }
    // Any other word (a preposition, a verb of a previous list item) ends the search.
    break;
  }
  return { actor, negated, delegated };
}

/** Classifies the noun phrase whose head is at `head` (reading its modifiers to the left). */
function classifyActor(terms: Term[], head: number): Actor {
  const phrase: string[] = [];
  for (let i = head; i >= 0 && i > head - 4; i--) {
    const t = terms[i]!;
    if (i < head && !(t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive'))) break;
    phrase.push(t.normal.replace(/[^a-z']/g, '').replace(/'s$/, ''));
    if (i < head && /[,;:]/.test(t.post)) break;
  }
  if (phrase.some((w) => PEER.test(w))) return 'peer';
  if (phrase.some((w) => OTHER_STAFF.test(w))) return 'other-staff';
  if (phrase.some((w) => ORGANIZATION.test(w))) return 'organization';
  if (phrase.some((w) => PARTICIPANT.test(w))) return 'participant';
  return 'unstated';
}
