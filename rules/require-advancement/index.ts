import { defineMentionRule } from '../../src/mention-rule.ts';

/** A way up: a career ladder, pay steps, a senior or lead peer role, progression. */
const ADVANCEMENT = new RegExp(
  [
    String.raw`\badvancement\b`,
    String.raw`\bcareer\s+(?:path\w*|ladder|progression|development|growth|opportunit\w+|framework|pathway)`,
    String.raw`\bpromotion(?:al)?\b`,
    String.raw`\bprogression\b`,
    String.raw`\b(?:step|annual|merit)\s+(?:increase|raise)s?\b`,
    String.raw`\bpay\s+(?:steps?|progression|ladder)\b`,
    String.raw`\bincrement(?:s|al)?\b`,
    String.raw`\b(?:senior|lead)\s+peer\b`,
    String.raw`\bpeer\s+(?:lead|supervisor|coordinator)\s+(?:role|position|post)s?\b`,
    String.raw`\b(?:opportunit(?:y|ies)|room|chance)\s+(?:to|for)\s+(?:grow|advance|progress|develop\s+your\s+career)`,
    String.raw`\bgrow\s+(?:into|your\s+career|with\s+us)`,
  ].join('|'),
  'i',
);

export default defineMentionRule({
  id: 'require-advancement',
  category: 'development',
  defaultSeverity: 'info',
  description: 'A peer posting should say how the peer can advance (pay steps, senior or lead peer roles, a career ladder).',
  docs: 'rules/require-advancement/README.md',
  appliesTo: 'peer',
  missing: 'The posting never says how the peer can advance (pay steps, a senior or lead peer role, a career ladder).',
  suggestion: 'Describe the way up, e.g. "Step increase after certification; Senior Peer Specialist and Peer Supervisor roles are filled from within."',
  mentions: ADVANCEMENT,
});
