import { BASE_CSS, countCategory, escapeHtml, renderFileParts } from '../html/render.ts';
import type { FileResult } from '../finding.ts';
import type { Summary } from '../lint.ts';
import { wholeReportWriter, type ReportWriter } from './types.ts';

const REPORT_CSS = `${BASE_CSS}
header.report{border-bottom:1px solid #ddd;margin-bottom:1rem}
section.file{margin:0 0 2.5rem;page-break-before:auto}
nav.files ul{padding-left:1.2rem}
.error-box{background:var(--error-bg);border:1px solid var(--error);border-radius:6px;padding:.6rem .8rem}
`;

function fileSection(file: FileResult, index: number): string {
  const id = `file-${index + 1}`;
  const title = `<h2 id="${id}-title">${escapeHtml(file.path)}</h2>`;
  if (file.error) return `<section class="file" id="${id}" aria-labelledby="${id}-title">${title}<p class="error-box"><strong>Could not be checked:</strong> ${escapeHtml(file.error)}</p></section>`;
  const parts = renderFileParts(file, file.source, { idPrefix: `${id}-` });
  const warnings = (file.warnings ?? []).map((w) => `<p class="role">Note: ${escapeHtml(w)}</p>`).join('');
  const text = parts.text ? `<div class="posting" aria-label="The posting, with problems highlighted">${parts.text}</div>` : '';
  return (
    `<section class="file" id="${id}" aria-labelledby="${id}-title">${title}${parts.summary}${warnings}${parts.missing}` +
    `<div class="columns"><div><h3>The posting</h3>${text}</div><div>${parts.list || '<h3>In the text</h3><p>Nothing to change in the text.</p>'}</div></div></section>`
  );
}

/**
 * `--format html`: one self-contained page (no script, no font or file from anywhere) for people who
 * are not developers, which prints well. It shows each posting's text, so it needs the whole run.
 */
export function htmlWriter(): ReportWriter {
  return wholeReportWriter((files: FileResult[], summary: Summary) => {
    const problems = summary.errors + summary.warnings;
    const categories = new Map<string, number>();
    for (const file of files) for (const f of file.findings) if (f.severity !== 'info') categories.set(String(f.category), (categories.get(String(f.category)) ?? 0) + 1);
    const overall =
      files.length > 1
        ? `<p class="headline">${problems} problem${problems === 1 ? '' : 's'} to fix in ${files.length} postings${categories.size ? `: ${[...categories].sort((a, b) => b[1] - a[1]).map(([c, n]) => countCategory(c, n)).join(', ')}` : ''}.</p>` +
          `<nav class="files no-print" aria-label="Postings"><ul>${files.map((f, i) => `<li><a href="#file-${i + 1}">${escapeHtml(f.path)}</a> (${f.error ? 'could not be checked' : `${f.findings.length} finding${f.findings.length === 1 ? '' : 's'}`})</li>`).join('')}</ul></nav>`
        : '';
    return (
      `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>peerlint report${files.length === 1 ? `: ${escapeHtml(files[0]!.path)}` : ''}</title><style>${REPORT_CSS}</style></head>` +
      `<body><main><header class="report"><h1>Job posting check</h1>${overall}</header>${files.map(fileSection).join('\n')}` +
      `<footer class="rule">Checked by peerlint. Highlights: wavy underline = must fix, dashed = should fix, dotted = suggestion.</footer></main></body></html>\n`
    );
  });
}
