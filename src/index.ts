/** peerlint's library API: lint postings from Node without a child process. */
export { lintText, lintFile, lintFileAsync, lintFiles, summarize, exitCodeFor, defaultRuleSettings } from './lint.ts';
export type { LintReport, LintTextOptions, RuleCounts, Summary } from './lint.ts';
export { lint } from './run.ts';
export type { LintOptions, RunOptions } from './run.ts';
export { formatters, writers } from './formatters/index.ts';
export type { Formatter, FormatOptions, ReportWriter, WriterFactory } from './formatters/index.ts';
export { fingerprint } from './cache.ts';
export { expandTargets } from './files.ts';
export type { ExpandOptions, Target } from './files.ts';
export type { RuleSetting } from './engine.ts';
export { JSON_SCHEMA_VERSION } from './formatters/json.ts';
export { builtinRules } from '../rules/index.ts';
export { defineRule } from './rule.ts';
export type { Rule, RuleMeta, RuleContext, RuleListeners, Report, Severity, Category } from './rule.ts';
export type { Finding, FileResult } from './finding.ts';
export type { PostingDocument, Section, Sentence, Block, Span } from './document/types.ts';
export { buildDocument } from './document/build.ts';
export {
  ConfigResolver,
  ConfigError,
  configSchema,
  compileCustomRule,
  instantiateRules,
  lintOptionsFor,
  lintFilesWithConfig,
  parseRuleArgument,
  PRESETS,
} from './config/index.ts';
export type { ConfigOptions, ConfigFile, ConfigIssue, CustomRuleSpec, ResolvedConfig, RuleEntry, ConfigSeverity } from './config/index.ts';
export type { LintOptions as EngineOptions } from './engine.ts';
