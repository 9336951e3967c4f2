// The growth check itself: it must pass linear work and fail quadratic work, or every test built on it
// (test/linear-time.test.ts and the others) could not fail.
import { describe, expect, it } from 'vitest';
import { expectLinearGrowth, growthRatio } from './support/growth.ts';

/** Sums char codes once per character: linear. */
const linear = (text: string) => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
};
/** Rescans the text before every position, as a pattern retried from each start does: quadratic. */
const quadratic = (text: string) => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) for (let j = 0; j < i; j++) sum += text.charCodeAt(j) & 1;
  return sum;
};

describe('expectLinearGrowth', () => {
  it('passes linear work', () => {
    expectLinearGrowth((size) => 'a'.repeat(size), linear, { size: 2_000_000 });
  });
  it('fails quadratic work (4x the input, about 16x the time)', () => {
    expect(growthRatio((size) => 'a'.repeat(size), quadratic, { size: 3_000 })).toBeGreaterThan(8);
    expect(() => expectLinearGrowth((size) => 'a'.repeat(size), quadratic, { size: 3_000 })).toThrow(/4x the input took .*x the time/);
  });
});
