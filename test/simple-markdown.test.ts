// The simple-Markdown fast path (src/document/simple-markdown.ts) must give exactly what remark-parse
// gives: the same blocks and the same prose, so the same findings. Generated documents mix what the fast
// path takes (paragraphs, ATX headings, flat lists) with the near misses it must leave to remark.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutMarkdown } from '../src/document/markdown.ts';
import { setFastPaths } from '../src/document/fast-paths.ts';
import { markdownRegions, simpleMarkdownLayout } from '../src/document/simple-markdown.ts';
import { lintText } from '../src/lint.ts';

const SEED = Number(process.env['PEERLINT_PROPERTY_SEED'] ?? 20_240_606);
const RUNS = Number(process.env['PEERLINT_PROPERTY_RUNS'] ?? 150);

afterEach(() => setFastPaths(true));

/** The layout remark-parse gives (fast paths off). */
function fullLayout(text: string) {
  setFastPaths(false);
  try {
    return layoutMarkdown(text, 'posting.md');
  } finally {
    setFastPaths(true);
  }
}

// Words the fast path takes, and (less often) the inline syntax it must refuse.
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('peer', 'support', 'therapy', 'Duties', 'R&D', 'A&E', 'and', '2020.', '1.5', '#5', 'C#', '-', '--', '1.', '2)', '+', '~', ']', '!', '>', '=', 'é', '\u00a0', '£20,000', 'e.g.', 'www.example.org', 'a@b.org', '(a)') },
  // Strong text the fast path reads, and (with the rest of the inline syntax) near misses it leaves to remark:
  // delimiters that flank both ways, nest, run to 1 or 3, stand alone, or span words ("**Pay" ... "rate:**").
  { weight: 1, arbitrary: fc.constantFrom('**Pay:**', '**full-time**', '**2026**', '**a**,', '**a**.', '**a**)', '**1.**') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('x*y', '~~~', '&amp;', '&#39;', '&copy', 'http://x.org/a_b', '`a`', '[a]', '<b>', 'a\\b', 'a | b', '**Pay', 'rate:**', 'now**', '(**a**)', '**a**b', 'a**b**', '**a.**b', '**a.**,', '**', '** a', 'a **', '***a***', '*a*', '**é**', '**a*', '**#**', '**-**'),
  },
  { weight: 1, arbitrary: fc.constantFrom('x*y', '~~~', '&amp;', '&#39;', '&copy', 'http://x.org/a_b', '`a`', '[a]', '<b>', 'a\\b', 'a | b') },
);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '      ', '\t');
const trailing = fc.constantFrom('', '', ' ', '  ', '   ');
const marker = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('-', '*', '+', '1.', '1)', '2.', '3)', '01.', '10.', '123456789.', '1234567890.', '#', '##', '######', '#######') },
  { weight: 1, arbitrary: fc.constantFrom('>', '~~~', '---', '***', '===', '- - -', '* 1.', '- #', '-') },
);
const gap = fc.constantFrom(' ', ' ', '  ', '   ', '    ', '     ', '');
const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(indent, text, trailing).map(([i, t, s]) => `${i}${t}${s}`) },
  { weight: 4, arbitrary: fc.tuple(indent, marker, gap, fc.option(text, { nil: '' }), trailing).map(([i, m, g, t, s]) => `${i}${m}${g}${t}${s}`) },
  { weight: 1, arbitrary: fc.tuple(marker, text).map(([m, t]) => `${m} ${t} #`) },
  { weight: 2, arbitrary: fc.constantFrom('', '', '   ') },
);
const document = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, endsWithEol]) => lines.join(eol) + (endsWithEol ? eol : ''));

// Whole postings: simple parts and parts only remark can read (emphasis, tables, quotes, code, HTML), with blank lines between.
const complexLine = fc.constantFrom(
  '**Duties**', 'Work *with* people', '__Pay__ £20,000', '| a | b |\n| --- | --- |\n| c | d |', '> quoted line\nlazy line', 'Title\n=====', 'Title\n---',
  '***', '    code line', '- a\n  - nested', '- **bold item**', 'a &amp; b', 'snake_case', 'x \\* y', '1. one\n\n   more of one', '-\n\n  after empty item', '\t> tabbed', '\tcode', '    code\n\n    more code', '- item\n\n      code in item',
);
const part = fc.oneof({ weight: 3, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n')) }, { weight: 2, arbitrary: complexLine });
const mixed = fc
  .tuple(fc.array(fc.tuple(part, fc.constantFrom('\n\n', '\n\n', '\n', '\n\n\n', '\n  \n')), { minLength: 1, maxLength: 10 }), fc.constantFrom('\n', '\r\n'))
  .map(([parts, eol]) => parts.map(([p, sep]) => p + sep).join('').replace(/\n/g, eol));

describe('the simple-Markdown fast path', () => {
  it('cuts a posting into parts that give, scanned or parsed, the layout remark-parse gives the whole', () => {
    let split = 0;
    fc.assert(
      fc.property(mixed, (doc) => {
        const regions = markdownRegions(doc);
        if (regions.some((r) => r.simple) && regions.some((r) => !r.simple)) split++;
        const outcome = (layout: () => ReturnType<typeof layoutMarkdown>) => {
          try {
            return layout();
          } catch (error) {
            return { error: (error as Error).message }; // front matter that is not a mapping, on both paths
          }
        };
        expect(outcome(() => layoutMarkdown(doc, 'posting.md'))).toEqual(outcome(() => fullLayout(doc)));
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
    expect(split).toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it('gives the same blocks and prose as remark-parse whenever it takes a document', () => {
    let taken = 0;
    fc.assert(
      fc.property(document, (doc) => {
        if (!simpleMarkdownLayout(doc)) return;
        taken++;
        const fast = layoutMarkdown(doc, 'posting.md');
        const full = fullLayout(doc);
        expect(fast.blocks).toEqual(full.blocks);
        expect(fast.prose).toBe(full.prose);
        expect(fast.directives).toEqual(full.directives);
      }),
      { seed: SEED, numRuns: RUNS * 20 },
    );
    // The generator must exercise the fast path, not only its refusals: about one generated document in
    // ten is one it takes (most hold some syntax it refuses), so at least one in twenty.
    expect(taken).toBeGreaterThan(RUNS);
  }, 120_000);

  it('takes plain postings and leaves everything else to remark-parse', () => {
    expect(simpleMarkdownLayout('# Peer Support Specialist\n\nYou will:\n\n- share your story\n- co-lead groups\n\n1. Apply\n2. Interview\n')).toBeDefined();
    expect(simpleMarkdownLayout('Pay\n\nR&D and A&E teams, 2020.\n')).toBeDefined();
    expect(simpleMarkdownLayout('**Willow Clinic** · Asheville\n\n- **Pay:** $20 an hour, **full-time**.\n')?.prose).toBe('  Willow Clinic   · Asheville\n\n    Pay:   $20 an hour,   full-time  .\n');
    for (const doc of ['***Duties***', '**a**b', 'a**b**', '**open', 'a *word*', 'snake_case', '`code`', '<b>x</b>', '[link](x)', 'a &amp; b', 'a\\*b', '| a | b |', '> quote', 'Title\n=====', 'Title\n---', '- 1. nested', '- - nested', '-', '    code', '# Title #', '~~~\ncode\n~~~', '\tindented', 'a\n\n- x\n  - y']) {
      expect(simpleMarkdownLayout(doc), doc).toBeUndefined();
    }
  });

  it('reports the same findings as the full path on every fixture and on generated postings', () => {
    const lintBoth = (text: string, filePath: string) => {
      const fast = lintText(text, { filePath });
      setFastPaths(false);
      try {
        expect(lintText(text, { filePath }), filePath).toEqual(fast);
      } finally {
        setFastPaths(true);
      }
      return fast;
    };
    const dir = new URL('../fixtures/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) lintBoth(readFileSync(new URL(name, dir), 'utf8'), name);
    const posting = fc
      .tuple(
        fc.constantFrom('Peer Support Specialist', 'Recovery Coach', 'Registered Nurse'),
        fc.array(
          fc.oneof(
            fc.constantFrom('You will provide counseling and conduct assessments.', 'Peers do not diagnose or provide therapy.', 'Work with addicts and the mentally ill.', 'Pay: competitive.', 'Reports to the clinical supervisor.', 'Salary: $40,000 - $48,000 per year.', 'Lived experience of recovery required.'),
            fc.constantFrom('## Duties', '## Pay', '## About us', '- Carry a caseload of 30 clients.', '- Help participants set goals.', '1. Refer to clinical staff for assessment.', 'Other duties as assigned.'),
          ),
          { minLength: 1, maxLength: 10 },
        ),
      )
      .map(([title, lines]) => `# ${title}\n\n${lines.join('\n\n')}\n`);
    let findings = 0;
    for (const doc of fc.sample(posting, { seed: SEED, numRuns: RUNS })) {
      expect(simpleMarkdownLayout(doc)).toBeDefined();
      findings += lintBoth(doc, 'posting.md').findings.length;
    }
    expect(findings).toBeGreaterThan(RUNS);
  }, 120_000);
});
