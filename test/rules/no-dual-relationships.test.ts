import { expect } from 'vitest';
import rule from '../../rules/no-dual-relationships/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const doc = (line: string) => `# Recovery Coach\n\n## Duties\n\n${line}\n`;

ruleTester(rule, {
  valid: [
    { name: 'class sponsor-help-find', code: doc('- Encourage residents to find a sponsor at meetings.') },

    doc('- Help participants find a sponsor if they want one.'),
    doc('Peers never act as a sponsor for anyone they serve.'),
    doc('Maintain professional boundaries and avoid dual relationships.'),
    doc('Personal relationships with participants are not permitted.'),
    doc('- Help participants find and apply for housing.'),
    doc('We do not offer visa sponsorship for this role.'),
    doc('The county is the sponsor organization for this grant.'),
    doc('- Help participants budget their money and open a bank account.'),
    doc('- Support participants to build friendships in the community.'),
    '# Recovery Coach\n\n## About us\n\nWe sponsor residents to attend the state recovery conference each year.\n',
  ],
  invalid: [
    { name: 'class sponsorship: modifiers between "as" and the role', code: doc('- Serve as an interim AA sponsor for residents.'), errors: [{ text: 'Serve as an interim AA sponsor' }] },

    {
      code: doc('- Serve as a sponsor to residents who do not have one yet.'),
      errors: [{ messageId: 'dual', line: 5, column: 3, endColumn: 21, text: 'Serve as a sponsor', severity: 'error' }],
    },
    { code: doc('- Sponsor residents in the twelve-step program.'), errors: [{ text: 'Sponsor residents' }] },
    { code: doc('- Let participants stay in your home when shelters are full.'), errors: [{ text: 'Let participants stay in your home' }] },
    { code: doc('- Lend money to participants in an emergency.'), errors: [{ text: 'Lend money to participants' }] },
    { code: doc('- Befriend participants outside work hours.'), errors: [{ text: 'Befriend participants' }] },
    {
      name: 'suggests the in-scope alternative',
      code: doc('- Rent a room to clients who need housing.'),
      errors: [{ text: 'Rent a room to clients', suggestions: [expect.stringContaining('Help participants find and apply for housing') as unknown as string] }],
    },
  ],
});
