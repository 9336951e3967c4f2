// Issue 10 section 1: inputs that made peerlint's own code super-linear. 4x the input must cost at most
// ~6x the time (test/support/growth.ts); before the fixes these were 12x-20x.
import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../src/directives.ts';
import { LineIndex } from '../src/document/lines.ts';
import { directivesInHtml } from '../src/document/directives.ts';
import { blankUrls } from '../src/document/layout.ts';
import { layoutPlainText } from '../src/document/plain-text.ts';
import type { Directive } from '../src/document/types.ts';
import type { Finding } from '../src/finding.ts';
import { lintText } from '../src/lint.ts';
import { expectLinearGrowth } from './support/growth.ts';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const HEAD = '# Peer Support Specialist\n\nPay: $20 per hour. You report to the Lead Peer.\n\n';
// The sizes of the issue: 40 KB against 160 KB.
const SIZE = 40_000;

describe('bare URLs and e-mail addresses are found in linear time', () => {
  it.each([
    ['a pasted base64 blob', 'QUJDRA'],
    ['a run of digits', '1'],
    ['a run of dots', '.'],
    ['a run of "ex-"', 'ex-'],
    ['a run of "+"', '+'],
    ['local-part characters with no "@"', 'a.b+c-d_'],
    ['a run of "@"', '@'],
    ['local parts and "@" with no domain', 'ab.c@'],
    ['addresses with no space between', 'a@b.c'],
  ])('%s', (_, unit) => {
    expectLinearGrowth((size) => fill(unit, size), blankUrls, { size: SIZE });
  });
  it('still blanks URLs and addresses, and only them', () => {
    const prose = 'Mail jo.doe+jobs@example.org or see https://example.org/x (www.example.org) today.';
    expect(blankUrls(prose)).toBe(`Mail ${' '.repeat(23)} or see ${' '.repeat(21)} (${' '.repeat(15)}) today.`);
  });
  it.each([
    ['Markdown', 'x.md'],
    ['plain text', 'x.txt'],
  ])('a whole %s posting of one long token', (_, filePath) => {
    expectLinearGrowth((size) => HEAD + fill('QUJDRA', size), (text) => lintText(text, { filePath }), { size: SIZE });
  });
  it('an ALL-CAPS line in plain text', () => {
    expectLinearGrowth((size) => `Peer Support Specialist\n\n${fill('ABCDEFGH', size)}\n`, (text) => lintText(text, { filePath: 'x.txt' }), { size: SIZE });
  });
});

describe('directives are found and applied in linear time', () => {
  it('unclosed HTML comments', () => {
    expectLinearGrowth((size) => fill('<!-- a ', size), (text) => directivesInHtml(text, 0, text.length), { size: SIZE });
  });
  it('directives in HTML comments are still read, with their spans', () => {
    const text = '<p><!-- peerlint-disable require-pay -- draft --> <!-- not one --> <!-- peerlint-enable';
    expect(directivesInHtml(text, 0, text.length)).toEqual([{ kind: 'disable', rules: ['require-pay'], reason: 'draft', start: 3, end: 49 }]);
  });
  it('many plain-text directive lines', () => {
    expectLinearGrowth((size) => `Peer Support Specialist\n\n${fill('peerlint-disable require-pay\nWe serve people.\n', size)}`, layoutPlainText, { size: SIZE });
  });
  it('many disable-next-line directives, each with a finding under it', () => {
    const make = (size: number) => {
      const text = fill('<!-- peerlint-disable-next-line rule-a -->\nWe serve addicts.\n\n', size);
      const lines = new LineIndex(text);
      const directives: Directive[] = [];
      const findings: Finding[] = [];
      for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 1)) {
        const end = text.indexOf('-->', at) + 3;
        if (end < 3) break;
        directives.push({ kind: 'disable-next-line', rules: ['rule-a'], start: at, end });
        const offset = text.indexOf('addicts', end);
        if (offset < 0) break;
        const { line, column } = lines.position(offset);
        findings.push({ ruleId: 'rule-a', category: 'x', severity: 'error', message: '', line, column, endLine: line, endColumn: column + 7, offset, endOffset: offset + 7, text: 'addicts', suggestions: [], docs: '' });
      }
      return { text, lines, directives, findings };
    };
    const run = ({ text, lines, directives, findings }: ReturnType<typeof make>) => {
      expect(applyDirectives(findings, directives, text, lines, true)).toEqual([]);
    };
    expectLinearGrowth(make, run, { size: SIZE });
  });
});

describe('directive semantics are unchanged', () => {
  const lint = (text: string) => lintText(text, { reportUnusedDirectives: true }).findings.map((f) => `${f.line}:${f.ruleId}`);
  const POSTING = '# Staff Nurse\n\nPay: $30 per hour.\n\n';
  it('a rule-specific enable ends a disable of every rule for that rule only', () => {
    const text = `${POSTING}<!-- peerlint-disable -->\nWe serve addicts.\n<!-- peerlint-enable no-stigmatizing-language -->\nWe serve addicts.\n`;
    expect(lint(text)).toEqual(['8:no-stigmatizing-language']);
  });
  it('an enable of every rule ends a rule-specific disable', () => {
    const text = `${POSTING}<!-- peerlint-disable no-stigmatizing-language -->\nWe serve addicts.\n<!-- peerlint-enable -->\nWe serve addicts.\n`;
    expect(lint(text)).toEqual(['8:no-stigmatizing-language']);
  });
  it('disable-next-line reaches only the next line; an unused one is reported', () => {
    const text = `${POSTING}<!-- peerlint-disable-next-line no-stigmatizing-language -->\nWe serve addicts.\nWe serve addicts.\n<!-- peerlint-disable-next-line require-pay -->\nFine.\n`;
    expect(lint(text)).toEqual(['7:no-stigmatizing-language', '8:unused-directive']);
  });
});
