import { byCodeUnits } from './sorted.ts';
import { buildDocument } from './document/build.ts';
import { InputError } from './errors.ts';
import { LineIndex } from './document/lines.ts';
import { sectionAt } from './document/sections.ts';
import type { DocumentFormat, PostingDocument } from './document/types.ts';
import type { FileResult, Finding } from './finding.ts';
import { createNlp } from './nlp/nlp.ts';
import { applyDirectives } from './directives.ts';
import { decideRole, type PeerTitles, type RoleSetting } from './role.ts';
import type { Report, Rule, RuleContext, Severity } from './rule.ts';

export interface RuleSetting {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintOptions {
  rules: RuleSetting[];
  role?: RoleSetting;
  format?: DocumentFormat;
  /** Extra title patterns that name (or never name) a peer role; see src/role.ts. */
  peerTitles?: PeerTitles;
  /** Reports every warning as an error (the `strict` preset). */
  warningsAsErrors?: boolean;
  /** Reports inline disable directives that suppressed nothing. */
  reportUnusedDirectives?: boolean;
  /** Run-wide settings handed to every rule as `context.settings` (e.g. `{ location }`). */
  settings?: Record<string, unknown>;
}

/** One line of text: runs of white space (line breaks included) become one space. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * A message from its template. Quoted text can span lines in the file; a message never does, so the
 * stylish report stays aligned and a GitHub annotation stays one line.
 */
function fill(template: string, data: Report['data'] = {}): string {
  // Own keys only: `{{constructor}}` must not render Object's constructor.
  return oneLine(template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (Object.hasOwn(data, key) ? String(data[key]) : whole)));
}

/** A rule's fix, checked: only from a fixable rule, and inside the text. */
function checkedFix(rule: Rule, fix: NonNullable<Report['fix']>, length: number): NonNullable<Report['fix']> {
  if (rule.meta.fixable !== 'code') throw new Error(`rule ${rule.meta.id} reported a fix but does not set meta.fixable`);
  const [start, end] = fix.range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) throw new Error(`rule ${rule.meta.id} reported a fix with a bad range [${start}, ${end}]`);
  return { range: [start, end], text: fix.text };
}

/** Runs the configured rules over one document. The engine knows nothing about any specific rule. */
export function lintDocument(document: PostingDocument, options: LintOptions): FileResult {
  const role = decideRole(document, options.role, options.peerTitles);
  const peerRole = role.peer;
  const lines = new LineIndex(document.text);
  const nlp = createNlp();
  const findings: Finding[] = [];
  const settings = Object.freeze({ ...options.settings });
  const sectionOf = (at: number | { start: number }) => sectionAt(document, typeof at === 'number' ? at : at.start);

  const listeners = options.rules
    .filter(({ rule }) => rule.meta.appliesTo === 'all' || peerRole)
    .map(({ rule, severity, options: ruleOptions }) => {
      const context: RuleContext = {
        document,
        peerRole,
        role,
        options: ruleOptions,
        settings,
        sectionOf,
        nlp,
        report(report) {
          const template = rule.meta.messages[report.messageId];
          if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${report.messageId}"`);
          const span = report.span ?? document.title;
          const start = lines.position(span.start);
          const end = lines.position(span.end);
          const finding: Finding = {
            ruleId: rule.meta.id,
            category: rule.meta.category,
            severity: report.severity ?? severity,
            message: fill(template, report.data),
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
            offset: span.start,
            endOffset: span.end,
            text: document.text.slice(span.start, span.end),
            suggestions: (report.suggestions ?? []).map(oneLine),
            docs: rule.meta.docs,
          };
          if (!report.span) finding.wholePosting = true;
          if (report.fix) finding.fix = checkedFix(rule, report.fix, document.text.length);
          findings.push(finding);
        },
      };
      return rule.create(context);
    });

  for (const sentence of document.sentences) for (const l of listeners) l.sentence?.(sentence);
  for (const l of listeners) l.end?.();

  if (options.warningsAsErrors) for (const f of findings) if (f.severity === 'warning') f.severity = 'error';
  findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || byCodeUnits(a.ruleId, b.ruleId));
  const kept = applyDirectives(findings, document.directives, document.text, lines, options.reportUnusedDirectives ?? false);
  const titleLine = role.titleSpan ? lines.position(role.titleSpan.start).line : null;
  return { path: document.path, peerRole, role: { peer: role.peer, title: role.title, titleLine, reason: role.reason }, findings: kept };
}

/**
 * Lints text that is already in memory. An empty or white-space-only file is an input error, not a
 * clean lint: in CI it nearly always means a broken export or a truncated write, which must not pass.
 */
export function lintSource(text: string, path: string, options: LintOptions): FileResult {
  if (!/\S/.test(text)) throw new InputError(path, text.length === 0 ? 'empty file: there is no posting to lint' : 'only white space: there is no posting to lint');
  return lintDocument(buildDocument(text, path, options.format), options);
}
