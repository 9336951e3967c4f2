import type { PostingDocument } from '../../src/document/types.ts';
import { defineMentionRule } from '../../src/mention-rule.ts';

/**
 * Does the posting say what training the peer gets? Training counts when the employer offers, pays for
 * or provides it ("we'll pay for your certification training", "you'll be trained in WRAP", "paid time
 * to attend trainings", "shadow an experienced coach"), not when the peer delivers it to others
 * ("Facilitate WRAP trainings for participants") or must already have it ("must have completed the
 * 40-hour training before hire").
 */
const LEARNING = String.raw`(?:trainings?|courses?|certifications?|classes|curriculum|workshops?|CEUs?|continuing\s+education(?:\s+units?)?|exams?|apprenticeships?)(?![\w-])(?!\s+(?:of|facilit\w*|cent(?:re|er)s?|rooms?|venues?|providers?|leads?|managers?|teams?|departments?)\b)`;

/** Training the employer offers, provides or pays for. */
const OFFERED = new RegExp(
  [
    // "paid 40-hour training", "free certification course", "full induction", "ongoing training"
    String.raw`\b(?:paid|provided?|offered|ongoing|on[- ]the[- ]job|in[- ]house|free|funded|sponsored|no[- ]cost|fully[- ]funded)\s+(?:[\w-]+\s+){0,3}?${LEARNING}`,
    String.raw`\b(?:receive|initial|full|comprehensive|specialist|mandatory|regular|structured|dedicated|protected)\s+(?:[\w-]+\s+){0,3}?trainings?\b`,
    // "we'll pay for / cover / fund / sponsor / reimburse …", "the agency covers the cost of the course"
    String.raw`\b(?:we|we['’]ll|we\s+will|we\s+also|the\s+(?:agency|organi[sz]ation|company|employer|program(?:me)?|trust|team)|our\s+(?:agency|organi[sz]ation|company|team))\s+(?:will\s+|can\s+|may\s+|would\s+)?(?:also\s+)?(?:pay(?:s)?\s+for|covers?|fund(?:s)?|sponsor(?:s)?|reimburse(?:s)?|provide(?:s)?|offer(?:s)?|arrange(?:s)?|support(?:s)?|invest(?:s)?\s+in)\s+(?:[\w'’-]+\s+){0,8}?${LEARNING}`,
    String.raw`\b(?:we|we['’]ll|we\s+will|the\s+(?:agency|organi[sz]ation|company|employer))\s+(?:will\s+)?(?:sponsor|put)\s+(?:you|new\s+(?:hires|staff))\s+(?:through|on)\b`,
    // "training is provided", "the course fees are covered", "trainings are on us", "at no cost to you"
    String.raw`\b${LEARNING}\s+(?:[\w'’-]+\s+){0,5}?(?:(?:is|are|will\s+be|can\s+be)\s+)?(?:fully\s+)?(?:provided|offered|paid(?:\s+for)?|included|available|given|funded|covered|reimbursed|sponsored|on\s+us)\b`,
    String.raw`\b${LEARNING}\s+(?:[\w'’-]+\s+){0,4}?(?:at\s+no\s+(?:cost|charge)|free\s+of\s+charge|on\s+us|paid\s+for\s+by\s+(?:us|the\s+\w+))`,
    String.raw`\b(?:costs?|fees?|tuition)\s+(?:of|for)\s+(?:[\w'’-]+\s+){0,5}?${LEARNING}\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|will\s+be)\s+(?:fully\s+)?(?:covered|paid|reimbursed|funded)`,
    String.raw`\btraining\s+(?:opportunities|programmes?|programs?|budget|allowance|and\s+(?:development|support|supervision))\b`,
    // "you'll be trained in WRAP", "we will train you", "learn on the job"
    String.raw`\b(?:you|you['’]ll|new\s+(?:hires|staff|peers))\s+(?:will\s+)?(?:be\s+)?(?:fully\s+|thoroughly\s+)?trained\b|\b(?:we|we['’]ll|we\s+will)\s+(?:will\s+)?train\s+(?:you|new)\b`,
    String.raw`\b(?:induction|orientation|onboarding|preceptorship|continuing\s+education|professional\s+development|personal\s+development|learning\s+and\s+development|CPD|shadowing)\b`,
    String.raw`\bshadow\s+(?:an?|our|the|experienced|senior)\b`,
    String.raw`\b(?:opportunit(?:y|ies)|openings?|chances?|access|time|budget|funding|support|time\s+off)\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}?(?:${LEARNING}|learning\b)`,
    String.raw`\b(?:support|help)\s+(?:you\s+)?(?:to\s+)?(?:complete|attend|get|gain|earn|achieve)\s+(?:[\w-]+\s+){0,3}?(?:${LEARNING}|certified|qualifications?)`,
  ].join('|'),
  'i',
);
/** Training the peer takes part in, which counts unless it is a condition of hire. */
const TAKES_PART = new RegExp(String.raw`\b(?:complete|undertake|attend|receive|participate\s+in|study(?:ing)?\s+(?:towards|for))\s+(?:[\w-]+\s+){0,3}?${LEARNING}`, 'i');
const REQUIRED_BEFORE = /\b(?:must\s+have|have\s+(?:already\s+)?completed|having\s+completed|completion\s+of|prior\s+to\s+(?:hire|start|employment|commencement|appointment)|before\s+(?:hire|hiring|you\s+start|starting|applying)|already\s+(?:hold|have|completed))\b/i;
/** The peer delivering training to others: an imperative giving verb, with no "we" or "you'll receive". */
const DELIVERS = /^[\s\-*•]*(?:(?:you|the\s+(?:peer|post(?:holder)?|role))\s+(?:will|would|may)\s+|you['’]ll\s+|will\s+|to\s+|and\s+|also\s+|help\s+)*(?:deliver|facilitate|co-?facilitate|lead|co-?lead|conduct|teach|present|run|provide|offer|coordinate|organi[sz]e|develop|design|plan)s?\b/i;

/** In "Benefits" or "Training" a bullet such as "Offers paid training" is what the employer gives. */
function offersTraining(sentence: string, inBenefits: boolean): boolean {
  if (!inBenefits && DELIVERS.test(sentence)) return false;
  if (OFFERED.test(sentence)) return true;
  return TAKES_PART.test(sentence) && !REQUIRED_BEFORE.test(sentence);
}

function mentionsTraining(document: PostingDocument): boolean {
  const { sections, blocks, sentences } = document;
  // A training section with some content counts even when its words are not in the patterns.
  const hasTrainingSection = sections.some((s) => s.kind === 'training' && s.end > s.start + s.heading.length + 20);
  return (
    hasTrainingSection ||
    sentences.some((s) => {
      const kind = sections[blocks[s.block]!.section]!.kind;
      return offersTraining(s.text, kind === 'benefits' || kind === 'training');
    })
  );
}

export default defineMentionRule({
  id: 'require-training',
  category: 'development',
  defaultSeverity: 'info',
  description: 'A peer posting should say what training the peer gets (initial peer training, ongoing development).',
  docs: 'rules/require-training/README.md',
  appliesTo: 'peer',
  missing: 'The posting never says what training the peer gets (initial peer training, ongoing development).',
  suggestion: 'Say what training comes with the job, e.g. "Paid 40-hour state peer training in your first two months, and ongoing training in trauma-informed care."',
  mentions: mentionsTraining,
});
