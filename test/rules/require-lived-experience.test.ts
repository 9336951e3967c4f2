import rule from '../../rules/require-lived-experience/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('- Personal lived experience of recovery from mental health or substance use challenges.'),
    posting('You will use your own recovery story to walk alongside participants.'),
    posting('- Parent or caregiver of a child who has received mental health services.'),
    posting('- Personal experience of using mental health services.'),
    posting('Applicants who self-identify as a person in recovery are encouraged to apply.'),
    { code: '# Outpatient Therapist\n\nLicensed clinician required.\n', role: 'auto' },
  ],
  invalid: [
    {
      code: posting("High school diploma, valid driver's license, two years of customer service experience."),
      errors: [{ messageId: 'missing', line: 1, column: 3, text: 'Peer Support Specialist', severity: 'warning' }],
    },
    { name: 'experience of other things is not lived experience', code: posting('- Two years of experience in retail.'), errors: [{ messageId: 'missing' }] },
  ],
});
