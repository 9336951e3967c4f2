import { expect } from 'vitest';
import rule from '../../rules/require-credential-path/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Recovery Coach\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('Certified Peer Specialist, or eligible to certify within 12 months of hire.'),
    posting('We pay for the state peer certification training and exam.'),
    posting('Washington State Certified Peer Counselor credential required.'),
    posting('CPRS preferred.'),
    { code: '# Registered Nurse\n\nCare for patients.\n', role: 'auto' },
  ],
  invalid: [
    {
      code: posting('Lived experience of recovery and a valid driver\'s license.'),
      errors: [{ messageId: 'missing', line: 1, text: 'Recovery Coach', severity: 'info', suggestions: [expect.stringContaining('eligible to certify within 12 months') as unknown as string] }],
    },
  ],
});
