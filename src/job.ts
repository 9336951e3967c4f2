import { builtinRules } from '../rules/index.ts';
import type { RuleSetting } from './engine.ts';
import { lintFile, type LintTextOptions } from './lint.ts';
import type { FileResult } from './finding.ts';
import type { RoleSetting } from './role.ts';
import type { Severity } from './rule.ts';

/**
 * One file to lint, as plain data: it crosses to a worker thread by structured clone, so rules are
 * named by id and resolved to rule objects on the other side.
 */
export interface LintJob {
  path: string;
  options: {
    role?: RoleSetting;
    /** Omitted: every built-in rule at its default severity. */
    rules?: Array<{ id: string; severity: Severity; options: Record<string, unknown> }>;
    maxBytes?: number;
  };
}

/** The plain-data form of lint options, for a job message. */
export function jobOptions(options: LintTextOptions): LintJob['options'] {
  return {
    role: options.role,
    rules: options.rules?.map(({ rule, severity, options: ruleOptions }) => ({ id: rule.meta.id, severity, options: ruleOptions })),
    maxBytes: options.maxBytes,
  };
}

const byId = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));

/** Turns rule ids back into rule settings; an unknown id is a programming error in the caller. */
export function resolveRules(rules: LintJob['options']['rules']): RuleSetting[] | undefined {
  return rules?.map(({ id, severity, options }) => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`unknown rule "${id}" in a lint job`);
    return { rule, severity, options };
  });
}

export function runJob(job: LintJob): FileResult {
  const { role, rules, maxBytes } = job.options;
  return lintFile(job.path, { role, maxBytes, rules: resolveRules(rules) });
}
