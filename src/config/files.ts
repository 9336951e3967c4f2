import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { PublicExplorer } from 'cosmiconfig';
import { displayPath } from '../files.ts';
import { ConfigError, keyPathOf } from './errors.ts';
import { CONFIG_LOADERS, explainParseError } from './loaders.ts';
import { presetName, type PresetName } from './presets.ts';
import type { ConfigFile, OverrideConfig } from './types.ts';
import { schemaIssues } from './validate.ts';

/** Where peerlint looks for a config in each folder, nearest folder first (as markdownlint-cli2 does). */
export const SEARCH_PLACES = [
  'package.json',
  '.peerlintrc',
  '.peerlintrc.json',
  '.peerlintrc.yaml',
  '.peerlintrc.yml',
  '.peerlintrc.js',
  '.peerlintrc.mjs',
  '.peerlintrc.cjs',
  'peerlint.config.js',
  'peerlint.config.mjs',
  'peerlint.config.cjs',
];

/** One step of a configuration chain, in the order the steps are merged. */
export interface Layer {
  /** The config file as shown to users (relative to the working folder), or "--rule". */
  file: string;
  /** Folder that relative paths and override globs are relative to. */
  dir: string;
  /** Where the config sits in its file: ["peerlint"] in package.json. */
  at: string[];
  preset?: PresetName;
  config?: ConfigFile;
  /** Set on the layer made from `overrides[index]`: it applies only to matching files. */
  override?: { index: number; settings: OverrideConfig };
  /** Absolute paths of the plugins this layer names. */
  plugins?: string[];
}

// Our own per-folder walk (searchStrategy none = one folder per call) stops at the filesystem root
// and lets the cache be per folder.
// cosmiconfig (and its YAML and JSON parsers) loads on first use.
let explorerInstance: Promise<PublicExplorer> | undefined;
const explorer = () =>
  (explorerInstance ??= import('cosmiconfig').then(({ cosmiconfig }) => cosmiconfig('peerlint', { searchPlaces: SEARCH_PLACES, searchStrategy: 'none', loaders: CONFIG_LOADERS })));

const nearestByDir = new Map<string, Promise<string | null>>();

/**
 * Forgets every folder searched and file loaded, so a new resolver (a new run in a long-lived
 * process, such as an editor or a watcher) sees config files created or changed since.
 */
export function clearConfigCaches(): void {
  nearestByDir.clear();
  layersByFile.clear();
  void explorerInstance?.then((e) => e.clearCaches());
}

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(dir: string): Promise<string | null> {
  let found = nearestByDir.get(dir);
  if (!found) {
    found = (async () => {
      let result;
      try {
        // Most folders have none of the files: only load cosmiconfig where one might be a config.
        if (SEARCH_PLACES.some((place) => place !== 'package.json' && existsSync(join(dir, place))) || packageJsonConfig(dir)) result = await (await explorer()).search(dir);
      } catch (error) {
        throw await parseError(error);
      }
      if (result) return result.filepath;
      const parent = dirname(dir);
      return parent === dir ? null : findConfigFile(parent);
    })();
    nearestByDir.set(dir, found);
  }
  return found;
}

/**
 * Whether the folder's package.json may hold a `peerlint` key. Nearly every repository has a
 * package.json without one: reading it here spares cosmiconfig's load (~15 ms of a one-file lint).
 * One that is not valid JSON goes to cosmiconfig, which reports it.
 */
function packageJsonConfig(dir: string): boolean {
  let text: string;
  try {
    text = readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return existsSync(join(dir, 'package.json')); // unreadable: cosmiconfig says why
  }
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json !== 'object' || json === null || Object.hasOwn(json, 'peerlint');
  } catch {
    return true;
  }
}

async function parseError(error: unknown): Promise<ConfigError> {
  if (error instanceof ConfigError) return error; // from our loaders: file, line, column and the parser's message
  const e = error as Error & { filepath?: string };
  const explained = e.filepath ? await explainParseError(e.filepath) : undefined;
  if (explained) return explained;
  const file = e.filepath ? displayPath(e.filepath) : '<config>';
  return ConfigError.of(file, '', `cannot parse: ${e.message.replace(/\s+/g, ' ').trim()}`);
}

const layersByFile = new Map<string, Promise<Layer[]>>();

/**
 * Reads a config file and everything it extends, validated, as layers in merge order: what it
 * extends (in order), its own settings, then one layer per override. `stack` detects extends cycles.
 */
export function loadConfigLayers(path: string, stack: string[] = []): Promise<Layer[]> {
  if (stack.includes(path)) {
    const cycle = [...stack.slice(stack.indexOf(path)), path].map((p) => displayPath(p)).join(' -> ');
    return Promise.reject(ConfigError.of(displayPath(stack[stack.length - 1]!), 'extends', `extends cycle: ${cycle}`));
  }
  let layers = layersByFile.get(path);
  if (!layers) {
    layers = readLayers(path, stack);
    // A cycle error depends on the stack, so only settled successes are worth keeping.
    layers.catch(() => layersByFile.delete(path));
    layersByFile.set(path, layers);
  }
  return layers;
}

async function readLayers(path: string, stack: string[]): Promise<Layer[]> {
  const file = displayPath(path);
  if (!existsSync(path)) throw ConfigError.of(file, '', 'cannot read: no such file');
  let result;
  try {
    result = await (await explorer()).load(path);
  } catch (error) {
    throw await parseError(error);
  }
  const at = basename(path) === 'package.json' ? ['peerlint'] : [];
  const config = (result?.config ?? {}) as ConfigFile;
  const issues = await schemaIssues(config, file, at);
  if (issues.length) throw new ConfigError(issues);
  const dir = dirname(path);

  const layers: Layer[] = [];
  const extendsList = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  for (const [i, entry] of extendsList.entries()) {
    const preset = presetName(entry);
    if (preset) {
      layers.push({ file: `${file} (extends ${preset})`, dir, at, preset });
      continue;
    }
    const where = keyPathOf([...at, 'extends', ...(Array.isArray(config.extends) ? [i] : [])]);
    const target = resolveModule(entry, dir, file, where, 'config');
    layers.push(...(await loadConfigLayers(target, [...stack, path])));
  }
  const plugins = (config.plugins ?? []).map((entry, i) => resolveModule(entry, dir, file, keyPathOf([...at, 'plugins', i]), 'plugin'));
  layers.push({ file, dir, at, config, plugins });
  (config.overrides ?? []).forEach((settings, index) => layers.push({ file, dir, at, override: { index, settings } }));
  return layers;
}

/** A relative or absolute path (from the config's folder), or a package name resolved from there. */
function resolveModule(entry: string, dir: string, file: string, where: string, what: 'config' | 'plugin'): string {
  if (entry.startsWith('.') || isAbsolute(entry)) {
    const path = resolve(dir, entry);
    if (!existsSync(path)) throw ConfigError.of(file, where, `cannot find ${what} file "${entry}" (looked for ${displayPath(path)})`);
    return path;
  }
  try {
    return createRequire(join(dir, 'package.json')).resolve(entry);
  } catch {
    const hint = what === 'config' ? ' (presets are recommended, strict and all; files start with ./)' : '';
    throw ConfigError.of(file, where, `cannot find ${what} package "${entry}" from ${displayPath(dir) || '.'}${hint}`);
  }
}
