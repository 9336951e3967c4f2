import type { PostingDocument } from './document/types.ts';

/**
 * What a posting says about the peer's scope, shared by require-scope-statement and no-vague-duties:
 * whether it describes the duties at all, and whether it says what the peer does not do.
 */

/** A heading for the role's limits: "What this role does not include", "Boundaries", "Scope of practice". */
const BOUNDARY_HEADING = /\b(?:not|isn['’]t|boundar|limits?\b|scope\s+of\s+(?:practice|the\s+role|peer)|outside\s+(?:the\s+)?(?:role|scope))/i;

/** A sentence that draws the line: "Peers do not diagnose", "This is a non-clinical role", "outside the peer's scope". */
const BOUNDARY = new RegExp(
  [
    String.raw`\bnon-?clinical\s+(?:role|position|post|job|support|capacity)`,
    String.raw`\bnot\s+(?:a\s+)?clinical\s+(?:role|position|post|job)`,
    String.raw`\boutside\s+(?:of\s+)?(?:the\s+|a\s+|your\s+|this\s+)?(?:peer(?:['’]s|s['’])?\s+)?(?:role|scope)`,
    String.raw`\b(?:not|never)\s+(?:be\s+)?(?:within|in|part\s+of)\s+(?:the\s+|this\s+|your\s+|a\s+peer['’]s\s+)?(?:scope|role|job)`,
    String.raw`\b(?:peers?|peer\s+(?:staff|workers?|specialists?|supporters?)|this\s+(?:role|position|post|job)|the\s+role|you)\s+(?:will\s+|would\s+|do(?:es)?\s+|is\s+|are\s+|should\s+|must\s+|can\s+)?(?:not|never|n['’]t)\s+(?:be\s+asked\s+to\s+|be\s+expected\s+to\s+|be\s+required\s+to\s+|include\s+|involve\s+)?(?:\w+\s+){0,2}?(?:provid|diagnos|prescrib|dispens|administer|conduct|write|deliver|do|offer|act|serve|carry|replace|substitute|give|make|includ|involv|therap|counsel|clinical|a\s+(?:therapist|clinician|counsel|case\s+manager|sponsor))`,
    String.raw`\bscope\s+of\s+(?:peer\s+)?(?:practice|support|the\s+(?:peer\s+)?role)`,
    String.raw`\b(?:does|do|will)\s+not\s+(?:include|involve)\s+(?:any\s+)?(?:clinical|therapy|counsel|diagnos|medication|case)`,
  ].join('|'),
  'i',
);

/** True when the posting says what the peer does not do (a boundary heading or sentence). */
export function statesBoundaries(document: PostingDocument): boolean {
  return document.sections.some((s) => s.depth > 0 && BOUNDARY_HEADING.test(s.heading)) || BOUNDARY.test(document.prose);
}

/** True when the posting describes the job's duties: a duties section with content, or a list of at least three items. */
export function describesDuties(document: PostingDocument): boolean {
  const dutySentences = document.sentences.filter((s) => document.sections[document.blocks[s.block]!.section]!.kind === 'duties');
  if (dutySentences.length >= 2) return true;
  return document.blocks.filter((b) => b.kind === 'list-item').length >= 3;
}
