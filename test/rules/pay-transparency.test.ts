import { describe, expect, it } from 'vitest';
import rule from '../../rules/pay-transparency/index.ts';
import { LAWS, lawsFor, stateOf } from '../../rules/pay-transparency/laws.ts';
import { defaultRuleSettings } from '../../src/lint.ts';
import { ruleTester } from '../support/rule-tester.ts';

const FULL = 'Pay: $20–$24 per hour. Medical, dental and vision coverage, 403(b) with match. Applications close on March 3, 2026.';
const NO_BENEFITS = 'Pay: $20–$24 per hour. Applications close on March 3, 2026.';
const posting = (body: string, location?: string) => `${location ? `---\ntitle: Peer Support Specialist\nlocation: ${location}\n---\n` : '# Peer Support Specialist\n'}\n${body}\n`;

ruleTester(rule, {
  valid: [
    { name: 'no location: nothing to check', code: posting('Competitive pay.') },
    posting(FULL, 'Denver, CO'),
    posting('Competitive pay.', 'Austin, TX'),
    { name: 'Toledo requires disclosure on request, not in the posting', code: posting('Competitive pay.', 'Toledo, OH') },
    { name: 'a law not yet in force', code: posting('Competitive pay.', 'Boston, MA'), options: { asOf: '2025-01-01' } },
    { name: 'an employer below the threshold', code: posting('Competitive pay.', 'Honolulu, HI'), options: { employees: 20 } },
    { name: 'New York needs no benefits line', code: posting('Pay: $21–$24 per hour.', 'Brooklyn, NY') },
    { name: 'Colorado before the deadline requirement', code: posting('Pay: $20–$24 per hour. Medical and dental coverage.', 'Denver, CO'), options: { asOf: '2023-06-01' } },
    { name: '--location', code: posting(FULL), location: 'Colorado' },
  ],
  invalid: [
    {
      code: posting(NO_BENEFITS, 'Denver, CO'),
      errors: [
        {
          messageId: 'missing',
          line: 2,
          text: 'title: Peer Support Specialist',
          severity: 'error',
          message: 'Pay transparency: Colorado (Equal Pay for Equal Work Act, C.R.S. § 8-5-201 (SB 19-085; amended by SB 23-105)) requires a general description of benefits in the posting; none found.',
        },
      ],
    },
    {
      name: 'a city and its state are both named',
      code: posting('Pay: up to $25 per hour.', 'New York, NY'),
      errors: [{ message: expect.stringMatching(/^Pay transparency: New York State \(.*\) and New York City \(.*\) require a pay figure or a range with both ends/) as unknown as string }],
    },
    { name: 'the --location setting', code: posting('Competitive pay and benefits.'), location: 'Seattle, Washington', errors: [{ message: expect.stringContaining('Washington (') as unknown as string }, { message: expect.stringContaining('benefits') as unknown as string }] },
    { name: 'front matter wins over --location', code: posting(NO_BENEFITS, 'Denver, CO'), location: 'Austin, TX', errors: [{ message: expect.stringContaining('Colorado') as unknown as string }] },
    { name: 'the location option', code: posting(NO_BENEFITS), options: { location: 'Colorado' }, errors: [{ message: expect.stringContaining('Colorado') as unknown as string }] },
    {
      name: 'the closing date (Colorado since 2024)',
      code: posting('Pay: $20–$24 per hour. Medical and dental coverage.', 'Boulder, Colorado'),
      errors: [{ message: expect.stringContaining('the date applications are expected to close') as unknown as string, suggestions: ['Give the closing date: "Applications close on March 3, 2025."'] }],
    },
  ],
});

describe('pay-transparency is opt-in', () => {
  it('is not in the default rule set', () => {
    expect(rule.meta.recommended).toBe(false);
    expect(defaultRuleSettings().map((s) => s.rule.meta.id)).not.toContain('pay-transparency');
  });
  it('a location setting turns it on', () => {
    expect(defaultRuleSettings(undefined, { location: 'Denver, CO' }).map((s) => s.rule.meta.id)).toContain('pay-transparency');
  });
});

describe('location matching', () => {
  const ids = (location: string) => lawsFor(location).map((law) => law.id).sort();
  it.each([
    ['Denver, CO', ['colorado']],
    ['Seattle, Washington', ['washington']],
    ['Washington, DC', ['district-of-columbia']],
    ['New York, NY', ['new-york-city', 'new-york-state']],
    ['Brooklyn', ['new-york-city', 'new-york-state']],
    ['Ithaca, New York', ['ithaca', 'new-york-state']],
    ['White Plains, NY', ['new-york-state', 'westchester-county']],
    ['Jersey City, NJ', ['jersey-city', 'new-jersey']],
    ['Cleveland, OH', ['cleveland']],
    ['Cleveland Heights, OH', []],
    ['Columbus, OH', ['columbus']],
    ['Columbus, GA', []],
    ['Remote (Illinois)', ['illinois']],
    ['Austin, TX', []],
    ['Leeds', []],
  ])('%s', (location, expected) => {
    expect(ids(location)).toEqual([...expected].sort());
  });
  it('reads West Virginia as West Virginia, not Virginia', () => {
    expect(stateOf('Charleston, West Virginia')).toBe('WV');
  });
});

describe('laws.yaml is well-formed', () => {
  const REQUIREMENTS = ['pay', 'benefits', 'other-compensation', 'application-deadline'];
  const isDate = (s: unknown) => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
  it('is versioned', () => {
    expect(Number.isInteger(LAWS.version) && LAWS.version >= 1).toBe(true);
    expect(isDate(LAWS.updated)).toBe(true);
  });
  it('has the laws the rule promises', () => {
    const names = LAWS.jurisdictions.map((l) => l.id);
    for (const id of ['colorado', 'california', 'washington', 'new-york-state', 'new-york-city', 'illinois', 'maryland', 'minnesota', 'hawaii', 'vermont', 'massachusetts', 'new-jersey', 'jersey-city', 'ithaca', 'westchester-county', 'cleveland', 'columbus', 'toledo']) {
      expect(names).toContain(id);
    }
    expect(new Set(names).size).toBe(names.length);
  });
  for (const law of LAWS.jurisdictions) {
    it(law.id, () => {
      expect(law.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(law.name.trim()).not.toBe('');
      expect(['state', 'city', 'county', 'district']).toContain(law.kind);
      expect(LAWS.states[law.state], `unknown state ${law.state}`).toBeDefined();
      expect(law.match.length).toBeGreaterThan(0);
      for (const m of law.match) expect(m).toBe(m.toLowerCase());
      expect(isDate(law.effective), `effective ${law.effective}`).toBe(true);
      expect(Number.isInteger(law.employees) && law.employees >= 1).toBe(true);
      expect(law.citation.trim().length).toBeGreaterThan(5);
      if (law.posting === false) expect(law.requires).toEqual([]);
      else expect(law.requires.map((r) => r.what)).toContain('pay');
      for (const r of law.requires) {
        expect(REQUIREMENTS).toContain(r.what);
        if (r.since !== undefined) expect(isDate(r.since) && r.since >= law.effective).toBe(true);
      }
    });
  }
});
