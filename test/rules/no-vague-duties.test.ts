import { expect } from 'vitest';
import rule from '../../rules/no-vague-duties/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const doc = (line: string) => `# Peer Support Specialist\n\n## Duties\n\n${line}\n`;
/** A posting with a real list of duties, so "other duties as assigned" is bounded. */
const scoped = (line: string) => `# Peer Support Specialist\n\n## Duties\n\n- Co-facilitate recovery groups.\n- Help participants write their own WRAP.\n- Go along to appointments.\n${line}\n`;

ruleTester(rule, {
  valid: [
    { name: 'class negated: never fill in', code: doc('You will never fill in for nurses.') },

    scoped('- Other duties as assigned.'),
    doc('Other duties as assigned, within the scope of peer support. Peers do not provide therapy.'),
    doc('No peer staff member is expected to cover for clinicians when the schedule is short.'),
    doc('Peers never fill in for nurses or therapists.'),
    doc('Our nurses cover for each other across the two units.'),
    '# Peer Support Specialist\n\n## About us\n\nOur clinicians cover for therapists on leave.\n',
    doc('- Help participants find clinicians who fit their needs.'),
    doc('- Cover the front desk during lunch.'),
    { name: 'boilerplate: never', code: '# Peer Support Specialist\n\nOther duties as assigned.\n', options: { boilerplate: 'never' } },
    { code: '# Outpatient Therapist\n\n- Cover for clinicians on leave.\n', role: 'auto' },
  ],
  invalid: [
    { name: "class cover-for-clinician: a clinician's duties", code: doc("- Cover the nurse's shifts during lunch."), errors: [{ text: "Cover the nurse's" }] },

    {
      code: doc('- Assist with all clinical tasks as needed.'),
      errors: [{ messageId: 'catchAll', line: 5, column: 3, endColumn: 33, text: 'Assist with all clinical tasks', severity: 'warning' }],
    },
    { code: doc('- Other clinical duties as assigned.'), errors: [{ text: 'Other clinical duties as assigned' }] },
    { code: doc('- Any duties deemed necessary by the clinical team.'), errors: [{ text: 'Any duties deemed necessary by the clinical team' }] },
    { code: doc('- Cover for clinicians when they are out of the office.'), errors: [{ text: 'Cover for clinicians' }] },
    { code: doc('You will step in for nurses when the unit is short.'), errors: [{ text: 'step in for nurses' }] },
    {
      name: 'plain boilerplate in a posting with no scope at all',
      code: '# Peer Support Specialist\n\nJoin our friendly team. Other duties as assigned.\n',
      errors: [{ messageId: 'boilerplate', text: 'Other duties as assigned' }],
    },
    {
      name: 'suggests specific in-scope duties',
      code: doc('- Assist with any clinical duties as needed.'),
      errors: [{ suggestions: [expect.stringContaining('support participants to attend counseling') as unknown as string] }],
    },
  ],
});
