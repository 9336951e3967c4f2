import rule from '../../rules/pay-range-quality/index.ts';
import { ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    posting('Pay: $20.50 – $24.00 per hour.'),
    posting('£24,907 - £30,615 per annum (Band 4).'),
    posting('Salary: $42,000–$48,000 a year.'),
    posting('Pay: $18–24/hr.'),
    posting('Salary £19 – 22,000 depending on experience.'),
    posting('Salary: £50 to 55k.'),
    posting('Pay: $19/hr.'),
    posting('Up to $25 per hour, starting at $21.'),
    posting('Pay: $20 per hour. Relocation support of up to $5,000.'),
    posting('Pay: $20 per hour. Tuition reimbursement of up to $2,500 per year.'),
    posting('Salary of £18,005.00 plus unsocial hours payments.'),
    posting('Pay: $20,242\n\n- 38 hours per week'),
    posting('Pay: $40,000 – $80,000 a year.'),
    { name: 'maxRatio option', code: posting('Pay: $15 – $45 per hour.'), options: { maxRatio: 3.5 } },
    posting('Competitive salary.'),
  ],
  invalid: [
    {
      code: posting('Pay: $24.00 – $20.00 per hour.'),
      errors: [{ messageId: 'inverted', line: 3, column: 6, text: '$24.00 – $20.00', severity: 'warning', message: 'The pay range runs backwards: the minimum ($24.00) is above the maximum ($20.00).' }],
    },
    { code: posting('Pay: $18/hr – $45,000/yr.'), errors: [{ messageId: 'mixedUnits', text: '$18/hr – $45,000' }] },
    { code: posting('Pay: $20 – $45,000.'), errors: [{ message: 'The pay range mixes units: $20 looks hourly and $45,000 looks annual.' }] },
    { code: posting('Pay: $15 – $60 per hour, depending on credentials.'), errors: [{ messageId: 'tooWide', message: 'The pay range $15–$60 is so wide it says little: the maximum is 4.00× the minimum (more than 2×).' }] },
    { code: posting('Pay: up to $25 per hour.'), errors: [{ messageId: 'upTo', text: '$25' }] },
    { code: posting('Salary: $42,000+ a year.'), errors: [{ messageId: 'orMore', text: '$42,000' }] },
    {
      name: 'suggests a range with both ends and one unit',
      code: posting('Salary: $42,000 and up.'),
      errors: [{ suggestions: ['State a range with both ends and one unit, e.g. "$20.50–$24.00 per hour" or "$42,000–$48,000 a year".'] }],
    },
  ],
});
