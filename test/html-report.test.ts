import { describe, expect, it } from 'vitest';
import { formatters } from '../src/formatters/index.ts';
import { summaryText } from '../src/html/render.ts';
import { lintText, summarize } from '../src/lint.ts';

const POSTING = '# Peer Support Specialist <script>alert(1)</script>\n\nWe help addicts and "quoted" & <b>tagged</b> text. See https://example.org/x.\n\n- Conduct intake assessments.\n';

function report(text = POSTING, path = 'a<b>.md') {
  const file = { ...lintText(text, { filePath: 'a.md' }), path, source: text };
  return formatters['html']!({ files: [file], summary: summarize([file]) }, { color: false });
}

describe('--format html', () => {
  it('escapes the posting, the path and the messages: nothing in a posting becomes markup', () => {
    const html = report();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('a&lt;b&gt;.md');
    expect(html).not.toMatch(/<b>tagged/);
  });

  it('is self-contained: no script, and nothing loaded from anywhere', () => {
    const html = report();
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });

  it('highlights each finding in the text with its number, and lists what is missing', () => {
    const html = report();
    expect([...html.matchAll(/<mark class="sev-error" data-findings="(\d)">([^<]*)<\/mark>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['1 addicts', '2 Conduct intake assessments']);
    expect(html).toContain('<h3>Missing from this posting</h3>');
    expect(html).toMatch(/<span class="badge sev-error">Must fix<\/span>/);
  });

  it('sums up by category in words', () => {
    const findings = lintText(POSTING, { filePath: 'a.md' }).findings;
    const { headline } = summaryText(findings);
    expect(headline).toMatch(/^\d+ problems to fix before posting: .*1 duty outside the peer role.*1 stigmatizing word/);
  });
});
