import rule from '../../rules/require-supervision/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('You will report to the Lead Peer Specialist.'),
    posting('Weekly peer-informed supervision with a certified peer supervisor.'),
    posting('You will receive regular supervision and reflective practice.'),
    posting('Reporting to: Peer Services Manager.'),
    posting('This role is line managed by the Recovery Team Lead.'),
    posting('Supervision is provided by a licensed clinician every two weeks.'),
    { name: 'not a peer posting', code: '# Staff Nurse\n\nJoin our ward team.\n', role: 'auto' },
  ],
  invalid: [
    { code: posting('Join a friendly team. Peer support is non-clinical.'), errors: [{ messageId: 'missing', line: 1, column: 3, text: 'Peer Support Specialist' }] },
    {
      name: 'the peer supervising others is not the peer being supervised',
      code: posting('You will help develop training, supervision and support for our volunteers.'),
      errors: [{ messageId: 'missing' }],
    },
    { name: 'training and supervision the peer gives', code: posting('Provide training and supervision to volunteers.'), errors: [{ messageId: 'missing' }] },
    { name: 'a rule id is not a statement', code: '# Peer Mentor {require-supervision}\n\nHelp people.\n', errors: [{ messageId: 'missing' }] },
  ],
});
