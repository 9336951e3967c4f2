import { defineMentionRule } from '../../src/mention-rule.ts';
import { mentionsLivedExperience } from '../../src/peer-signals.ts';

export default defineMentionRule({
  id: 'require-lived-experience',
  category: 'qualifications',
  defaultSeverity: 'warning',
  description: 'A peer posting must ask for lived experience: a peer role that never asks for it is not a peer role.',
  docs: 'rules/require-lived-experience/README.md',
  appliesTo: 'peer',
  missing: 'The posting is for a peer role but never asks for lived experience of recovery, of services or as a family member.',
  suggestion: 'Ask for it, and let applicants self-attest: "Lived experience of recovery from mental health or substance use challenges, and willingness to share it to support others."',
  // The applicant's own experience, in the words of src/role-words.yaml (body.livedExperience); a mention
  // about the people served ("support people in recovery") does not count.
  mentions: mentionsLivedExperience,
});
