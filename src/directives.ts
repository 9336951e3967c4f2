import type { LineIndex } from './document/lines.ts';
import type { Directive } from './document/types.ts';
import type { Finding } from './finding.ts';

export const UNUSED_DIRECTIVE_ID = 'unused-directive';

interface Usage {
  directive: Directive;
  /** Rule ids whose findings it suppressed (for a directive without rule ids: any id). */
  used: Set<string>;
}

const names = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

/**
 * Drops the findings that inline directives switch off, and (when asked) reports the directives that
 * switched off nothing. Runs after the rules, so no rule needs to know about directives.
 */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  text: string,
  lines: LineIndex,
  reportUnused: boolean,
): Finding[] {
  if (directives.length === 0) return findings;
  const usages = directives.map((directive) => ({ directive, used: new Set<string>() }));
  const kept = findings.filter((finding) => {
    const by = suppressor(finding, usages, lines);
    by?.used.add(finding.ruleId);
    return by === undefined;
  });
  if (!reportUnused) return kept;
  for (const { directive, used } of usages) {
    if (directive.kind === 'enable') continue;
    const unusedIds = directive.rules.filter((id) => !used.has(id));
    if (directive.rules.length === 0 ? used.size > 0 : unusedIds.length === 0) continue;
    const start = lines.position(directive.start);
    const end = lines.position(directive.end);
    const what = directive.rules.length === 0 ? 'no problem was reported' : `no problem from ${unusedIds.map((id) => `"${id}"`).join(', ')} was reported`;
    kept.push({
      ruleId: UNUSED_DIRECTIVE_ID,
      category: 'directive',
      severity: 'warning',
      message: `Unused peerlint-${directive.kind} directive (${what} ${directive.kind === 'disable' ? 'after it' : 'on the next line'}).`,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: directive.start,
      endOffset: directive.end,
      text: text.slice(directive.start, directive.end),
      suggestions: ['Remove the directive, or the rule ids that no longer need it.'],
      docs: 'docs/configuration.md#inline-directives',
    });
  }
  return kept.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
}

/** The directive that switches this finding off, if any: a disable-next-line just above it, else the last disable in force. */
function suppressor(finding: Finding, usages: Usage[], lines: LineIndex): Usage | undefined {
  for (const usage of usages) {
    const { directive } = usage;
    if (directive.kind === 'disable-next-line' && names(directive, finding.ruleId) && lines.position(Math.max(directive.start, directive.end - 1)).line + 1 === finding.line) return usage;
  }
  let active: Usage | undefined;
  for (const usage of usages) {
    const { directive } = usage;
    if (directive.start > finding.offset) break;
    if (directive.kind === 'disable' && names(directive, finding.ruleId)) active = usage;
    // "enable" with no ids ends every disable; with ids, it ends those rules' disables.
    else if (directive.kind === 'enable' && names(directive, finding.ruleId)) active = undefined;
  }
  return active;
}
