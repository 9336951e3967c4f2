import rule from '../../rules/no-mandatory-disclosure/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const quals = (line: string) => `# Peer Support Specialist\n\n## Requirements\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    quals('- Lived experience of recovery; self-attestation is enough.'),
    quals('- Lived experience of recovery, which you may share as you choose.'),
    quals('- You will never be asked for records of your diagnosis or treatment.'),
    quals('- Proof of state peer certification, or eligibility to certify within 12 months.'),
    quals('- You must disclose any criminal convictions for the background check.'),
    quals('- Valid driving licence and proof of insurance.'),
    '# Peer Support Specialist\n\n## Duties\n\n- Document participants\' progress toward their recovery goals and treatment.\n',
    '# Peer Support Specialist\n\n## Duties\n\n- Help participants request their medical records.\n',
    '# Nurse\n\nYou will provide documentation of patient treatment in the record.\n',
  ],
  invalid: [
    {
      code: quals('- Applicants must provide documentation of a mental health diagnosis.'),
      errors: [{ messageId: 'disclosure', line: 5, column: 19, text: 'provide documentation of a mental health diagnosis', severity: 'error' }],
    },
    { code: quals('- Please submit a letter from your therapist confirming your recovery.'), errors: [{ text: 'submit a letter from your therapist confirming your recovery' }] },
    { code: quals('- A letter from your sponsor is required.'), errors: [{ text: 'letter from your sponsor' }] },
    { code: quals('- Minimum of two years of documented sobriety.'), errors: [{ text: 'documented sobriety' }] },
    { code: '# Recovery Coach\n\n## How to apply\n\nDescribe your treatment history in your cover letter.\n', errors: [{ text: 'Describe your treatment history' }] },
    { name: 'any posting, not only peer ones', code: '# Behavioral Health Technician\n\nApplicants must disclose their diagnosis at interview.\n', errors: [{ text: 'disclose their diagnosis' }] },
    {
      name: 'suggests self-attestation',
      code: quals('- Must show proof of treatment completion.'),
      errors: [{ suggestions: ['Ask applicants to self-attest: "Applicants should have lived experience of recovery, which they may share as they choose."', "If a credential requires lived experience, rely on the certification body's own attestation."] }],
    },
  ],
});
