/** Configuration: discovery, extends, presets, overrides, custom rules and plugins (see README "Configuration"). */
export { ConfigResolver, parseRuleArgument, type ConfigOptions } from './resolve.ts';
export { instantiateRules, lintOptionsFor, knownRules } from './instantiate.ts';
export { lintFilesWithConfig } from './lint.ts';
export { ConfigError, formatIssue, type ConfigIssue } from './errors.ts';
export { configSchema } from './schema.ts';
export { compileCustomRule } from './custom-rules.ts';
export { SEARCH_PLACES } from './files.ts';
export { PRESETS, type PresetName } from './presets.ts';
export type { ConfigFile, ConfigSeverity, CustomRuleSpec, OverrideConfig, ResolvedConfig, RuleEntry } from './types.ts';
