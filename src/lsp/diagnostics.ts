import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { packageRoot } from '../package-info.ts';
import type { Finding } from '../finding.ts';
import type { Severity } from '../rule.ts';

/** What the server keeps of one lint of one document: the findings and where their offsets start. */
export interface Linted {
  version: number;
  findings: Finding[];
  /** 1 when the buffer starts with a BOM: the engine's offsets are after it. */
  shift: number;
}

export const SOURCE = 'peerlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The rule's documentation as a URL: an absolute URL as given (a plugin's or custom rule's `link`),
 * else the page inside this installation (`rules/<id>/README.md`), so it matches the version that
 * linted and opens offline. Undefined when there is no such page.
 */
export function docsUrl(docs: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(docs)) return docs;
  const [path, hash] = docs.split('#');
  if (!path) return undefined;
  const file = join(packageRoot(), path);
  return existsSync(file) ? pathToFileURL(file).href + (hash ? `#${hash}` : '') : undefined;
}

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** A finding as an LSP diagnostic: positions from the offsets, so columns are UTF-16 whatever the line endings. */
export function toDiagnostic(finding: Finding, document: TextDocument, shift: number): Diagnostic {
  const href = docsUrl(finding.docs);
  return {
    range: rangeOf(document, finding.offset + shift, finding.endOffset + shift),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
    data: { category: finding.category },
  };
}

/** The one diagnostic of a document that cannot be linted, on its first line. */
export function fileErrorDiagnostic(document: TextDocument, problem: string): Diagnostic {
  const firstLine = document.getText().search(/\r|\n|$/);
  return {
    range: rangeOf(document, 0, Math.min(firstLine, 200)),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `peerlint cannot lint this document: ${problem}`,
  };
}

const pages = new Map<string, { description?: string; why?: string } | undefined>();

/**
 * The summary line and the first paragraph of "## Why" of a rule's own docs page (rules/<id>/README.md
 * starts with `# <id>`), for hovers. Read once per page.
 */
export function ruleDocsSummary(ruleId: string, docs: string): { description?: string; why?: string } | undefined {
  if (pages.has(docs)) return pages.get(docs);
  let summary: { description?: string; why?: string } | undefined;
  const file = /^[a-z][a-z\d+.-]*:|#/i.test(docs) ? undefined : join(packageRoot(), docs);
  if (file && existsSync(file)) {
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    if (text.startsWith(`# ${ruleId}\n`)) {
      const paragraph = (from: number) => (from < 0 ? undefined : plainLinks(text.slice(from).trim().split(/\n\s*\n/)[0]!.replace(/\n/g, ' ')));
      const why = /^## Why\n/m.exec(text);
      summary = { description: paragraph(text.indexOf('\n') + 1), why: why ? paragraph(why.index + why[0].length) : undefined };
    }
  }
  pages.set(docs, summary);
  return summary;
}

/** Links relative to the docs page would be broken in a hover: keep their text only. */
function plainLinks(markdown: string): string {
  return markdown.replace(/\[([^[\]]+)\]\((?![a-z]+:)[^()]*\)/gi, '$1');
}
