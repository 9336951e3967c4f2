import rule from '../../rules/require-advancement/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Navigator\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('Step increase after your first year and after certification.'),
    posting('Senior Peer Specialist and Peer Supervisor roles are filled from within.'),
    posting('Clear career progression within the peer workforce.'),
    posting('Opportunities to grow into a lead role.'),
  ],
  invalid: [
    { code: posting('Pay: $20 per hour.'), errors: [{ messageId: 'missing', line: 1, text: 'Peer Navigator', severity: 'info' }] },
    { name: "participants' progress is not the peer's", code: posting('Track participants\' steps toward their goals.'), errors: [{ messageId: 'missing' }] },
  ],
});
