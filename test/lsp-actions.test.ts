import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../src/index.ts';
import { codeActionsFor, disableEdits, replacementOf } from '../src/lsp/actions.ts';
import { keyPathSpan } from '../src/lsp/config-errors.ts';
import type { Finding } from '../src/finding.ts';
import { toDiagnostic } from '../src/lsp/diagnostics.ts';

// The pure parts of the language server: which quick fixes a finding gets and what they write.

function apply(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

const finding = (text: string, phrase: string, extra: Partial<Finding> = {}): Finding => {
  const offset = text.indexOf(phrase);
  return {
    ruleId: 'acme/no-jargon',
    category: 'custom',
    severity: 'warning',
    message: 'Jargon.',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset,
    endOffset: offset + phrase.length,
    text: phrase,
    suggestions: [],
    docs: 'https://example.org/no-jargon',
    ...extra,
  };
};

function actions(text: string, f: Finding, format: 'markdown' | 'text' = 'markdown') {
  const document = TextDocument.create('file:///p.md', 'markdown', 1, text);
  return { document, actions: codeActionsFor(f, toDiagnostic(f, document, 0), document, 0, format, (edits) => ({ changes: { [document.uri]: edits } })) };
}

describe('quick fixes of a finding', () => {
  it("a finding's fix comes first, preferred, and replaces exactly its range", () => {
    const text = '# Peer Support Specialist\n\nWe utilize 😀 synergy.\n';
    const f = finding(text, 'utilize', { fix: { range: [text.indexOf('utilize'), text.indexOf('utilize') + 7], text: 'use' } });
    const { document, actions: list } = actions(text, f);
    expect(list[0]!.title).toBe('Replace with "use"');
    expect(list[0]!.isPreferred).toBe(true);
    const edits = list[0]!.edit!.changes![document.uri]!;
    expect(TextDocument.applyEdits(document, edits)).toBe('# Peer Support Specialist\n\nWe use 😀 synergy.\n');
    expect(list.map((a) => a.title)).toEqual(['Replace with "use"', 'Disable acme/no-jargon for this line', 'Explain acme/no-jargon']);
  });

  it('a fix that deletes is titled as a deletion', () => {
    const text = '# Title\n\nVery very good.\n';
    const f = finding(text, 'very ', { fix: { range: [text.indexOf('very '), text.indexOf('very ') + 5], text: '' } });
    expect(actions(text, f).actions[0]!.title).toBe('Delete "very "');
  });

  it('suggestions that are phrases become "Replace with"; advice does not', () => {
    const text = '# Title\n\nAddicts welcome.\n';
    const f = finding(text, 'Addicts', { suggestions: ['person in recovery', 'Refer participants to clinical staff for assessment; peers help them prepare.'] });
    const { document, actions: list } = actions(text, f);
    const replace = list.filter((a) => a.title.startsWith('Replace'));
    expect(replace.map((a) => a.title)).toEqual(['Replace with "Person in recovery"']); // capital kept
    expect(TextDocument.applyEdits(document, replace[0]!.edit!.changes![document.uri]!)).toBe('# Title\n\nPerson in recovery welcome.\n');
  });

  it('"Explain" runs the server command with the rule id and its docs', () => {
    const text = '# Title\n\nutilize\n';
    const explain = actions(text, finding(text, 'utilize')).actions.at(-1)!;
    expect(explain.command).toEqual({ title: 'Explain acme/no-jargon', command: 'peerlint.explainRule', arguments: ['acme/no-jargon', 'https://example.org/no-jargon'] });
  });
});

describe('replacementOf', () => {
  it.each([
    ['person in recovery', 'addicts', 'person in recovery'],
    ['participant', 'Client', 'Participant'],
    ['Add a scope line, e.g. "This is a non-clinical role."', 'Title', undefined],
    ['Support participants to engage with therapy or counseling provided by clinical staff.', 'provide counseling', undefined],
    ['State a range with both ends and one unit: hourly or yearly', 'up to $20', undefined],
  ])('%s for %s', (suggestion, flagged, expected) => {
    expect(replacementOf(suggestion, flagged)).toBe(expected);
  });
});

describe('disable directives', () => {
  const disableAt = (text: string, phrase: string, format: 'markdown' | 'text' = 'markdown', rule = 'no-clinical-duties') => {
    const result = disableEdits(text, text.indexOf(phrase), rule, format);
    return result && { scope: result.scope, text: apply(text, result.edits) };
  };

  it('Markdown: a comment line above, indented like the line, with its line ending', () => {
    const text = '# Peer Support Specialist\r\n\r\n- Duties:\r\n  - Provide individual counseling.\r\n';
    expect(disableAt(text, 'Provide')).toEqual({
      scope: 'line',
      text: '# Peer Support Specialist\r\n\r\n- Duties:\r\n  <!-- peerlint-disable-next-line no-clinical-duties -->\r\n  - Provide individual counseling.\r\n',
    });
  });

  it('adds the rule to a disable-next-line directive already above, keeping its reason', () => {
    const text = '# T\n\n<!-- peerlint-disable-next-line require-pay -- offer letter -->\n- Provide counseling.\n';
    expect(disableAt(text, 'Provide')!.text).toBe('# T\n\n<!-- peerlint-disable-next-line require-pay, no-clinical-duties -- offer letter -->\n- Provide counseling.\n');
    expect(disableEdits(text, text.indexOf('Provide'), 'require-pay', 'markdown')).toBeUndefined(); // already off there
  });

  it('plain text: the directive words on a line of their own', () => {
    const text = 'PEER SUPPORT SPECIALIST\n\nProvide counseling.';
    expect(disableAt(text, 'Provide', 'text')!.text).toBe('PEER SUPPORT SPECIALIST\n\npeerlint-disable-next-line no-clinical-duties\nProvide counseling.');
  });

  it('a table is wrapped in disable/enable, since a comment line would end it', () => {
    const text = '# T\n\n| duty | hours |\n| --- | --- |\n| Provide counseling | 10 |\n\nAfter.\n';
    const result = disableAt(text, 'Provide')!;
    expect(result.scope).toBe('table');
    expect(result.text).toBe('# T\n\n<!-- peerlint-disable no-clinical-duties -->\n| duty | hours |\n| --- | --- |\n| Provide counseling | 10 |\n<!-- peerlint-enable no-clinical-duties -->\n\nAfter.\n');
  });

  it('none inside front matter, where a comment cannot go', () => {
    const text = '---\ntitle: Peer Support Specialist\n---\n\nBody.\n';
    expect(disableAt(text, 'Peer Support', 'markdown', 'require-pay')).toBeUndefined();
    expect(disableAt(text, 'Body', 'markdown', 'require-pay')).toBeDefined();
  });

  it('each edit really switches the finding off in the engine', () => {
    const cases: Array<[string, string, 'markdown' | 'text']> = [
      ['# Peer Support Specialist\n\n- Provide individual counseling.\n', 'posting.md', 'markdown'],
      ['# Peer Support Specialist\n\n| duty |\n| --- |\n| Provide individual counseling |\n', 'posting.md', 'markdown'],
      ['PEER SUPPORT SPECIALIST\n\n- Provide individual counseling.\n', 'posting.txt', 'text'],
    ];
    for (const [text, filePath, format] of cases) {
      const before = lintText(text, { filePath, role: 'peer' }).findings.filter((f) => f.ruleId === 'no-clinical-duties');
      expect(before, text).toHaveLength(1);
      const edits = disableEdits(text, before[0]!.offset, 'no-clinical-duties', format)!;
      const after = lintText(apply(text, edits.edits), { filePath, role: 'peer' }).findings;
      expect(after.filter((f) => f.ruleId === 'no-clinical-duties'), text).toEqual([]);
    }
  });

  it('a finding about something missing (on the title) is switched off above the title', () => {
    for (const [text, filePath, format] of [
      ['# Peer Support Specialist\n\nShare your lived experience.\n', 'posting.md', 'markdown'],
      ['PEER SUPPORT SPECIALIST\n\nShare your lived experience.\n', 'posting.txt', 'text'],
    ] as const) {
      const [missing] = lintText(text, { filePath, role: 'peer' }).findings.filter((f) => f.ruleId === 'require-pay');
      expect(missing!.offset, text).toBeLessThan(text.indexOf('\n')); // on the title line
      const edits = disableEdits(text, missing!.offset, 'require-pay', format)!;
      const after = lintText(apply(text, edits.edits), { filePath, role: 'peer' });
      expect(after.findings.map((f) => f.ruleId)).not.toContain('require-pay');
      expect(after.findings.length, text).toBeGreaterThan(0); // the title is still the title: the other rules still report on it
    }
  });
});

describe('keyPathSpan (config diagnostics)', () => {
  it('points at the deepest key that exists, in YAML and JSON', () => {
    const yaml = 'rules:\n  require-pay: [error, { minimumHourlyWage: x }]\n';
    const [s, e] = keyPathSpan(yaml, 'rules.require-pay[1].minimumHourlyWage');
    expect(yaml.slice(s, e)).toBe('minimumHourlyWage');
    const json = '{ "peerlint": { "rules": { "require-payy": "warn" } } }';
    const [js, je] = keyPathSpan(json, 'peerlint.rules.require-payy');
    expect(json.slice(js, je)).toBe('"require-payy"');
    const [ms, me] = keyPathSpan(yaml, 'rules.nope');
    expect(yaml.slice(ms, me)).toBe('rules');
  });

  it('a file that does not parse: where the parser stopped', () => {
    const [s] = keyPathSpan('rules:\n  a: [unclosed\n', '');
    expect(s).toBeGreaterThan(0);
  });
});

describe('idleCollector (server memory)', () => {
  it('runs a full collection every N lints', async () => {
    const { PerformanceObserver, constants } = await import('node:perf_hooks');
    const { idleCollector } = await import('../src/lsp/memory.ts');
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    const afterLint = idleCollector(3, 60_000);
    afterLint();
    afterLint();
    await new Promise((done) => setTimeout(done, 50));
    const before = majors.length;
    afterLint(); // the third
    await new Promise((done) => setTimeout(done, 200));
    observer.disconnect();
    expect(majors.length).toBeGreaterThan(before);
  });
});
