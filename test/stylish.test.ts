import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../src/finding.ts';
import { formatStylish, wrap } from '../src/formatters/stylish.ts';
import { summarize } from '../src/lint.ts';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'no-clinical-duties',
  category: 'role-drift',
  severity: 'error',
  message: 'Role drift: clinical assessment is clinical work, outside a peer\'s scope ("Conduct intake assessments").',
  line: 16,
  column: 3,
  endLine: 16,
  endColumn: 29,
  offset: 400,
  endOffset: 426,
  text: 'Conduct intake assessments',
  suggestions: ['Refer participants to clinical staff for assessment; peers can help participants prepare for it.'],
  docs: 'rules/no-clinical-duties/README.md',
  ...over,
});
const report = (files: FileResult[]) => ({ files, summary: summarize(files) });

describe('stylish: a report a person can read', () => {
  const file: FileResult = {
    path: 'draft.md',
    peerRole: true,
    findings: [
      finding({ ruleId: 'require-advancement', category: 'development', severity: 'info', message: 'The posting never says how the peer can advance.', line: 1, column: 3, offset: 2, wholePosting: true, suggestions: [] }),
      finding({ ruleId: 'require-supervision', category: 'supervision', severity: 'warning', message: 'The posting never says who supervises the peer.', line: 1, column: 3, offset: 2, wholePosting: true, suggestions: [] }),
      finding({}),
      finding({ ruleId: 'no-stigmatizing-language', category: 'stigmatizing-language', message: '"addicts" stigmatizes.', line: 20, column: 9, offset: 500, text: 'addicts', suggestions: ['person with a substance use disorder'], fix: { range: [500, 507], text: 'people with a substance use disorder' } }),
    ],
  };

  it('lists errors first, then warnings, then infos; "whole posting" instead of 1:3', () => {
    const out = formatStylish(report([file]), { color: false });
    const order = [...out.matchAll(/^ {2}(\S.*?) {2,}(error|warning|info) /gm)].map((m) => `${m[2]} ${m[1]!.trim()}`);
    expect(order).toEqual(['error 16:3', 'error 20:9', 'warning whole posting', 'info whole posting']);
    expect(out).not.toMatch(/\b1:3\b/);
  });

  it('wraps to the width, with continuation lines under the message', () => {
    const out = formatStylish(report([file]), { color: false, width: 60 });
    const lines = out.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
    const at = lines.findIndex((l) => l.includes('Role drift:'));
    const column = lines[at]!.indexOf('Role drift:');
    expect(lines[at + 1]!.slice(0, column).trim()).toBe('');
    expect(lines[at + 1]!.slice(column)).toMatch(/^\S/);
    // No width (not a terminal): one line per message.
    expect(formatStylish(report([file]), { color: false }).split('\n').filter((l) => l.includes('Role drift:'))[0]).toContain('no-clinical-duties');
  });

  it('ends with a line per category and how many --fix can fix, and shows what --fix writes', () => {
    const out = formatStylish(report([file]), { color: false });
    expect(out).toMatch(/^✖ 4 problems \(2 errors, 1 warning, 1 info\) in 1 file$/m);
    expect(out).toMatch(/^ {2}development +1 info$/m);
    expect(out).toMatch(/^ {2}role-drift +1 error$/m);
    expect(out).toMatch(/^ {2}supervision +1 warning$/m);
    expect(out).toMatch(/^ {2}1 problem can be fixed with --fix/m);
    expect(out).toContain('✎ --fix writes “people with a substance use disorder”');
  });

  it('Word and HTML findings say the paragraph and quote the text when the message does not', () => {
    const docx: FileResult = { path: 'draft.docx', peerRole: true, findings: [finding({ paragraph: 7, message: 'Role drift: clinical work.' })] };
    const out = formatStylish(report([docx]), { color: false });
    expect(out).toMatch(/^ {2}paragraph 7 {2}error {4}Role drift: clinical work\./m);
    expect(out).toContain('“Conduct intake assessments”');
  });

  it('wrap() keeps words whole', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
