// Classes of wording for require-pay, each case named by its class: written before tuning, in our own
// words, as a held-out check that "what counts as pay" is a mechanism, not a list of phrasings.
import rule from '../../rules/require-pay/index.ts';
import { requirementCases, ruleTester } from '../support/rule-tester.ts';

const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n\n## Duties\n\n- Help people find housing.\n`;
const { counts, missing } = requirementCases(posting, { line: 1 });

ruleTester(rule, {
  valid: [
    counts('bare-range-header', '$47,500 - $51,000'),
    counts('bare-range-header', '£23,000 – £25,500'),
    counts('bare-range-header', 'Full time | Denver, CO | $19.50–$22.75'),
    counts('bare-figure-line', '**$46,800**'),
    counts('table-cell', '| Role | Hours | |\n|---|---|---|\n| Peer Mentor | 40 | $45,000 – $49,000 |'),
    counts('k-shorthand', 'Salary: 41k–45k'),
    counts('k-shorthand', '$52k a year'),
    counts('k-shorthand', 'Compensation: 60K'),
    counts('pay-in-words', 'We pay eighteen dollars an hour.'),
    counts('pay-in-words', 'The salary is forty-two thousand dollars a year.'),
    counts('pay-in-words', 'Pay is twenty pounds per hour.'),
    counts('currency-code', 'EUR 32,000 per year'),
    counts('currency-code', 'USD 45,000 - 50,000'),
    counts('bare-number-labelled', 'Salary: 42,000 – 46,000 per year'),
    counts('bare-number-labelled', 'Hourly rate: 21.50'),
    counts('doe-after-range', '$20–$23/hr DOE'),
    counts('doe-after-range', 'Salary: $41,000-$45,000, negotiable depending on experience.'),
    counts('pay-with-differential', 'Pay: $20 per hour plus shift differential.'),
    counts('pay-with-bonus', 'Starting at $19/hr with a $500 sign-on bonus.'),
    counts('band-with-amounts', 'Band 5 (£28,407 to £34,581)'),
    counts('pay-with-aside', 'Salary: £28,000 a year (including a £2,000 allowance)'),
    counts('up-to-with-aside', 'A salary of up to $61,000 – including retirement match.'),
    counts('hourly-uk-ph', 'Bank shifts: £14.20 ph'),
  ],
  invalid: [
    missing('tuition-figure', 'Tuition assistance of up to $4,000 annually.'),
    missing('bonus-only', '$750 sign-on bonus after 90 days.'),
    missing('differential-figure', 'Night shift differential: $2.00/hour.'),
    missing('differential-figure', 'An extra $1.25 an hour for weekend shifts.'),
    missing('mileage-rate', 'Mileage reimbursed at $0.65 per mile.'),
    missing('stipend', 'Annual wellness stipend of $300.'),
    missing('benefits-cap', 'Dental plan covers up to $1,500 per year.'),
    missing('relocation', 'Up to $2,000 toward relocation expenses.'),
    missing('budget-figure', 'We run a $3.2 million program serving 4,500 people a year.'),
    missing('non-pay-numbers', 'Salary: Band 5. 37.5 hours a week.'),
    missing('referral', 'Earn $250 for every friend you refer.'),
    missing('benefits-value', 'Pay is commensurate with experience; our benefits package is valued at $11,000.'),
    missing('non-pay-numbers', 'The clinic handles 12,000 visits, about 12,000 per year.'),
    missing('savings', 'Save about $40 a month with free parking.'),
    missing('accommodation', 'Staff housing available at $35 per night.'),
    missing('organisation-money', 'We have an annual turnover of $300m.'),
    missing('fee-deducted', 'The background check costs $45, deducted from your first paycheck.'),
  ],
});
