import { importFile } from '../host.ts';
import type { Rule } from '../rule.ts';
import { ConfigError } from './errors.ts';

const loaded = new Map<string, Promise<Rule[]>>();

function isRule(value: unknown): value is Rule {
  const rule = value as Rule;
  return (
    typeof rule === 'object' && rule !== null && typeof rule.create === 'function' && typeof rule.meta === 'object' && rule.meta !== null &&
    typeof rule.meta.id === 'string' && typeof rule.meta.messages === 'object'
  );
}

/** What is wrong with a plugin rule's meta, if anything. */
function metaProblem(rule: Rule): string | undefined {
  const { meta } = rule;
  if (!/^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?$/.test(meta.id)) return `rule id "${meta.id}" must be kebab-case (a "plugin/" prefix is allowed)`;
  if (!['error', 'warning', 'info'].includes(meta.defaultSeverity)) return `rule "${meta.id}": meta.defaultSeverity must be error, warning or info`;
  if (meta.appliesTo !== 'peer' && meta.appliesTo !== 'all') return `rule "${meta.id}": meta.appliesTo must be "peer" or "all"`;
  if (typeof meta.category !== 'string' || typeof meta.description !== 'string') return `rule "${meta.id}": meta.category and meta.description must be strings`;
  return undefined;
}

/**
 * Imports a plugin module (an absolute path) and returns its rules: the default export is a rule or
 * an array of rules, written with the same API as the built-in rules. Loaded once per thread.
 */
export function loadPlugin(path: string): Promise<Rule[]> {
  let rules = loaded.get(path);
  if (!rules) {
    rules = (async () => {
      let module: Record<string, unknown>;
      try {
        module = await importFile(path);
      } catch (error) {
        throw ConfigError.of(path, '', `cannot load plugin: ${(error as Error).message.split('\n')[0]}`);
      }
      const exported = module['default'] ?? module['rules'];
      const list = Array.isArray(exported) ? exported : [exported];
      if (list.length === 0 || !list.every(isRule)) {
        throw ConfigError.of(path, '', 'a plugin must export (as default) a rule or an array of rules: { meta: { id, category, defaultSeverity, description, docs, appliesTo, messages }, create(context) }');
      }
      for (const rule of list) {
        const problem = metaProblem(rule);
        if (problem) throw ConfigError.of(path, '', problem);
      }
      return list;
    })();
    loaded.set(path, rules);
  }
  return rules;
}
