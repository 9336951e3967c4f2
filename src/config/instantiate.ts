import { builtinRules } from '../../rules/index.ts';
import type { LintOptions, RuleSetting } from '../engine.ts';
import { displayPath } from '../files.ts';
import type { Rule } from '../rule.ts';
import { compileCustomRule } from './custom-rules.ts';
import { ConfigError, keyPathOf } from './errors.ts';
import { loadPlugin } from './plugins.ts';
import type { CustomRuleSpec, ResolvedConfig } from './types.ts';
import { optionIssues } from './validate.ts';

const SEVERITY = { info: 'info', warn: 'warning', error: 'error' } as const;

/**
 * Every rule a configuration can name, by id, in run order: built-in rules, plugin rules, custom
 * rules. Two rules with one id are a config error. `whereOf` says where custom rule i was written.
 */
export async function knownRules(
  customRules: CustomRuleSpec[],
  plugins: string[],
  whereOf: (index: number) => { file: string; at: Array<string | number> } = (i) => ({ file: '<resolved config>', at: ['customRules', i] }),
): Promise<Map<string, Rule>> {
  const rules = new Map<string, Rule>(builtinRules.map((rule) => [rule.meta.id, rule]));
  const origin = new Map<string, string>(builtinRules.map((rule) => [rule.meta.id, 'a built-in rule']));
  for (const plugin of plugins) {
    for (const rule of await loadPlugin(plugin)) {
      if (rules.has(rule.meta.id)) throw ConfigError.of(displayPath(plugin), '', `rule id "${rule.meta.id}" is already used by ${origin.get(rule.meta.id)}`);
      rules.set(rule.meta.id, rule);
      origin.set(rule.meta.id, `plugin ${displayPath(plugin)}`);
    }
  }
  customRules.forEach((spec, i) => {
    const { file, at } = whereOf(i);
    if (rules.has(spec.id)) throw ConfigError.of(file, keyPathOf([...at, 'id']), `rule id "${spec.id}" is already used by ${origin.get(spec.id)}`);
    rules.set(spec.id, compileCustomRule(spec, file, at));
    origin.set(spec.id, 'a custom rule');
  });
  return rules;
}

const instantiated = new Map<string, Promise<RuleSetting[]>>();

/**
 * Turns a resolved configuration (plain data) into the engine's rule settings: imports plugins,
 * compiles custom rules, drops rules that are off, maps severities and checks options. Works in any
 * thread; the result is cached per distinct rule configuration, since most files share one.
 */
export function instantiateRules(resolved: Pick<ResolvedConfig, 'rules' | 'customRules' | 'plugins'>): Promise<RuleSetting[]> {
  const key = JSON.stringify([resolved.rules, resolved.customRules, resolved.plugins]);
  let settings = instantiated.get(key);
  if (!settings) {
    settings = (async () => {
      const rules = await knownRules(resolved.customRules, resolved.plugins);
      for (const id of Object.keys(resolved.rules)) {
        if (!rules.has(id)) throw ConfigError.of('<resolved config>', keyPathOf(['rules', id]), `unknown rule "${id}"`);
      }
      const result: RuleSetting[] = [];
      for (const rule of rules.values()) {
        const [severity, options] = resolved.rules[rule.meta.id] ?? [rule.meta.recommended === false ? 'off' : rule.meta.defaultSeverity === 'warning' ? 'warn' : rule.meta.defaultSeverity, {}];
        if (severity === 'off') continue;
        const issues = await optionIssues(rule, options, '<resolved config>', ['rules', rule.meta.id, 1]);
        if (issues.length) throw new ConfigError(issues);
        result.push({ rule, severity: SEVERITY[severity], options });
      }
      return result;
    })();
    settings.catch(() => instantiated.delete(key));
    instantiated.set(key, settings);
  }
  return settings;
}

/** Everything the engine needs to lint a file under a resolved configuration. */
export async function lintOptionsFor(resolved: ResolvedConfig): Promise<Omit<LintOptions, 'format'>> {
  return {
    rules: await instantiateRules(resolved),
    role: resolved.role,
    peerTitles: resolved.peerTitles,
    warningsAsErrors: resolved.warningsAsErrors,
    reportUnusedDirectives: resolved.reportUnusedDirectives,
    settings: resolved.location === undefined ? {} : { location: resolved.location },
  };
}
