import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatJson } from '../src/formatters/json.ts';
import { formatStylish } from '../src/formatters/stylish.ts';
import { lintText, summarize } from '../src/lint.ts';
import { errorsOf, validateReport } from './support/schemas.ts';

/**
 * The role test set (test/data/roles): postings written for peerlint in the shapes real copies take
 * (employer first, a job-details block, labelled lines, site furniture, inverted and comma titles, e-mail
 * headers, generic titles decided by the body) and the look-alikes that are not peer roles. Each must get
 * the decision, title, title line and reason that expected.yaml gives it.
 */
const dir = new URL('./data/roles/', import.meta.url);
const expected = parse(readFileSync(new URL('expected.yaml', dir), 'utf8')) as Record<string, { peer: boolean; title: string; titleLine: number; reason: string; ambiguous: boolean }>;
const lint = (file: string) => lintText(readFileSync(new URL(file, dir), 'utf8'), { filePath: file });

describe('role test set', () => {
  it('lists every posting in the folder', () => {
    const files = readdirSync(dir).filter((f) => /\.(?:md|txt)$/.test(f));
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.peer ? 'peer' : 'not peer'} (${want.reason})`, () => {
      const result = lint(file);
      const { ambiguous, ...role } = want;
      expect(result.role).toEqual(role);
      expect(result.peerRole).toBe(want.peer);
      expect(result.findings.some((f) => f.ruleId === 'ambiguous-role')).toBe(ambiguous);
    });
  }

  it('has both kinds, and each shape of reason', () => {
    const reasons = new Set(Object.values(expected).map((e) => e.reason));
    expect(Object.values(expected).filter((e) => !e.peer).length).toBeGreaterThanOrEqual(8);
    for (const reason of ['title', 'labelled title line', 'lived-experience requirement', 'peer credential', 'peer support work', 'clinical licence requirement', 'no peer signal']) expect(reasons).toContain(reason);
  });
});

describe('the decision in the reports', () => {
  const files = ['labelled-line.txt', 'not-peer-manager-of-peer-staff.md'].map((file) => ({ ...lint(file), path: file }));
  const report = { files, summary: summarize(files) };

  it('--format json carries role { peer, title, titleLine, reason } beside peerRole, valid against the schema', () => {
    const json = JSON.parse(formatJson(report));
    expect(validateReport(json), errorsOf(validateReport)).toBe(true);
    expect(json.files[0]).toMatchObject({ peerRole: true, role: { peer: true, title: 'Peer Recovery Specialist', titleLine: 3, reason: 'labelled title line' } });
    expect(Object.keys(json.files[0]).slice(0, 3)).toEqual(['path', 'peerRole', 'role']);
    const broken = structuredClone(json);
    broken.files[0].role.reason = 'a hunch';
    expect(validateReport(broken)).toBe(false);
  });

  it('the stylish header says the decision, the title and why', () => {
    const text = formatStylish(report, { color: false });
    expect(text).toContain('labelled-line.txt  peer role: "Peer Recovery Specialist" (labelled title line, line 3)');
    expect(text).toContain('not-peer-manager-of-peer-staff.md  not a peer role: "Peer Support Services Manager" (title, line 1)');
  });
});
