import rule from '../../rules/require-pay/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('Pay: $18.50/hr.'),
    posting('Salary range: $42,000–$48,000 per year.'),
    posting('£24,907 - £30,615 per annum (Band 4).'),
    posting('| Pay range | $20.50 – $24.00 per hour |\n|---|---|'),
    posting('## Pay and benefits\n\nStarting at $21 depending on certification.'),
    '---\ntitle: Peer Support Specialist\nsalary: 40000-45000 USD\n---\n\nCompetitive salary.\n',
    posting('We pay $19.00 an hour; a $500 sign-on bonus is also offered.'),
    // Open-ended pay is still pay; pay-range-quality reports that it has no floor.
    posting('Pay: up to $25 per hour.'),
    posting('AfC salary ranging from £24,907 to £30, 615 per annum.'),
  ],
  invalid: [
    {
      code: posting('We offer a competitive salary and great benefits.'),
      errors: [{ messageId: 'vague', line: 1, column: 3, endColumn: 26, text: 'Peer Support Specialist', severity: 'error' }],
    },
    { code: posting('Pay is DOE.'), errors: [{ message: 'No pay figure or range: "DOE" does not tell applicants what the job pays.' }] },
    { code: posting('Compensation commensurate with experience.'), errors: [{ messageId: 'vague' }] },
    { code: posting('Great team, flexible hours.'), errors: [{ messageId: 'missing' }] },
    { name: 'money that is not pay does not count', code: posting('A $500 sign-on bonus and mileage at $0.67 per mile.'), errors: [{ messageId: 'missing' }] },
    { name: 'a mileage rate is not pay', code: posting('Travel is paid at £0.45p/mile.'), errors: [{ messageId: 'missing' }] },
    {
      name: 'front matter title is where a missing finding points',
      code: '---\ntitle: Recovery Coach\n---\n\nCompetitive pay.\n',
      errors: [{ line: 2, column: 1, text: 'title: Recovery Coach' }],
    },
  ],
});

// issue 12 item 15: minimumHourlyWage compares base pay only; a differential or a bonus is not the wage.
ruleTester(rule, {
  valid: [
    { name: 'a night differential is not the wage', code: posting('Pay: $18 per hour plus $1.50 an hour night differential.'), options: { minimumHourlyWage: 17 } },
    { name: 'a weekend premium is not the wage', code: posting('$16/hr base; $3/hr weekend premium.'), options: { minimumHourlyWage: 15 } },
    { name: 'an hourly bonus is not the wage', code: posting('Starting at $19 an hour, with a $2 per hour retention bonus.'), options: { minimumHourlyWage: 18 } },
  ],
  invalid: [
    {
      name: 'the base rate below the minimum is reported, the differential is not',
      code: posting('Starting pay $14/hr, plus a $2/hr shift differential.'),
      options: { minimumHourlyWage: 15 },
      errors: [{ messageId: 'belowMinimum', text: '$14' }],
    },
  ],
});
