import { dirname, relative, resolve, sep } from 'node:path';
import type { RoleSetting } from '../role.ts';
import type { Rule } from '../rule.ts';
import { ConfigError, keyPathOf, type ConfigIssue } from './errors.ts';
import { compileUserRegex } from './safe-regex.ts';
import { clearConfigCaches, findConfigFile, loadConfigLayers, type Layer } from './files.ts';
import { knownRules } from './instantiate.ts';
import { presetSettings, toConfigSeverity } from './presets.ts';
import type { ConfigSeverity, CustomRuleSpec, ResolvedConfig, RuleEntry } from './types.ts';
import { lazy } from '../lazy.ts';

// Only for overrides and --rule.
const picomatch = lazy<typeof import('picomatch')>('picomatch');
const yaml = lazy<typeof import('yaml')>('yaml');
import { checkRuleEntry } from './validate.ts';

export interface ConfigOptions {
  /** Folder that relative paths are resolved from (default: the working folder). */
  cwd?: string;
  /** A config file to use for every file instead of searching; `false` uses none. */
  config?: string | false;
  /** Rule settings applied last (the CLI's --rule). */
  rules?: Record<string, unknown>;
  /** What to call `rules` in error messages: "options" (the default, for the library), "--rule" (the CLI). */
  rulesSource?: string;
  /** Overrides the config's role when set (the CLI's --role). */
  role?: RoleSetting;
  /** Turns on --report-unused-directives whatever the config says. */
  reportUnusedDirectives?: boolean;
  /** Overrides the config's location (the CLI's --location). */
  location?: string;
}

type RuleSettings = Record<string, { severity: ConfigSeverity; options?: Record<string, unknown> }>;

/** A config chain with its rules known and every entry checked; folded per file by `resolveFor`. */
interface Chain {
  layers: Array<Layer & { ruleSettings?: RuleSettings; matches?: (path: string) => boolean }>;
  rules: Map<string, Rule>;
  customRules: CustomRuleSpec[];
  plugins: string[];
}

/** Parses `--rule 'id: severity'` or `--rule 'id: [severity, {options}]'` (YAML or JSON after the colon). */
export function parseRuleArgument(text: string): [string, unknown] {
  const colon = text.indexOf(':');
  if (colon < 1) throw ConfigError.of('--rule', '', `expected "rule-id: severity" or "rule-id: [severity, {options}]", got ${JSON.stringify(text)}`);
  const id = text.slice(0, colon).trim();
  try {
    return [id, yaml().parse(text.slice(colon + 1))];
  } catch (error) {
    throw ConfigError.of('--rule', id, `cannot parse ${JSON.stringify(text.slice(colon + 1).trim())}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Resolves each linted file's configuration: the nearest config file wins; results are cached per config. */
export class ConfigResolver {
  private readonly cwd: string;
  private readonly chains = new Map<string, Promise<Chain>>();

  constructor(private readonly options: ConfigOptions = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd());
    clearConfigCaches(); // a new resolver sees config files as they are now
  }

  /** The config file that applies to a file (null when none does). */
  async configFileFor(filePath: string): Promise<string | null> {
    if (this.options.config === false) return null;
    if (typeof this.options.config === 'string') return resolve(this.cwd, this.options.config);
    return findConfigFile(dirname(resolve(this.cwd, filePath)));
  }

  /** The config files that make up a file's configuration, in merge order (what it extends first), as shown to users. */
  async configFilesFor(filePath: string): Promise<string[]> {
    const configFile = await this.configFileFor(filePath);
    if (!configFile) return [];
    return [...new Set((await loadConfigLayers(configFile)).filter((layer) => !layer.preset).map((layer) => layer.file))];
  }

  /** The resolved configuration for one file (plain JSON data). Throws ConfigError for a bad config. */
  async resolve(filePath: string): Promise<ResolvedConfig> {
    const configFile = await this.configFileFor(filePath);
    const key = configFile ?? '';
    let chain = this.chains.get(key);
    if (!chain) {
      chain = this.buildChain(configFile);
      this.chains.set(key, chain);
    }
    return resolveFor(await chain, resolve(this.cwd, filePath), this.options);
  }

  private async buildChain(configFile: string | null): Promise<Chain> {
    const layers: Chain['layers'] = configFile ? [...(await loadConfigLayers(configFile))] : [];
    if (this.options.rules && Object.keys(this.options.rules).length) {
      layers.push({ file: this.options.rulesSource ?? 'options', dir: this.cwd, at: [], config: { rules: this.options.rules as Record<string, RuleEntry> } });
    }
    return checkChain(layers);
  }
}

/** Loads plugins and compiles custom rules, then checks every rule entry of every layer against the known rules. */
async function checkChain(layers: Chain['layers']): Promise<Chain> {
  const byId = new Map<string, { spec: CustomRuleSpec; layer: Layer; index: number }>();
  const plugins: string[] = [];
  for (const layer of layers) {
    for (const plugin of layer.plugins ?? []) if (!plugins.includes(plugin)) plugins.push(plugin);
    layer.config?.customRules?.forEach((spec, index) => {
      byId.delete(spec.id); // a later definition replaces an earlier one, and takes its place in the order
      byId.set(spec.id, { spec, layer, index });
    });
  }
  const customRules = [...byId.values()];
  const rules = await knownRules(
    customRules.map((c) => c.spec),
    plugins,
    (i: number) => ({ file: customRules[i]!.layer.file, at: [...customRules[i]!.layer.at, 'customRules', customRules[i]!.index] }),
  );

  const issues: ConfigIssue[] = [];
  for (const layer of layers) {
    const settings = layer.override ? layer.override.settings : layer.config;
    if (!settings?.rules) continue;
    const at = [...layer.at, ...(layer.override ? ['overrides', layer.override.index] : []), 'rules'];
    layer.ruleSettings = {};
    for (const [id, entry] of Object.entries(settings.rules)) {
      const checked = await checkRuleEntry(id, entry, rules, layer.file, at);
      issues.push(...checked.issues);
      if (checked.severity) layer.ruleSettings[id] = { severity: checked.severity, options: checked.options };
    }
  }
  for (const layer of layers) {
    if (!layer.override) continue;
    const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    const files = list(layer.override.settings.files);
    const excluded = list(layer.override.settings.excludedFiles);
    // A pattern without a slash matches the file name in any folder, as in ESLint's overrides.
    const matcher = (patterns: string[]) => (patterns.length ? picomatch()(patterns, { dot: true, basename: !patterns.some((p) => p.includes('/')) }) : () => false);
    const include = matcher(files);
    const exclude = matcher(excluded);
    const dir = layer.dir;
    layer.matches = (path) => {
      const rel = relative(dir, path).split(sep).join('/');
      return !rel.startsWith('../') && include(rel) && !exclude(rel);
    };
  }
  for (const layer of layers) {
    const titles = (layer.override ? layer.override.settings : layer.config)?.peerTitles;
    const at = [...layer.at, ...(layer.override ? ['overrides', layer.override.index] : []), 'peerTitles'];
    for (const kind of ['peer', 'notPeer'] as const) {
      titles?.[kind]?.forEach((pattern, i) => {
        const compiled = compileUserRegex(pattern, 'i');
        if (typeof compiled === 'string') issues.push({ file: layer.file, keyPath: keyPathOf([...at, kind, i]), problem: compiled });
      });
    }
  }
  if (issues.length) throw new ConfigError(issues);
  return { layers, rules, customRules: customRules.map((c) => c.spec), plugins };
}

/** Folds a chain's layers, in order, into the configuration for one file. */
function resolveFor(chain: Chain, absPath: string, options: ConfigOptions): ResolvedConfig {
  const resolved: ResolvedConfig = {
    role: 'auto',
    peerTitles: { peer: [], notPeer: [] },
    warningsAsErrors: false,
    reportUnusedDirectives: false,
    ignores: [],
    rules: {},
    customRules: chain.customRules,
    plugins: chain.plugins,
  };
  const applyPreset = (name: Parameters<typeof presetSettings>[0]) => {
    const preset = presetSettings(name, chain.rules.values());
    for (const [id, severity] of Object.entries(preset.rules)) resolved.rules[id] = [severity, resolved.rules[id]?.[1] ?? {}];
    resolved.warningsAsErrors = preset.warningsAsErrors;
  };
  applyPreset('recommended'); // the default, under everything else
  const configured = new Set<string>(); // rule ids that some config layer sets itself

  for (const layer of chain.layers) {
    if (layer.preset) {
      applyPreset(layer.preset);
      continue;
    }
    if (layer.override && !layer.matches?.(absPath)) continue;
    const settings = layer.override?.settings ?? layer.config ?? {};
    if (settings.role) resolved.role = settings.role;
    if (settings.warningsAsErrors !== undefined) resolved.warningsAsErrors = settings.warningsAsErrors;
    if ('reportUnusedDirectives' in settings && settings.reportUnusedDirectives !== undefined) resolved.reportUnusedDirectives = settings.reportUnusedDirectives;
    if ('location' in settings && typeof settings.location === 'string') resolved.location = settings.location;
    if (!layer.override && layer.config?.ignores) resolved.ignores.push(...layer.config.ignores);
    if (!layer.override && layer.config?.maxFileTime !== undefined) resolved.maxFileTime = layer.config.maxFileTime;
    for (const kind of ['peer', 'notPeer'] as const) {
      for (const pattern of settings.peerTitles?.[kind] ?? []) if (!resolved.peerTitles[kind].includes(pattern)) resolved.peerTitles[kind].push(pattern);
    }
    // A severity alone keeps the options set earlier; [severity, options] replaces them.
    for (const [id, { severity, options: ruleOptions }] of Object.entries(layer.ruleSettings ?? {})) {
      resolved.rules[id] = [severity, ruleOptions ?? resolved.rules[id]?.[1] ?? {}];
      configured.add(id);
    }
  }
  if (options.role) resolved.role = options.role;
  if (options.location) resolved.location = options.location;
  // A location turns on the opt-in rules that need one, unless a config set them (off included).
  if (resolved.location !== undefined) {
    for (const rule of chain.rules.values()) {
      const { id, enabledBySetting, defaultSeverity } = rule.meta;
      if (enabledBySetting === 'location' && !configured.has(id) && resolved.rules[id]?.[0] === 'off') {
        resolved.rules[id] = [toConfigSeverity(defaultSeverity), resolved.rules[id]?.[1] ?? {}];
      }
    }
  }
  if (options.reportUnusedDirectives) resolved.reportUnusedDirectives = true;
  return resolved;
}
