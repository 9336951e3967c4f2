import { defineMentionRule } from '../../src/mention-rule.ts';

/** Training the peer receives: "paid 40-hour training", "training is provided", "induction", "continuing education". */
const TRAINING = new RegExp(
  [
    String.raw`\b(?:paid|provided?|offer(?:ed|s)?|receive|ongoing|initial|full|comprehensive|on[- ]the[- ]job|in[- ]house|specialist|mandatory|regular|structured|free|funded|\d+[- ]hour|we\s+(?:will\s+)?(?:provide|offer|pay\s+for|fund|cover))\s+(?:\w+\s+){0,3}?training\b`,
    String.raw`\btraining\s+(?:is\s+|will\s+be\s+)?(?:provided|offered|paid|included|available|given|funded|opportunities|programme|program|and\s+(?:development|support|supervision))`,
    String.raw`\b(?:induction|orientation|onboarding|preceptorship|continuing\s+education|professional\s+development|personal\s+development|learning\s+and\s+development|CPD|apprenticeship)\b`,
    String.raw`\b(?:opportunit(?:y|ies)|access)\s+(?:for|to)\s+(?:\w+\s+){0,2}?(?:training|learning)\b`,
    String.raw`\b(?:complete|undertake|attend)\s+(?:\w+\s+){0,3}?training\b`,
    String.raw`\b(?:support|help)\s+(?:you\s+)?(?:to\s+)?(?:complete|attend|get)\s+(?:\w+\s+){0,3}?(?:training|certification|course)`,
  ].join('|'),
  'i',
);

export default defineMentionRule({
  id: 'require-training',
  category: 'development',
  defaultSeverity: 'info',
  description: 'A peer posting should say what training the peer gets (initial peer training, ongoing development).',
  docs: 'rules/require-training/README.md',
  appliesTo: 'peer',
  missing: 'The posting never says what training the peer gets (initial peer training, ongoing development).',
  suggestion: 'Say what training comes with the job, e.g. "Paid 40-hour state peer training in your first two months, and ongoing training in trauma-informed care."',
  mentions: (document) => {
    // A training section with some content counts even when its words are not in the pattern.
    const hasTrainingSection = document.sections.some((s) => s.kind === 'training' && s.end > s.start + s.heading.length + 20);
    return hasTrainingSection || TRAINING.test(document.prose);
  },
});
