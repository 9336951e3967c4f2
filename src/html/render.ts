import type { FileResult, Finding } from '../finding.ts';
import type { Severity } from '../rule.ts';

/**
 * HTML for people who are not developers: a posting's text with each finding highlighted where it is,
 * what is wrong and what to write beside it, a summary by category and what is missing. Shared by
 * `--format html` (a self-contained page) and `peerlint serve` (the same pieces, updated as one types).
 */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Words for each severity, as a person deciding what to do reads them (colour is never the only sign). */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Must fix', warning: 'Should fix', info: 'Suggestion' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What a category's findings are, counted: "2 stigmatizing words", "1 duty outside the peer role". */
const CATEGORY_NOUNS: Record<string, [string, string]> = {
  'role-drift': ['duty outside the peer role', 'duties outside the peer role'],
  'stigmatizing-language': ['stigmatizing word', 'stigmatizing words'],
  supervision: ['supervision gap', 'supervision gaps'],
  pay: ['pay problem', 'pay problems'],
  disclosure: ['demand to disclose health history', 'demands to disclose health history'],
  qualifications: ['qualification problem', 'qualification problems'],
  scope: ['scope gap', 'scope gaps'],
  development: ['training or growth gap', 'training or growth gaps'],
};

export function countCategory(category: string, n: number): string {
  const [one, many] = CATEGORY_NOUNS[category] ?? [`${category} problem`, `${category} problems`];
  return `${n} ${n === 1 ? one : many}`;
}

/** Findings with a place in the text (numbered in reading order), and those about the posting as a whole. */
export function splitFindings(findings: Finding[]): { placed: Finding[]; missing: Finding[] } {
  const placed = findings.filter((f) => !f.wholePosting).sort((a, b) => a.offset - b.offset || RANK[a.severity] - RANK[b.severity]);
  const missing = findings.filter((f) => f.wholePosting).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { placed, missing };
}

/** "3 problems to fix before posting: 2 stigmatizing words, 1 duty outside the peer role" (errors and warnings), and the suggestions. */
export function summaryText(findings: Finding[]): { headline: string; suggestions: string } {
  const problems = findings.filter((f) => f.severity !== 'info');
  const infos = findings.length - problems.length;
  const byCategory = new Map<string, number>();
  for (const f of problems) byCategory.set(String(f.category), (byCategory.get(String(f.category)) ?? 0) + 1);
  const parts = [...byCategory].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => countCategory(c, n));
  const headline =
    problems.length === 0 ? 'No problems to fix before posting.' : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before posting: ${parts.join(', ')}.`;
  return { headline, suggestions: infos === 0 ? '' : `${infos} suggestion${infos === 1 ? '' : 's'} to make it better.` };
}

/**
 * The posting's text with findings highlighted: each stretch of text covered by findings is one
 * <mark> (the most severe one's style), and with `numbers` each finding's start carries its number.
 */
export function renderPostingText(text: string, placed: Finding[], options: { numbers: boolean; idPrefix?: string }): string {
  const cuts = new Set<number>([0, text.length]);
  for (const f of placed) {
    cuts.add(Math.min(f.offset, text.length));
    cuts.add(Math.min(Math.max(f.endOffset, f.offset), text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    if (options.numbers) {
      for (const [n, f] of placed.entries()) {
        if (f.offset === from) html += `<a class="num sev-${f.severity}" href="#${options.idPrefix ?? ''}f${n + 1}" aria-label="problem ${n + 1}">${n + 1}</a>`;
      }
    }
    const covering = placed.flatMap((f, n) => (f.offset <= from && to <= f.endOffset && f.offset < f.endOffset ? [n] : []));
    const piece = escapeHtml(text.slice(from, to));
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const worst = covering.map((n) => placed[n]!.severity).sort((a, b) => RANK[a] - RANK[b])[0]!;
    html += `<mark class="sev-${worst}" data-findings="${covering.map((n) => n + 1).join(' ')}">${piece}</mark>`;
  }
  return html;
}

function suggestionList(f: Finding): string {
  if (f.suggestions.length === 0) return '';
  // For something missing the suggestion is what to add; otherwise it is wording to use instead.
  if (f.wholePosting) return `<p class="write"><span class="label">What to do:</span> ${f.suggestions.map(escapeHtml).join(' ')}</p>`;
  return `<p class="write"><span class="label">Write instead:</span> ${f.suggestions.map((s) => `<q>${escapeHtml(s)}</q>`).join(' or ')}</p>`;
}

export interface ListOptions {
  /** Add an "Apply" button to each finding with a fix (the serve page). */
  applyButtons?: boolean;
  idPrefix?: string;
}

/** One finding beside the text: its number, how much it matters, what is wrong, and what to write instead. */
export function renderFinding(f: Finding, n: number | undefined, options: ListOptions = {}): string {
  const id = n === undefined ? '' : ` id="${options.idPrefix ?? ''}f${n}"`;
  const number = n === undefined ? '' : `<span class="num sev-${f.severity}" aria-hidden="true">${n}</span>`;
  const where = f.wholePosting ? '' : `<p class="quote"><span class="label">${f.paragraph !== undefined ? `Paragraph ${f.paragraph}` : `Line ${f.line}`}:</span> <q>${escapeHtml(f.text.replace(/\s+/g, ' '))}</q></p>`;
  const fix = f.fix
    ? `<p class="fix"><span class="label">Automatic fix:</span> <q>${escapeHtml(f.fix.text)}</q>${options.applyButtons && n !== undefined ? ` <button type="button" class="apply" data-finding="${n}" aria-label="Apply fix ${n}: write ${escapeHtml(f.fix.text)}">Apply</button>` : ''}</p>`
    : '';
  return (
    `<li class="finding sev-${f.severity}"${id}>${number}<p class="what"><span class="badge sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span> ${escapeHtml(f.message)}</p>` +
    `${where}${suggestionList(f)}${fix}<p class="rule">Rule <code>${escapeHtml(f.ruleId)}</code> (${escapeHtml(String(f.category))})</p></li>`
  );
}

export interface FileParts {
  summary: string;
  missing: string;
  list: string;
  text: string;
}

/** The pieces of one posting's report: summary, "Missing from this posting", the findings in the text, the text. */
export function renderFileParts(file: FileResult, text: string | undefined, options: ListOptions = {}): FileParts {
  const { placed, missing } = splitFindings(file.findings);
  const { headline, suggestions } = summaryText(file.findings);
  // The title the peer decision read and why (`role`, see src/role.ts).
  const named = file.role?.title ? ` (title “${file.role.title}”; decided by: ${file.role.reason})` : file.role ? ` (decided by: ${file.role.reason})` : '';
  const role = file.peerRole ? `Read as a posting for a peer role${named}.` : `Not read as a posting for a peer role${named}: the peer-role checks did not run.`;
  const summary = `<p class="headline">${escapeHtml(headline)}</p>${suggestions ? `<p class="suggestions">${escapeHtml(suggestions)}</p>` : ''}<p class="role">${escapeHtml(role)}</p>`;
  const missingHtml = missing.length ? `<h3>Missing from this posting</h3><ul class="findings missing">${missing.map((f) => renderFinding(f, undefined, options)).join('')}</ul>` : '';
  const list = placed.length ? `<h3>In the text</h3><ol class="findings">${placed.map((f, i) => renderFinding(f, i + 1, options)).join('')}</ol>` : '';
  return { summary, missing: missingHtml, list, text: text === undefined ? '' : renderPostingText(text, placed, { numbers: true, idPrefix: options.idPrefix }) };
}

/** Styles shared by the report and the serve page: readable type, highlights that also differ in shape, print-friendly. */
export const BASE_CSS = `
:root{--error:#b3261e;--warning:#8a5a00;--info:#1f5fa8;--error-bg:#fde7e5;--warning-bg:#fff1c9;--info-bg:#e3eefc;--ink:#1b1b1f;--muted:#555}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);margin:0;background:#fafafa}
main{max-width:1200px;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.3rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .4rem}
.headline{font-size:1.15rem;font-weight:600;margin:.2rem 0}.suggestions,.role{margin:.2rem 0;color:var(--muted)}
.posting{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:#fff;border:1px solid #ccc;border-radius:6px;padding:1rem}
mark{background:none;color:inherit;padding:0 1px;border-radius:2px}
mark.sev-error{background:var(--error-bg);text-decoration:underline wavy var(--error) 1.5px;text-underline-offset:3px}
mark.sev-warning{background:var(--warning-bg);text-decoration:underline dashed var(--warning) 1.5px;text-underline-offset:3px}
mark.sev-info{background:var(--info-bg);text-decoration:underline dotted var(--info) 2px;text-underline-offset:3px}
.num{display:inline-block;min-width:1.4em;padding:0 .3em;margin-right:2px;border-radius:1em;font:600 11px/1.6 system-ui,sans-serif;text-align:center;color:#fff;text-decoration:none;vertical-align:text-top}
.num.sev-error{background:var(--error)}.num.sev-warning{background:var(--warning)}.num.sev-info{background:var(--info)}
.findings{list-style:none;padding:0;margin:0}
.finding{background:#fff;border:1px solid #ddd;border-left:6px solid;border-radius:6px;padding:.6rem .8rem;margin:0 0 .6rem;break-inside:avoid}
.finding.sev-error{border-left-color:var(--error)}.finding.sev-warning{border-left-color:var(--warning);border-left-style:dashed}.finding.sev-info{border-left-color:var(--info);border-left-style:dotted}
.finding p{margin:.25rem 0}.finding .num{float:left;margin:.15rem .5rem 0 0}
.badge{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:0 .4em;border-radius:3px;border:1px solid}
.badge.sev-error{color:var(--error)}.badge.sev-warning{color:var(--warning)}.badge.sev-info{color:var(--info)}
.label{font-weight:600}.rule{font-size:.85rem;color:var(--muted)}
q{quotes:"“" "”"}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2rem;align-items:start}
@media (max-width:800px){.columns{grid-template-columns:1fr}}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}.columns{display:block}.posting{border:none;padding:0}
 .finding{border:1px solid #999;border-left-width:4px}a{color:inherit;text-decoration:none}.no-print,button{display:none}
 mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}.num{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
