import { builtinRules } from '../../rules/index.ts';
import { UNUSED_DIRECTIVE_ID } from '../directives.ts';
import type { FileResult } from '../finding.ts';
import type { RuleMeta } from '../rule.ts';
import type { FormatOptions } from './types.ts';

/** What runs without a configuration: every recommended built-in rule. */
const defaultRules = (): RuleMeta[] => builtinRules.filter((rule) => rule.meta.recommended !== false).map((rule) => rule.meta);

/** The rules that ran on one file: per file when the run says, else the run's list, else the defaults. */
export function rulesRanOn(options: FormatOptions, path: string): RuleMeta[] {
  return options.rulesFor?.(path) ?? options.rules ?? defaultRules();
}

/** A rule that reported without being one of the listed rules (`unused-directive`), described from its finding. */
function describedByFinding(finding: FileResult['findings'][number]): RuleMeta {
  const description = finding.ruleId === UNUSED_DIRECTIVE_ID ? 'A peerlint-disable comment that suppresses nothing (--report-unused-directives).' : `Rule ${finding.ruleId}.`;
  return { id: finding.ruleId, category: finding.category, defaultSeverity: finding.severity, description, docs: finding.docs, appliesTo: 'all', messages: {} };
}

/**
 * Every rule that ran on some file, in the order they ran, then any rule that reported without being
 * listed: SARIF's `tool.driver.rules`, so every result has a rule to point at.
 */
export function rulesRan(options: FormatOptions, files: FileResult[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  const lists = options.rulesFor ? files.map((file) => options.rulesFor!(file.path) ?? []) : [options.rules ?? defaultRules()];
  for (const list of new Set(lists)) for (const meta of list) if (!byId.has(meta.id)) byId.set(meta.id, meta);
  for (const file of files) for (const f of file.findings) if (!byId.has(f.ruleId)) byId.set(f.ruleId, describedByFinding(f));
  return [...byId.values()];
}
