import { describe, expect, it } from 'vitest';
import { buildDocument, lintText } from '../src/index.ts';

const posting = (body: string) => `# Peer Support Specialist\n\nPay: $20 per hour. Reports to the Lead Peer.\n\n${body}\n`;
// The rules these tests suppress; the document-level info rules (training, scope...) would only add noise.
const RULES = new Set(['no-clinical-duties', 'no-stigmatizing-language', 'require-pay', 'require-supervision', 'unused-directive']);
const ids = (text: string, filePath = 'p.md', reportUnusedDirectives = false) =>
  lintText(text, { filePath, reportUnusedDirectives })
    .findings.filter((f) => RULES.has(f.ruleId))
    .map((f) => `${f.line}:${f.ruleId}`);

describe('parsing directives', () => {
  it('reads kind, rule ids and reason from Markdown comments, block or inline', () => {
    const first = '<!-- peerlint-disable no-clinical-duties, require-pay -- agreed with HR -->';
    const second = '<!--peerlint-enable-->';
    const text = `# T\n\n${first}\n\nText ${second} more.\n<!-- a normal comment -->\n`;
    const doc = buildDocument(text, 'p.md');
    expect(doc.directives).toEqual([
      { kind: 'disable', rules: ['no-clinical-duties', 'require-pay'], reason: 'agreed with HR', start: text.indexOf(first), end: text.indexOf(first) + first.length },
      { kind: 'enable', rules: [], start: text.indexOf(second), end: text.indexOf(second) + second.length },
    ]);
  });

  it('reads a plain-text directive only on a line of its own, and does not lint it', () => {
    const doc = buildDocument('PEER SUPPORT SPECIALIST\npeerlint-disable-next-line no-stigmatizing-language -- quoting the law\nWork with addicts.\nSay peerlint-disable here.\n', 'p.txt');
    expect(doc.directives).toEqual([{ kind: 'disable-next-line', rules: ['no-stigmatizing-language'], reason: 'quoting the law', start: 24, end: 94 }]);
    expect(doc.prose.slice(24, 94).trim()).toBe('');
    expect(doc.title.text).toBe('PEER SUPPORT SPECIALIST');
  });
});

describe('suppressing findings', () => {
  it('disable-next-line, with and without a reason', () => {
    const body = '- Provide therapy.\n<!-- peerlint-disable-next-line no-clinical-duties -->\n- Diagnose participants.\n<!-- peerlint-disable-next-line -- reviewed -->\n- Work with addicts.\n- Conduct intake assessments.';
    expect(ids(posting(body))).toEqual(['5:no-clinical-duties', '10:no-clinical-duties']);
  });

  it('disable ... enable, for named rules or all rules', () => {
    const body = [
      '<!-- peerlint-disable no-stigmatizing-language -- quoted from the statute -->',
      '- Provide therapy to addicts.',
      '<!-- peerlint-enable no-stigmatizing-language -->',
      '- Help addicts.',
      '<!-- peerlint-disable -->',
      '- Diagnose addicts.',
      '<!-- peerlint-enable -->',
      '- Prescribe medication.',
    ].join('\n');
    expect(ids(posting(body))).toEqual(['6:no-clinical-duties', '8:no-stigmatizing-language', '12:no-clinical-duties']);
  });

  it('a disable before the title switches off findings about something missing', () => {
    expect(ids('<!-- peerlint-disable require-pay require-supervision -->\n# Peer Support Specialist\n\nGreat team.\n')).toEqual([]);
    expect(ids('# Peer Support Specialist\n\nGreat team.\n')).toEqual(['1:require-pay', '1:require-supervision']);
  });

  it('works in plain text', () => {
    const text = 'PEER SUPPORT SPECIALIST\nPay: $20 per hour. Reports to the Lead Peer.\n- Provide therapy.\npeerlint-disable-next-line\n- Diagnose participants.\n';
    expect(ids(text, 'p.txt')).toEqual(['3:no-clinical-duties']);
  });

  it('leaves a file without directives as it was', () => {
    expect(ids(posting('- Provide therapy.'))).toEqual(['5:no-clinical-duties']);
  });
});

describe('--report-unused-directives', () => {
  it('reports directives (and rule ids in them) that suppressed nothing, at the directive', () => {
    const body = [
      '<!-- peerlint-disable-next-line no-clinical-duties, require-pay -->',
      '- Provide therapy.',
      '<!-- peerlint-disable-next-line -->',
      '- Support participants.',
      '<!-- peerlint-disable no-stigmatizing-language -->',
      '<!-- peerlint-enable -->',
    ].join('\n');
    const findings = lintText(posting(body), { filePath: 'p.md', reportUnusedDirectives: true }).findings.filter((f) => RULES.has(f.ruleId));
    expect(findings.map((f) => [f.line, f.column, f.ruleId, f.severity, f.message])).toEqual([
      [5, 1, 'unused-directive', 'warning', 'Unused peerlint-disable-next-line directive (no problem from "require-pay" was reported on the next line).'],
      [7, 1, 'unused-directive', 'warning', 'Unused peerlint-disable-next-line directive (no problem was reported on the next line).'],
      [9, 1, 'unused-directive', 'warning', 'Unused peerlint-disable directive (no problem from "no-stigmatizing-language" was reported after it).'],
    ]);
    expect(findings[0]!.text).toBe('<!-- peerlint-disable-next-line no-clinical-duties, require-pay -->');
    // Off by default.
    expect(lintText(posting(body), { filePath: 'p.md' }).findings.filter((f) => RULES.has(f.ruleId))).toEqual([]);
  });
});
