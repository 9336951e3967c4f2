import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { builtinRules } from '../../rules/index.ts';
import type { Rule } from '../rule.ts';
import { ConfigError, keyPathOf, keyPathOfPointer, type ConfigIssue } from './errors.ts';
import { configSchema } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { CONFIG_SEVERITIES, type ConfigSeverity, type RuleEntry } from './types.ts';

// ajv is loaded only when there is something to validate, so a run without a config never pays for it.
let ajvInstance: Promise<Ajv> | undefined;
const loadAjv = () =>
  (ajvInstance ??= import('ajv').then((module) => {
    // ajv is CommonJS: bundled, its class is the default export; under Node or vitest, also the named one.
    const AjvClass = (module.Ajv ?? (module as unknown as { default: typeof module.Ajv }).default) as typeof module.Ajv;
    return new AjvClass({ allErrors: true, strict: false, verbose: true });
  }));
let validateFile: ValidateFunction | undefined;

/** Rule entries are checked by `checkRuleEntry`, which knows plugin and custom rules and words errors better. */
const RULE_ENTRY = /^(?:\/overrides\/\d+)?\/rules\/[^/]+(?:\/|$)/;

function describe(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const allowed = Object.keys(((error.parentSchema as { properties?: object })?.properties ?? {}) as object);
      return `unknown key "${String(p['additionalProperty'])}"${didYouMean(String(p['additionalProperty']), allowed)}`;
    }
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'required':
      return `missing required key "${String(p['missingProperty'])}"`;
    case 'type':
      return `must be ${String(p['type']).replace(',', ' or ')}`;
    default:
      return error.message ?? 'is invalid';
  }
}

/**
 * Checks a configuration file as written against the shipped schema and returns every problem,
 * each with its key path. `prefix` is where the config sits in the file ("peerlint" in package.json).
 */
export async function schemaIssues(config: unknown, file: string, prefix: string[] = []): Promise<ConfigIssue[]> {
  const ajv = await loadAjv();
  validateFile ??= ajv.compile(configSchema(builtinRules));
  if (validateFile(config)) return [];
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  for (const error of validateFile.errors ?? []) {
    if (RULE_ENTRY.test(error.instancePath) || error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const issue = { file, keyPath: keyPathOfPointer(error.instancePath, prefix), problem: describe(error) };
    const key = `${issue.keyPath}\0${issue.problem}`;
    if (!seen.has(key)) issues.push(issue), seen.add(key);
  }
  return issues;
}

const optionValidators = new WeakMap<Rule, ValidateFunction>();

/** The rule's options validator, compiled once; a plugin whose schema is broken is a config error. */
async function optionsValidator(rule: Rule): Promise<ValidateFunction> {
  let validate = optionValidators.get(rule);
  if (!validate) {
    const ajv = await loadAjv();
    try {
      validate = ajv.compile(rule.meta.options ?? { type: 'object', maxProperties: 0 });
    } catch (error) {
      throw ConfigError.of(rule.meta.docs || rule.meta.id, 'meta.options', `rule "${rule.meta.id}" has an invalid options schema: ${(error as Error).message}`);
    }
    optionValidators.set(rule, validate);
  }
  return validate;
}

/** Problems with a rule's options (an empty list when they are valid). */
export async function optionIssues(rule: Rule, options: unknown, file: string, at: Array<string | number>): Promise<ConfigIssue[]> {
  // No options is what every rule runs with by default; only options that were given need checking.
  if (typeof options === 'object' && options !== null && !Array.isArray(options) && Object.keys(options).length === 0) return [];
  const validate = await optionsValidator(rule);
  if (validate(options)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf')
    .map((e) => ({ file, keyPath: keyPathOfPointer(e.instancePath, at), problem: rule.meta.options ? describe(e) : `rule "${rule.meta.id}" takes no options` }));
}

/** An entry's id and shape, checked; the options are left to an options check. */
function readRuleEntry(id: string, entry: unknown, known: Map<string, Rule>, file: string, at: Array<string | number>) {
  const where = keyPathOf([...at, id]);
  const rule = known.get(id);
  if (!rule) return { issues: [{ file, keyPath: where, problem: `unknown rule "${id}"${didYouMean(id, known.keys())}` }] };
  const [severity, options, ...extra] = Array.isArray(entry) ? entry : [entry];
  if (!CONFIG_SEVERITIES.includes(severity as ConfigSeverity)) {
    const shown = severity === 'warning' ? ' ("warning" is written "warn")' : '';
    return { issues: [{ file, keyPath: Array.isArray(entry) ? `${where}[0]` : where, problem: `severity must be one of off, info, warn, error, not ${JSON.stringify(severity)}${shown}` }] };
  }
  if (extra.length > 0) return { issues: [{ file, keyPath: where, problem: 'must be a severity or [severity, {options}]' }] };
  if (options === undefined) return { issues: [], severity: severity as ConfigSeverity };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { issues: [{ file, keyPath: `${where}[1]`, problem: 'options must be an object' }] };
  }
  return { issues: [], severity: severity as ConfigSeverity, options: options as Record<string, unknown>, rule };
}

type CheckedEntry = { issues: ConfigIssue[]; severity?: ConfigSeverity; options?: Record<string, unknown> };

/**
 * Reads one `rules` entry: the id must be a known rule (else the closest ids are suggested), the
 * severity one of off|info|warn|error, and the options valid for the rule.
 */
export async function checkRuleEntry(id: string, entry: unknown, known: Map<string, Rule>, file: string, at: Array<string | number>): Promise<CheckedEntry> {
  const { rule, ...read } = readRuleEntry(id, entry, known, file, at);
  if (!rule) return read;
  return { ...read, issues: await optionIssues(rule, read.options, file, [...at, id, 1]) };
}

let syncValidators: WeakMap<Rule, ValidateFunction> | undefined;
let syncAjv: Ajv | undefined;

/**
 * checkRuleEntry for a synchronous caller (`lintText`): ajv is then loaded with require() instead of
 * the lazy import() that the CLI uses, so the options are checked the same way.
 */
export function checkRuleEntrySync(id: string, entry: unknown, known: Map<string, Rule>, file: string, at: Array<string | number>): CheckedEntry {
  const { rule, ...read } = readRuleEntry(id, entry, known, file, at);
  if (!rule || Object.keys(read.options ?? {}).length === 0) return read;
  if (!syncAjv) {
    const required = createRequire(import.meta.url)('ajv') as { default?: typeof Ajv; Ajv?: typeof Ajv };
    const AjvClass = (required.Ajv ?? required.default) as unknown as new (options: object) => Ajv;
    syncAjv = new AjvClass({ allErrors: true, strict: false, verbose: true });
  }
  syncValidators ??= new WeakMap();
  let validate = syncValidators.get(rule);
  if (!validate) syncValidators.set(rule, (validate = syncAjv.compile(rule.meta.options ?? { type: 'object', maxProperties: 0 })));
  if (validate(read.options)) return read;
  const issues = (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf')
    .map((e) => ({ file, keyPath: keyPathOfPointer(e.instancePath, [...at, id, 1]), problem: rule.meta.options ? describe(e) : `rule "${rule.meta.id}" takes no options` }));
  return { ...read, issues };
}

export type { RuleEntry };
