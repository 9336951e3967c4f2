import type { Rule, Severity } from '../rule.ts';
import type { ConfigSeverity } from './types.ts';

export type PresetName = 'recommended' | 'strict' | 'all';
export const PRESETS: readonly PresetName[] = ['recommended', 'strict', 'all'];

/** `recommended` and `peerlint:recommended` both name the built-in preset. */
export function presetName(entry: string): PresetName | undefined {
  const name = entry.replace(/^peerlint:/, '');
  return (PRESETS as readonly string[]).includes(name) ? (name as PresetName) : undefined;
}

export const toConfigSeverity = (severity: Severity): ConfigSeverity => (severity === 'warning' ? 'warn' : severity);

/**
 * What a preset sets for every known rule (built-in, plugin and custom): `recommended` each rule's
 * default severity (rules marked `recommended: false` off), `all` every rule at its default severity,
 * `strict` every rule on and warnings reported as errors.
 */
export function presetSettings(name: PresetName, rules: Iterable<Rule>): { rules: Record<string, ConfigSeverity>; warningsAsErrors: boolean } {
  const settings: Record<string, ConfigSeverity> = {};
  for (const { meta } of rules) {
    settings[meta.id] = name === 'recommended' && meta.recommended === false ? 'off' : toConfigSeverity(meta.defaultSeverity);
  }
  return { rules: settings, warningsAsErrors: name === 'strict' };
}
