import rule from '../../rules/require-training/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Mentor\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('Paid 40-hour peer training in your first two months.'),
    posting('Full induction and ongoing training in trauma-informed care.'),
    posting('We support you to complete the state certification course.'),
    posting('## Training and development\n\nYou will join a cohort of new peers for six weeks of learning.'),
    posting('Training is provided.'),
    posting('Comprehensive learning and development opportunities.'),
    posting('You will make good use of opportunities for training and reflective practice.'),
  ],
  invalid: [
    { code: posting('Pay: $20 per hour. Reports to the Peer Lead.'), errors: [{ messageId: 'missing', line: 1, text: 'Peer Mentor', severity: 'info' }] },
    { name: 'training the peer delivers to others is not training for the peer', code: posting('- Deliver naloxone training to families.'), errors: [{ messageId: 'missing' }] },
  ],
});
