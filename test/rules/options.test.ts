import { describe, expect, it } from 'vitest';
import { builtinRules, lintText } from '../../src/index.ts';

const rule = (id: string) => builtinRules.find((r) => r.meta.id === id)!;
function lintWith(id: string, options: Record<string, unknown>, text: string) {
  return lintText(text, { filePath: 'p.md', rules: [{ rule: rule(id), severity: rule(id).meta.defaultSeverity, options }] }).findings;
}
const posting = (body: string) => `# Peer Support Specialist\n\n${body}\n`;

describe('no-stigmatizing-language options', () => {
  it('extraTerms adds phrases with their alternatives', () => {
    const options = { extraTerms: [{ term: 'the homeless', alternatives: ['people experiencing homelessness'], why: 'It labels people by their housing.' }] };
    const [f, ...rest] = lintWith('no-stigmatizing-language', options, posting('Outreach to the  homeless and to the homeless-shelter staff.'));
    expect(rest).toEqual([]); // "the homeless-shelter" is a compound, as for the built-in terms
    expect(f).toMatchObject({ text: 'the  homeless', suggestions: ['people experiencing homelessness'] });
    // The message quotes the text with its white space collapsed (messages are one line); `text` keeps it.
    expect(f!.message).toBe('"the homeless" stigmatizes: It labels people by their housing. Write "people experiencing homelessness" instead.');
    expect(lintWith('no-stigmatizing-language', options, posting('Support for homeless participants.'))).toEqual([]);
  });

  it('allowedTerms silences an entry by id or an exact phrase, and nothing else', () => {
    const text = posting('Experience with addicts and alcoholics; ex-offenders welcome.');
    expect(lintWith('no-stigmatizing-language', {}, text).map((f) => f.text)).toEqual(['addicts', 'alcoholics', 'ex-offenders']);
    expect(lintWith('no-stigmatizing-language', { allowedTerms: ['alcoholic', 'Ex-Offenders'] }, text).map((f) => f.text)).toEqual(['addicts']);
  });
});

describe('require-pay options', () => {
  it('minimumHourlyWage flags an hourly figure (or a range\'s low end) below it', () => {
    const options = { minimumHourlyWage: 18 };
    const [f] = lintWith('require-pay', options, posting('Pay: $15.50–$19 per hour.'));
    expect(f).toMatchObject({ text: '$15.50', message: 'Hourly pay of $15.50 is below the minimum of 18 an hour set for these postings.', severity: 'error' });
    expect(lintWith('require-pay', options, posting('Hourly rate: $16.'))).toHaveLength(1);
    expect(lintWith('require-pay', options, posting('Pay: $18–$21 per hour.'))).toEqual([]);
    expect(lintWith('require-pay', options, posting('Salary: $38,000 a year.'))).toEqual([]); // not hourly
    expect(lintWith('require-pay', options, posting('Pay: $22 per hour; mileage at $0.67 per mile.'))).toEqual([]);
    expect(lintWith('require-pay', {}, posting('Pay: $10 per hour.'))).toEqual([]); // no minimum set
  });
});

describe('peer title patterns (config key peerTitles)', () => {
  const text = '# Wellness Guide\n\nPay: $20 per hour. Reports to the team lead.\n\n- Provide therapy.\n';
  it('extra peer titles make a posting a peer posting; notPeer titles never are', () => {
    expect(lintText(text, { filePath: 'p.md' }).peerRole).toBe(false);
    const asPeer = lintText(text, { filePath: 'p.md', peerTitles: { peer: ['wellness guide'] } });
    expect(asPeer.peerRole).toBe(true);
    expect(asPeer.findings.filter((f) => f.category === 'role-drift').map((f) => f.ruleId)).toEqual(['no-clinical-duties']);
    const peer = '# Peer Support Specialist\n\nPay: $20 per hour.\n';
    expect(lintText(peer, { filePath: 'p.md', peerTitles: { notPeer: ['peer support specialist'] } }).peerRole).toBe(false);
  });
});
