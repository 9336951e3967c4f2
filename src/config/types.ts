import type { RoleSetting } from '../role.ts';

/** Severities as written in a config; `warn` is the engine's `warning`. */
export type ConfigSeverity = 'off' | 'info' | 'warn' | 'error';
export const CONFIG_SEVERITIES: readonly ConfigSeverity[] = ['off', 'info', 'warn', 'error'];

/** `"warn"`, `["error"]` or `["error", { ...options }]`. */
export type RuleEntry = ConfigSeverity | [ConfigSeverity] | [ConfigSeverity, Record<string, unknown>];

export interface PeerTitlesConfig {
  peer?: string[];
  notPeer?: string[];
}

/** A rule written in the config instead of code (modelled on Vale's substitution and existence checks). */
export interface CustomRuleSpec {
  id: string;
  type: 'substitution' | 'existence' | 'requirement';
  category?: string;
  severity?: Exclude<ConfigSeverity, 'off'>;
  message?: string;
  description?: string;
  /** Default true. */
  ignoreCase?: boolean;
  /** substitution: pattern -> preferred wording. */
  swap?: Record<string, string>;
  /** existence: patterns that must not appear; requirement: patterns of which one must appear. */
  tokens?: string[];
  scope?: { peerOnly?: boolean; section?: string };
  link?: string;
}

export interface OverrideConfig {
  files: string | string[];
  excludedFiles?: string | string[];
  role?: RoleSetting;
  peerTitles?: PeerTitlesConfig;
  warningsAsErrors?: boolean;
  rules?: Record<string, RuleEntry>;
}

/** A configuration file as written (validated against schema/config.schema.json). */
export interface ConfigFile {
  $schema?: string;
  extends?: string | string[];
  role?: RoleSetting;
  peerTitles?: PeerTitlesConfig;
  warningsAsErrors?: boolean;
  reportUnusedDirectives?: boolean;
  /** Where the jobs are (a US state or city) for pay-transparency, unless a posting's front matter says. */
  location?: string;
  /** Files not to lint, in .gitignore syntax relative to the working folder (as .peerlintignore). */
  ignores?: string[];
  /** Seconds one file may take (the per-file budget) when --max-file-time is not given. */
  maxFileTime?: number;
  rules?: Record<string, RuleEntry>;
  customRules?: CustomRuleSpec[];
  plugins?: string[];
  overrides?: OverrideConfig[];
}

/**
 * The configuration for one file after discovery, extends, presets, overrides and command-line
 * settings. Plain JSON data, so it can be printed (--print-config) and sent to worker threads;
 * `instantiateRules` turns it into the engine's rule settings in any thread.
 */
export interface ResolvedConfig {
  role: RoleSetting;
  peerTitles: { peer: string[]; notPeer: string[] };
  warningsAsErrors: boolean;
  reportUnusedDirectives: boolean;
  /** From the config or --location; also turns on rules that need it (pay-transparency) unless configured. */
  location?: string;
  /** Files not to lint (.gitignore syntax, relative to the working folder), from every config file in the chain. */
  ignores: string[];
  /** Seconds one file may take, from the config files in the chain (not overrides: the budget is the run's). */
  maxFileTime?: number;
  /** Every known rule id (built-in, plugin, custom) with its severity and options. */
  rules: Record<string, [ConfigSeverity, Record<string, unknown>]>;
  customRules: CustomRuleSpec[];
  /** Absolute paths of plugin modules. */
  plugins: string[];
}
