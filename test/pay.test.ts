import { describe, expect, it } from 'vitest';
import payRangeQuality from '../rules/pay-range-quality/index.ts';
import { buildDocument } from '../src/document/build.ts';
import { lintText } from '../src/lint.ts';
import { moneyValue, payAmounts } from '../src/pay.ts';
import { expectLinearGrowth } from './support/growth.ts';

const amounts = (body: string) => {
  const text = `# Peer Support Specialist\n\n${body}\n`;
  return payAmounts(buildDocument(text, 'posting.md')).map((a) => text.slice(a.start, a.end));
};

describe('pay amounts', () => {
  it('reads amounts in words, with k and with currency codes', () => {
    expect(moneyValue('twenty-one dollars')).toBe(21);
    expect(moneyValue('forty-two thousand dollars')).toBe(42000);
    expect(moneyValue('one hundred and ten pounds')).toBe(110);
    expect(moneyValue('$48K')).toBe(48000);
    expect(moneyValue('USD 45,000')).toBe(45000);
  });
  it('takes the base pay and leaves the extras in the same sentence', () => {
    expect(amounts('Pay: $20 per hour plus a $1.50 an hour night differential and a $500 sign-on bonus.')).toEqual(['$20']);
    expect(amounts('£30,205 per annum (including a £2,000 allowance)')).toEqual(['£30,205']);
  });
  it('does not take an organisation’s money for pay', () => {
    expect(amounts('We have an annual turnover of £220m and a $3.2 million budget.')).toEqual([]);
  });

  // issue 10: the money pattern was retried from every position of a run of "1," (quadratic).
  it('grows linearly on runs of digits and commas', () => {
    expectLinearGrowth((n) => buildDocument(`# Peer\n\nPay ${'1,'.repeat(n)}\n`, 'p.md'), (document) => payAmounts(document), { size: 40_000, repeats: 7 });
  });
});

describe('pay-range-quality', () => {
  // issue 10: the rule recomputed the amount's line and rescanned it for every amount.
  it('grows linearly with many amounts on one line', () => {
    const settings = [{ rule: payRangeQuality, severity: 'warning' as const, options: {} }];
    expectLinearGrowth((n) => `Pay: ${'up to $25/hr, '.repeat(n)}\n`, (text) => lintText(text, { filePath: 'p.txt', rules: settings }), { size: 8000, repeats: 5 });
  });
});
