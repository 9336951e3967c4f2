import { defineMentionRule } from '../../src/mention-rule.ts';

/** Any statement of who supervises the peer or how. */
const SUPERVISION = new RegExp(
  [
    // A supervisor role ("the Peer Services Supervisor"), not a rule id such as "require-supervision".
    String.raw`(?<![-\w])supervisors?\b`,
    String.raw`\bsupervised\s+by\b|\bunder\s+(?:the\s+)?(?:\w+\s+)?supervision\b`,
    // Supervision the peer receives. A bare "supervision" can be the peer's own work ("training,
    // supervision and development of volunteers"), so it needs a word that says it is given to them.
    String.raw`\b(?:receiv\w*|get|gets|provided\s+with|offered|access\s+to|have|includes?|including|regular|weekly|fortnightly|bi-?weekly|monthly|ongoing|formal|individual|group|clinical|managerial|management|line|peer[- ]informed|peer|reflective|1:1|one[- ]to[- ]one|good|supportive|appropriate|dedicated|protected|with|and)\s+(?:[\w-]+\s+){0,2}?supervision\b(?!\s+(?:to|for|of)\s)`,
    String.raw`\bsupervision\s+(?:will\s+be\s+|is\s+)?(?:provided|given|offered|available|from|with|by|sessions?|meetings?)\b`,
    String.raw`\breport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\b`,
    String.raw`\bline[- ]manage(?:r|rs|ment|d)\b`,
    String.raw`\b(?:managed|overseen|directed|guided|led)\s+by\b`,
    String.raw`\baccountable\s+to\b`,
    String.raw`\bunder\s+the\s+(?:direction|guidance|oversight|leadership)\s+of\b`,
    String.raw`\b(?:reflective\s+practice|clinical\s+oversight|one[- ]to[- ]ones?\s+with\s+(?:your|a|the)\s+(?:manager|lead))\b`,
  ].join('|'),
  'i',
);

export default defineMentionRule({
  id: 'require-supervision',
  category: 'supervision',
  defaultSeverity: 'warning',
  description: 'A peer posting must say who supervises the peer and how.',
  docs: 'rules/require-supervision/README.md',
  appliesTo: 'peer',
  missing: 'The posting never says who supervises the peer or how (no supervisor, "reports to" or peer-informed supervision).',
  suggestion: 'Name the supervisor\'s role and the kind of supervision, e.g. "Reports to the Peer Services Supervisor; weekly one-to-one peer-informed supervision and a licensed clinician on call for clinical questions."',
  mentions: SUPERVISION,
});
