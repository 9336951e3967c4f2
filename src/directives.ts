import { byCodeUnits } from './sorted.ts';
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
  const suppressors = findSuppressors(findings, usages, lines);
  const kept = findings.filter((finding, i) => {
    const by = suppressors[i];
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
  return kept.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || byCodeUnits(a.ruleId, b.ruleId));
}

/**
 * For each finding, the directive that switches it off, if any: a disable-next-line just above it,
 * else the last disable in force. One pass over the directives and findings in document order
 * (not a scan of every directive per finding, which is quadratic in a file full of both).
 */
function findSuppressors(findings: Finding[], usages: Usage[], lines: LineIndex): Array<Usage | undefined> {
  const nextLine = new Map<number, Usage[]>();
  for (const usage of usages) {
    const { directive } = usage;
    if (directive.kind !== 'disable-next-line') continue;
    const line = lines.position(Math.max(directive.start, directive.end - 1)).line + 1;
    nextLine.set(line, [...(nextLine.get(line) ?? []), usage]);
  }
  // The last disable/enable naming every rule, and the last naming each rule, by position in `usages`.
  let all: { at: number; disable?: Usage } | undefined;
  const byRule = new Map<string, { at: number; disable?: Usage }>();
  let next = 0;
  const result: Array<Usage | undefined> = new Array(findings.length);
  const order = findings.map((_, i) => i).sort((a, b) => findings[a]!.offset - findings[b]!.offset);
  for (const i of order) {
    const finding = findings[i]!;
    for (; next < usages.length && usages[next]!.directive.start <= finding.offset; next++) {
      const usage = usages[next]!;
      const { kind, rules } = usage.directive;
      if (kind === 'disable-next-line') continue;
      const state = { at: next, disable: kind === 'disable' ? usage : undefined };
      if (rules.length === 0) all = state;
      else for (const id of rules) byRule.set(id, state);
    }
    const onLine = nextLine.get(finding.line)?.find(({ directive }) => names(directive, finding.ruleId));
    const own = byRule.get(finding.ruleId);
    const latest = !all ? own : !own ? all : own.at > all.at ? own : all;
    result[i] = onLine ?? latest?.disable;
  }
  return result;
}
