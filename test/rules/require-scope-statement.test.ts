import rule from '../../rules/require-scope-statement/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const DUTIES = '## Duties\n\n- Co-facilitate recovery groups.\n- Help participants write their own WRAP.\n- Go along to appointments.\n';
const posting = (body: string) => `# Peer Support Specialist\n\n${DUTIES}\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('This is a non-clinical position. Peers do not diagnose or provide therapy.'),
    posting('## What this role does not include\n\nTherapy, diagnosis and medication belong to our clinicians.'),
    posting('You will not be asked to write treatment plans.'),
    posting('Clinical assessment is outside the peer\'s scope.'),
    { code: '# Outpatient Therapist\n\nProvide therapy.\n', role: 'auto' },
  ],
  invalid: [
    { code: posting('Pay: $20 per hour.'), errors: [{ messageId: 'noBoundaries', line: 1, severity: 'info' }] },
    {
      name: 'no duties at all',
      code: '# Peer Support Specialist\n\nJoin our team. Peers do not provide therapy.\n',
      errors: [{ messageId: 'noDuties' }],
    },
    { name: 'a negation about something else is not a boundary', code: posting('We do not require a degree.'), errors: [{ messageId: 'noBoundaries' }] },
  ],
});
