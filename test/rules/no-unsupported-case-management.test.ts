import { expect } from 'vitest';
import rule from '../../rules/no-unsupported-case-management/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const doc = (line: string) => `# Peer Support Specialist\n\n## Duties\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    { name: 'class other-staff: a subject with a prepositional phrase', code: doc('Care coordinators in the team hold the caseloads.') },

    doc('- Connect participants with their case manager and go along to appointments.'),
    doc('Our care coordinators carry the case-management caseload.'),
    doc('The peer is not a case manager and does not carry a caseload.'),
    doc('- Carry a small caseload of 8.\n\nCase management training and weekly supervision from the care coordination lead are provided.'),
    doc('- Serve as case manager for 10 adults, under the supervision of the care coordination lead.'),
    '# Peer Support Specialist\n\n## Qualifications\n\n- Experience providing case management is welcome.\n',
    doc('- Refer participants to case management services.'),
    { code: '# Clinical Case Manager\n\n- Carry a caseload of 25.\n', role: 'auto' },
  ],
  invalid: [
    { name: 'class care-coordinator-uk', code: doc('- Act as care co-ordinator for people on CPA.'), errors: [{ text: 'Act as care co-ordinator' }] },

    {
      code: doc('- Serve as case manager for a caseload of approximately 25 adults.'),
      errors: [{ messageId: 'unsupported', line: 5, column: 3, endColumn: 24, text: 'Serve as case manager', severity: 'error' }],
    },
    { code: doc('- Carry a caseload of 20 participants.'), errors: [{ text: 'Carry a caseload' }] },
    { code: doc('You will manage your own caseload.'), errors: [{ text: 'manage your own caseload' }] },
    { code: doc('- Provide targeted case management to adults leaving hospital.'), errors: [{ text: 'Provide targeted case management' }] },
    {
      name: 'general supervision of the peer is not support for case management',
      code: doc('- Carry a caseload of 20.\n\nYou will report to the Peer Supervisor.'),
      errors: [{ text: 'Carry a caseload' }],
    },
    {
      name: 'allowSupported: false flags supported case management too',
      code: doc('- Carry a caseload of 8.\n\nCase management training is provided.'),
      options: { allowSupported: false },
      errors: [{ text: 'Carry a caseload', suggestions: [expect.stringContaining('Connect participants with a case manager') as unknown as string, expect.any(String) as unknown as string] }],
    },
  ],
});
