// Property-based tests (fast-check): whatever the input, linting never throws (except a clear
// InputError), every finding points inside the file at exactly its `text`, and output is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.ts';
import { LineIndex } from '../src/document/lines.ts';
import { lintText } from '../src/lint.ts';
import type { FileResult } from '../src/finding.ts';

const SEED = Number(process.env['PEERLINT_PROPERTY_SEED'] ?? 20_240_606);
const RUNS = Number(process.env['PEERLINT_PROPERTY_RUNS'] ?? 150);

/** Words the rules react to, so that generated postings actually produce findings. */
const VOCABULARY = [
  'therapy', 'counseling', 'assessment', 'assessments', 'diagnose', 'treatment plans', 'medication', 'caseload',
  'addicts', 'addict', 'clean', 'dirty', 'suffering from', 'substance abuser', 'the mentally ill', 'committed suicide',
  'ex-offender', 'peer', 'Peer Support Specialist', 'Recovery Coach', 'supervised by', 'reports to', 'supervisor',
  'Pay', '$20', '$24 per hour', '£28,000', 'per year', 'lived experience', 'recovery', 'provide', 'conduct', 'do not',
  'help participants', 'our therapists', 'duties', 'clinical', 'urine', 'individual', 'intake', 'we', 'you will',
];
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('.', ',', ';', ':', '!', '?', '"', "'", '(', ')', '&amp;', '&#x27;', '\\*', '—', '’', '🙂', 'é') },
);
const phrase = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const inline = fc.oneof(
  { weight: 4, arbitrary: phrase },
  { weight: 1, arbitrary: phrase.map((p) => `*${p}*`) },
  { weight: 1, arbitrary: phrase.map((p) => `**${p}**`) },
  { weight: 1, arbitrary: phrase.map((p) => `_${p}_`) },
  { weight: 1, arbitrary: phrase.map((p) => `\`${p}\``) },
  { weight: 1, arbitrary: phrase.map((p) => `[${p}](https://example.org/${p.length})`) },
  { weight: 1, arbitrary: fc.constantFrom('https://example.org/peer-therapy', '<b>', '<!-- addicts -->', 'www.addicts.org') },
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  { weight: 4, arbitrary: line },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([depth, l]) => `${'#'.repeat(depth)} ${l}`) },
  { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l, i) => `${i + 1}. ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `  - ${l}`).join('\n')) },
  { weight: 1, arbitrary: line.map((l) => `\`\`\`\n${l}\n\`\`\``) },
  { weight: 1, arbitrary: fc.tuple(phrase, phrase, phrase, phrase).map(([a, b, c, d]) => `| ${a} | ${b} |\n| --- | --- |\n| ${c} | ${d} |`) },
  { weight: 1, arbitrary: fc.constantFrom('---', '***', '', '    indented code addicts') },
);
const markdown = fc
  .record({
    frontMatter: fc.option(fc.tuple(phrase, fc.constantFrom('peer', 'other', 'Peer Support Specialist')), { nil: undefined }),
    blocks: fc.array(block, { minLength: 1, maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
  })
  .map(({ frontMatter, blocks, eol, bom }) => {
    const fm = frontMatter ? `---\ntitle: "${frontMatter[0].replace(/["\\\n\r]/g, '')}"\nrole: ${frontMatter[1]}\n---\n` : '';
    return (bom ? '\uFEFF' : '') + (fm + blocks.join('\n\n')).replace(/\r?\n/g, eol);
  });

/** Markup characters and rule words shuffled together: parser edge cases a well-formed generator misses. */
const soup = fc
  .array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', '>', '-', '*', '_', '#', '`', '[', ']', '(', ')', '|', '\\', '&', ';', '<', '!', '.', '1.', '---', '\uFEFF', '\u00A0', '\uD800')), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Lints, allowing only the documented InputError (empty text, bad front matter). */
function lint(text: string, filePath: string): FileResult | undefined {
  try {
    return lintText(text, { filePath });
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function checkFindings(text: string, result: FileResult | undefined): void {
  if (!result) return;
  const body = text.replace(/^\uFEFF/, '');
  const lines = new LineIndex(body);
  for (const f of result.findings) {
    expect(f.offset).toBeGreaterThanOrEqual(0);
    expect(f.endOffset).toBeGreaterThanOrEqual(f.offset);
    expect(f.endOffset).toBeLessThanOrEqual(body.length);
    expect(f.text).toBe(body.slice(f.offset, f.endOffset));
    // line/column -> offset must land on the same text.
    const from = lines.lineStart(f.line) + f.column - 1;
    const to = lines.lineStart(f.endLine) + f.endColumn - 1;
    expect([from, to]).toEqual([f.offset, f.endOffset]);
    expect(f.line).toBeLessThanOrEqual(lines.lineCount);
  }
}

const params = { seed: SEED, numRuns: RUNS };

describe('properties of linting', () => {
  for (const filePath of ['posting.md', 'posting.txt']) {
    it(`arbitrary strings (${filePath}): never throws, findings inside the file at their text`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => checkFindings(text, lint(text, filePath))),
        params,
      );
    });
    it(`arbitrary Markdown postings (${filePath}): never throws, findings inside the file at their text`, () => {
      fc.assert(
        fc.property(markdown, (text) => checkFindings(text, lint(text, filePath))),
        params,
      );
    });
  }
  it('markup soup: never throws, findings inside the file at their text', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom('a.md', 'a.txt'), (text, filePath) => checkFindings(text, lint(text, filePath))),
      { ...params, numRuns: RUNS * 2 },
    );
  });
  it('the Markdown generator does make the rules fire', () => {
    const ruleIds = new Set<string>();
    for (const text of fc.sample(markdown, { seed: SEED, numRuns: 200 })) for (const f of lint(text, 'x.md')?.findings ?? []) ruleIds.add(f.ruleId);
    expect([...ruleIds]).toEqual(expect.arrayContaining(['no-clinical-duties', 'no-stigmatizing-language', 'require-pay', 'require-supervision']));
  });
  it('linting is deterministic: the same text twice gives the same result', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(lint(text, 'a.md')).toEqual(lint(text, 'a.md'));
      }),
      { ...params, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
