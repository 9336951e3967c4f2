import { mentionsAnyActivity } from './activities.ts';
import type { PostingDocument } from './document/types.ts';
import { leadInOf, statesPeerBoundary } from './duties.ts';
import type { Nlp } from './nlp/nlp.ts';

/**
 * What a posting says about the peer's scope, shared by require-scope-statement and no-vague-duties:
 * whether it describes the duties at all, and whether it says what the peer does not do.
 */

/** A heading for the role's limits: "What this role does not include", "Boundaries", "Scope of practice". */
const BOUNDARY_HEADING = /\b(?:not|isn['’]t|won['’]t|don['’]t|never|boundar|limits?\b|scope\s+of\s+(?:practice|the\s+role|peer)|outside\s+(?:the\s+)?(?:role|scope))/i;

/** Sentences that draw the line without naming an activity: "This is a non-clinical role", "outside the peer's scope". */
const BOUNDARY = new RegExp(
  [
    String.raw`\bnon-?clinical\s+(?:role|position|post|job|support|capacity)`,
    String.raw`\bnot\s+(?:a\s+)?clinical\s+(?:role|position|post|job)`,
    String.raw`\boutside\s+(?:of\s+)?(?:the\s+|a\s+|your\s+|this\s+)?(?:peer(?:['’]s|s['’])?\s+)?(?:role|scope)`,
    String.raw`\b(?:not|never)\s+(?:be\s+)?(?:within|in|part\s+of)\s+(?:the\s+|this\s+|your\s+|a\s+peer['’]s\s+)?(?:scope|role|job)`,
    String.raw`\bscope\s+of\s+(?:peer\s+)?(?:practice|support|the\s+(?:peer\s+)?role)`,
    String.raw`\b(?:is|are)\s+not\s+(?:a\s+)?(?:therapists?|clinicians?|counsel(?:l)?ors?|case\s+managers?|sponsors?|nurses?)\b`,
  ].join('|'),
  'i',
);

/** Cheap test before reading a sentence's clauses: some negation and some clinical activity. */
const NEGATION_CUE = /\b(?:not|never|no|neither|nor|without|cannot|rather\s+than|instead\s+of|exclud\w*|avoid\w*|refrain\w*|prohibit\w*)\b|n['’]t\b/i;

/** A paragraph that opens with bold text acts as a heading: "**What you won't do.** ...". */
function boldLead(document: PostingDocument, start: number, end: number): string | undefined {
  return /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)/.exec(document.text.slice(start, end))?.[1];
}

/**
 * True when the posting says what the peer does not do: a boundary heading (or bold lead-in), a
 * sentence such as "This is a non-clinical role", or a clinical activity the clause reader reads as the
 * peer's and negated ("Youth Peer Mentors do not diagnose or provide therapy", "is not responsible for
 * clinical assessments", "Peers won't hold a caseload").
 */
export function statesBoundaries(document: PostingDocument, nlp: Nlp): boolean {
  if (document.sections.some((s) => s.depth > 0 && BOUNDARY_HEADING.test(s.heading))) return true;
  if (document.blocks.some((b) => b.kind === 'paragraph' && BOUNDARY_HEADING.test(boldLead(document, b.start, b.end) ?? ''))) return true;
  if (BOUNDARY.test(document.prose)) return true;
  return document.sentences.some((s) => (NEGATION_CUE.test(s.text) || leadInOf(document, s)?.kind === 'negated') && mentionsAnyActivity(s.text) && statesPeerBoundary(document, nlp, s));
}

/** True when the posting describes the job's duties: a duties section with content, or a list of at least three items. */
export function describesDuties(document: PostingDocument): boolean {
  const dutySentences = document.sentences.filter((s) => document.sections[document.blocks[s.block]!.section]!.kind === 'duties');
  if (dutySentences.length >= 2) return true;
  return document.blocks.filter((b) => b.kind === 'list-item').length >= 3;
}
