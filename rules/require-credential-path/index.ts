import { defineMentionRule } from '../../src/mention-rule.ts';

/** A state-recognised peer credential, or a path to one. */
const CREDENTIAL = new RegExp(
  [
    String.raw`\bcertif(?:ied|ication|icate)\b`,
    String.raw`\bcredential(?:ed|ing|s)?\b`,
    String.raw`\b(?:CPS|CPRS|CRPA|CPRC|CRPS|CPSS|CPC|CFPA|CPRM|NCPRSS|CARC|PRSS|CRSS|FPA|YPA)\b`,
    String.raw`\b(?:registered|licensed)\s+(?:peer|recovery)\b`,
    String.raw`\b(?:eligible|eligibility)\s+(?:for|to\s+(?:sit|take|apply|register))\b`,
    String.raw`\bapprenticeship\b`,
    String.raw`\b(?:peer\s+(?:support\s+)?(?:training|qualification|course))\b`,
    String.raw`\b(?:Level\s+[234]\s+(?:Certificate|Diploma|qualification))`,
  ].join('|'),
  'i',
);

export default defineMentionRule({
  id: 'require-credential-path',
  category: 'qualifications',
  defaultSeverity: 'info',
  description: 'A peer posting should name the state-recognised peer certification, or the path to it (e.g. certify within 12 months of hire).',
  docs: 'rules/require-credential-path/README.md',
  appliesTo: 'peer',
  missing: 'The posting never names a state-recognised peer certification or a path to one.',
  suggestion: 'Name the credential and the path, e.g. "Certified Peer Specialist (state-certified), or eligible to certify within 12 months of hire; we pay for the training and exam."',
  mentions: CREDENTIAL,
});
