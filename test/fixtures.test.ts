import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.ts';

/**
 * Fixture postings are their own expectation (as in markdownlint): a line that must produce a
 * finding ends with `<!-- expect: rule-id, other-rule -->`; every other line must produce none.
 * The marker is an HTML comment, which peerlint never reads as prose (in Markdown or plain text), so
 * `npm run demo` lints the fixtures exactly as this test does and the markers change nothing.
 */
const dir = new URL('../fixtures/', import.meta.url).pathname;
const MARKER = /<!-- expect: ([a-z0-9/, -]+?) -->/g;
/** The old marker form, ` {rule-id}` at the end of a line: rules read it as prose ("no-", "advancement"). */
const OLD_MARKER = / \{[a-z][a-z0-9/-]*\}\r?$/m;

const files = readdirSync(dir).filter((f) => /\.(?:md|markdown|txt)$/.test(f));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const where = (f: { line: number; column: number; ruleId: string; message: string }) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`;

describe('fixtures', () => {
  it('has the four kinds of posting the project promises', () => {
    expect(files).toEqual(expect.arrayContaining(['model-peer-support-specialist.md', 'drifted-recovery-coach.md', 'stigmatizing-peer-mentor.txt', 'clinical-therapist.md']));
  });

  for (const file of files) {
    it(file, () => {
      const text = read(file);
      expect(OLD_MARKER.exec(text)?.[0], `${file}: write markers as <!-- expect: rule-id --> (node scripts/convert-fixture-markers.mjs)`).toBeUndefined();
      const expected: string[] = [];
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(MARKER)) for (const id of m[1]!.split(/[\s,]+/).filter(Boolean)) expected.push(`${i + 1}:${id}`);
      });
      const actual = lintText(text, { filePath: file }).findings.map((f) => `${f.line}:${f.ruleId}`);
      expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
    });
  }

  it('markers change no result: each fixture lints the same with its markers removed', () => {
    for (const file of files) {
      const text = read(file);
      const without = text.replace(MARKER, (m) => ' '.repeat(m.length)).replace(new RegExp(OLD_MARKER.source, 'gm'), (m) => ' '.repeat(m.trimEnd().length) + (m.endsWith('\r') ? '\r' : ''));
      expect(lintText(text, { filePath: file }).findings.map(where), file).toEqual(lintText(without, { filePath: file }).findings.map(where));
    }
  });

  it('every role-drift and stigmatizing-language finding says what to write instead', () => {
    const findings = files.flatMap((file) => lintText(read(file), { filePath: file }).findings);
    const checked = findings.filter((f) => f.category === 'role-drift' || f.category === 'stigmatizing-language');
    expect(checked.length).toBeGreaterThan(10);
    for (const f of checked) expect(f.suggestions.filter((s) => s.trim() !== ''), `${f.ruleId}: ${f.text}`).not.toHaveLength(0);
  });
});
