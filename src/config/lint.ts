import type { LintReport, LintTextOptions } from '../lint.ts';
import { lint, type LintOptions } from '../run.ts';
import { lintOptionsFor } from './instantiate.ts';
import type { ConfigResolver } from './resolve.ts';

/**
 * The options to lint one file with under its configuration (the nearest config file, or the one
 * named). Throws ConfigError for a configuration that cannot be used.
 */
export async function lintOptionsForFile(filePath: string, resolver: ConfigResolver): Promise<LintTextOptions> {
  return lintOptionsFor(await resolver.resolve(filePath));
}

/** Like lintFiles, but each file is linted under its configuration: `lint` with files as input. */
export function lintFilesWithConfig(args: string[], options: Omit<LintOptions, 'input'> = {}): Promise<LintReport> {
  return lint(args, { ...options, input: 'files' });
}
