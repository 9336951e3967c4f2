import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.ts';

/**
 * Fixture postings are their own expectation (as in markdownlint): a line that must produce a
 * finding ends with `{rule-id}` markers; every other line must produce none.
 */
const dir = new URL('../fixtures/', import.meta.url).pathname;
const MARKER = / \{([a-z-]+)\}(?=(?: \{[a-z-]+\})*\r?$)/gm;

describe('fixtures', () => {
  const files = readdirSync(dir).filter((f) => /\.(?:md|markdown|txt)$/.test(f));
  it('has the four kinds of posting the project promises', () => {
    expect(files).toEqual(expect.arrayContaining(['model-peer-support-specialist.md', 'drifted-recovery-coach.md', 'stigmatizing-peer-mentor.txt', 'clinical-therapist.md']));
  });

  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const expected: string[] = [];
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(MARKER)) expected.push(`${i + 1}:${m[1]}`);
      });
      // Markers are blanked (same length) so they cannot be what a rule reacts to.
      const blanked = text.replace(MARKER, (m) => ' '.repeat(m.length));
      const actual = lintText(blanked, { filePath: file }).findings.map((f) => `${f.line}:${f.ruleId}`);
      expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
    });
  }

  it('every role-drift and stigmatizing-language finding says what to write instead', () => {
    const findings = files.flatMap((file) => lintText(readFileSync(join(dir, file), 'utf8').replace(MARKER, (m) => ' '.repeat(m.length)), { filePath: file }).findings);
    const checked = findings.filter((f) => f.category === 'role-drift' || f.category === 'stigmatizing-language');
    expect(checked.length).toBeGreaterThan(10);
    for (const f of checked) expect(f.suggestions.filter((s) => s.trim() !== ''), `${f.ruleId}: ${f.text}`).not.toHaveLength(0);
  });
});
