import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDirective } from '../document/directives.ts';
import { FRONT_MATTER } from '../document/markdown.ts';
import type { DocumentFormat } from '../document/types.ts';
import type { Finding } from '../finding.ts';
import { rangeOf, ruleDocsSummary } from './diagnostics.ts';

export const EXPLAIN_COMMAND = 'peerlint.explainRule';

/** How the server turns an edit into a WorkspaceEdit the client accepts (versioned when it can). */
export type EditFor = (edits: TextEdit[]) => CodeAction['edit'];

/**
 * A suggestion that is a phrase ("person in recovery") can stand in for the flagged text; one that
 * is advice ("Refer participants to clinical staff for assessment; ...") cannot, and stays in the
 * hover. A phrase is one short line without sentence punctuation or quotes.
 */
export function replacementOf(suggestion: string, flagged: string): string | undefined {
  const phrase = suggestion.trim();
  if (!phrase || phrase.length > 60 || phrase.split(/\s+/).length > 8 || /[.!?:;"“”\n]/.test(phrase)) return undefined;
  // "Addicts ..." -> "Person in recovery ...": keep a capital at the start of what is replaced.
  return /^\p{Lu}/u.test(flagged) && /^\p{Ll}/u.test(phrase) ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
}

/** Quick fixes for one finding: its fix, each phrase suggestion, a disable directive, and its docs. */
export function codeActionsFor(finding: Finding, diagnostic: Diagnostic, document: TextDocument, shift: number, format: DocumentFormat, editFor: EditFor): CodeAction[] {
  const actions: CodeAction[] = [];
  const quickFix = (title: string, edits: TextEdit[], isPreferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(isPreferred ? { isPreferred } : {}),
    edit: editFor(edits),
  });
  if (finding.fix) {
    const [start, end] = finding.fix.range;
    const title = finding.fix.text ? `Replace with "${finding.fix.text}"` : `Delete "${document.getText(rangeOf(document, start + shift, end + shift))}"`;
    actions.push(quickFix(title, [{ range: rangeOf(document, start + shift, end + shift), newText: finding.fix.text }], true));
  }
  const range = rangeOf(document, finding.offset + shift, finding.endOffset + shift);
  for (const suggestion of finding.suggestions) {
    const phrase = replacementOf(suggestion, finding.text);
    if (phrase !== undefined && phrase !== finding.fix?.text && phrase !== finding.text) actions.push(quickFix(`Replace with "${phrase}"`, [{ range, newText: phrase }]));
  }
  const disable = disableEdits(document.getText(), finding.offset + shift, finding.ruleId, format);
  if (disable) actions.push(quickFix(`Disable ${finding.ruleId} for this ${disable.scope}`, disable.edits.map((e) => ({ range: rangeOf(document, e.start, e.end), newText: e.text }))));
  actions.push({
    title: `Explain ${finding.ruleId}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Explain ${finding.ruleId}`, command: EXPLAIN_COMMAND, arguments: [finding.ruleId, finding.docs] },
  });
  return actions;
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Lines with their offsets and line breaks; `break` is '' on a last line without one. */
function linesOf(text: string): Array<{ start: number; end: number; text: string; eol: string }> {
  const lines = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start: m.index, end: m.index + m[1]!.length, text: m[1]!, eol: m[2]! });
    if (!m[2]) break;
  }
  return lines;
}

/** A Markdown table's delimiter row (`| --- | :-: |`), read cell by cell: one regex over the whole row backtracks polynomially on runs of spaces. */
const TABLE_DELIMITER = {
  test(line: string): boolean {
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
    return cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
  },
};

/**
 * The edits that switch `ruleId` off where `offset` is: a `peerlint-disable-next-line` line above the
 * finding's line (in Markdown an HTML comment; in plain text the words on a line of their own), or the
 * rule added to such a line already there. A comment line would split a Markdown table, so a table is
 * wrapped in `peerlint-disable` / `peerlint-enable` instead. Undefined inside front matter, where no
 * directive can go (see docs/configuration.md: a title there cannot be disabled inline).
 */
export function disableEdits(text: string, offset: number, ruleId: string, format: DocumentFormat): { scope: 'line' | 'table'; edits: OffsetEdit[] } | undefined {
  const comment = (words: string) => (format === 'markdown' ? `<!-- ${words} -->` : words);
  if (format === 'markdown') {
    const frontMatter = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
    if (frontMatter && offset < frontMatter[0].length + (text.startsWith('\uFEFF') ? 1 : 0)) return undefined;
  }
  const lines = linesOf(text);
  const index = Math.max(0, lines.findIndex((l) => offset < l.end + l.eol.length || !l.eol));
  const line = lines[index]!;
  const eol = line.eol || lines.find((l) => l.eol)?.eol || '\n';
  const indent = /^[ \t]*/.exec(line.text)![0];

  if (format === 'markdown' && line.text.includes('|')) {
    let first = index;
    let last = index;
    while (first > 0 && lines[first - 1]!.text.includes('|')) first--;
    while (last < lines.length - 1 && lines[last + 1]!.text.includes('|')) last++;
    if (lines.slice(first, last + 1).some((l) => TABLE_DELIMITER.test(l.text) && l.text.includes('-'))) {
      const top = lines[first]!;
      const bottom = lines[last]!;
      return {
        scope: 'table',
        edits: [
          { start: top.start, end: top.start, text: `${comment(`peerlint-disable ${ruleId}`)}${eol}` },
          { start: bottom.end, end: bottom.end, text: `${eol}${comment(`peerlint-enable ${ruleId}`)}` },
        ],
      };
    }
  }

  const above = index > 0 ? lines[index - 1]! : undefined;
  const body = above && (format === 'markdown' ? /^\s*<!--([\s\S]*)-->\s*$/.exec(above.text)?.[1] : above.text);
  const existing = above && body !== undefined ? parseDirective(body, above.start, above.end) : undefined;
  if (above && existing?.kind === 'disable-next-line' && existing.rules.length > 0) {
    if (existing.rules.includes(ruleId)) return undefined;
    const words = `peerlint-disable-next-line ${[...existing.rules, ruleId].join(', ')}${existing.reason ? ` -- ${existing.reason}` : ''}`;
    const aboveIndent = /^[ \t]*/.exec(above.text)![0];
    return { scope: 'line', edits: [{ start: above.start, end: above.end, text: aboveIndent + comment(words) }] };
  }
  return { scope: 'line', edits: [{ start: line.start, end: line.start, text: `${indent}${comment(`peerlint-disable-next-line ${ruleId}`)}${eol}` }] };
}

/** Hover text for the findings under the cursor: what is wrong, why, and what to write instead. */
export function hoverMarkdown(findings: Finding[], docsHref: (docs: string) => string | undefined): string {
  return findings
    .map((finding) => {
      const parts = [`**${finding.ruleId}** (${finding.category}, ${finding.severity}): ${finding.message}`];
      const page = ruleDocsSummary(finding.ruleId, finding.docs);
      if (page?.why) parts.push(`*Why:* ${page.why}`);
      else if (page?.description) parts.push(page.description);
      const instead = [...(finding.fix ? [finding.fix.text] : []), ...finding.suggestions.filter((s) => s !== finding.fix?.text)];
      if (instead.length === 1) parts.push(`*Instead:* ${instead[0]}`);
      else if (instead.length > 1) parts.push(`*Instead:*\n${instead.map((s) => `- ${s}`).join('\n')}`);
      const href = docsHref(finding.docs);
      if (href) parts.push(`[${finding.ruleId} documentation](${href})`);
      return parts.join('\n\n');
    })
    .join('\n\n---\n\n');
}
