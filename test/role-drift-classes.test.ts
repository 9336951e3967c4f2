import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint.ts';
import { DRIFT_CASES, type DriftCase } from './support/role-drift-cases.ts';

/** A small neutral posting around one line: it says nothing else that could be role drift. */
function posting(c: DriftCase): { text: string; filePath: string; first: number; last: number } {
  const title = c.title ?? 'Peer Support Specialist';
  const heading = (h: string) => (c.txt ? h.toUpperCase() : `## ${h}`);
  const line = c.paragraph ? c.line : `- ${c.line}`;
  const duties = ['- Welcome people when they arrive and make them feel at home.', '- Help people find food banks, bus passes and other community resources.'];
  const section = c.section ?? 'Responsibilities';
  const parts = [c.txt ? title : `# ${title}`, '', 'Lakeside Wellbeing is a charity working across the north of the county.', ''];
  if (section === 'none') parts.push(line, '', heading('Responsibilities'), '', ...duties);
  else if (section === 'Responsibilities') parts.push(heading(section), '', ...duties, '', line);
  else parts.push(heading('Responsibilities'), '', ...duties, '', heading(section), '', line);
  const text = parts.join('\n') + '\n';
  const first = text.slice(0, text.indexOf(c.line)).split('\n').length;
  return { text, filePath: c.txt ? 'posting.txt' : 'posting.md', first, last: first + c.line.split('\n').length - 1 };
}

describe('role drift by class of wording', () => {
  for (const c of DRIFT_CASES) {
    it(`${c.class} (${c.drift ? 'drift' : 'not drift'}): ${c.line.replace(/\n/g, ' ')}`, () => {
      const p = posting(c);
      const findings = lintText(p.text, { filePath: p.filePath }).findings.filter((f) => f.category === 'role-drift');
      const onLine = findings.filter((f) => f.line <= p.last && f.endLine >= p.first);
      expect(onLine.map((f) => `${f.ruleId}: ${f.text}`), `findings elsewhere: ${JSON.stringify(findings.filter((f) => !onLine.includes(f)).map((f) => f.text))}`).toHaveLength(c.drift ? Math.max(onLine.length, 1) : 0);
    });
  }
});
