import { defineMentionRule } from '../../src/mention-rule.ts';

/** Any ask for the applicant's own experience of recovery, of services, or as a family member or caregiver. */
const LIVED_EXPERIENCE = new RegExp(
  [
    String.raw`\blived[- ]experience\b`,
    String.raw`\bexperts?\s+by\s+(?:experience|lived)`,
    String.raw`\b(?:personal|first[- ]hand|direct|own)\s+(?:\w+\s+){0,2}?experience\s+(?:of|with|in)\b`,
    String.raw`\b(?:your|own|personal)\s+(?:\w+\s+){0,2}?(?:recovery|journey|story|experiences?)\b`,
    String.raw`\b(?:in|of)\s+(?:your\s+own\s+|personal\s+|long[- ]term\s+|sustained\s+)?recovery\s+(?:from|for\s+at\s+least|journey)`,
    String.raw`\bself[- ]identif(?:y|ies|ied|ying)\b`,
    String.raw`\b(?:parent|caregiver|carer|family\s+member|guardian)\s+(?:of|to)\s+(?:a\s+)?(?:child|youth|young\s+person|someone|a\s+person|family\s+member|loved\s+one)`,
    String.raw`\b(?:used|received|navigated|experienced)\s+(?:\w+\s+){0,2}?(?:services|systems?|treatment|care)\b`,
    String.raw`\bpeers?\s+(?:are|is)\s+people\s+(?:who|with)`,
  ].join('|'),
  'i',
);

export default defineMentionRule({
  id: 'require-lived-experience',
  category: 'qualifications',
  defaultSeverity: 'warning',
  description: 'A peer posting must ask for lived experience: a peer role that never asks for it is not a peer role.',
  docs: 'rules/require-lived-experience/README.md',
  appliesTo: 'peer',
  missing: 'The posting is for a peer role but never asks for lived experience of recovery, of services or as a family member.',
  suggestion: 'Ask for it, and let applicants self-attest: "Lived experience of recovery from mental health or substance use challenges, and willingness to share it to support others."',
  mentions: LIVED_EXPERIENCE,
});
