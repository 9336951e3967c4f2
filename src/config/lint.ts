import { resolve } from 'node:path';
import { expandTargets } from '../files.ts';
import type { FileResult } from '../finding.ts';
import { lintFile, summarize, type LintReport, type LintTextOptions } from '../lint.ts';
import { lintOptionsFor } from './instantiate.ts';
import { ConfigResolver, type ConfigOptions } from './resolve.ts';

/**
 * The options to lint one file with under its configuration (the nearest config file, or the one
 * named). Throws ConfigError for a configuration that cannot be used.
 */
export async function lintOptionsForFile(filePath: string, resolver: ConfigResolver): Promise<LintTextOptions> {
  return lintOptionsFor(await resolver.resolve(filePath));
}

/**
 * Like lintFiles, but each file is linted under its configuration. Every file's configuration is
 * resolved before any file is linted, so a bad configuration (ConfigError) means nothing is linted.
 */
export async function lintFilesWithConfig(args: string[], options: ConfigOptions = {}): Promise<LintReport> {
  const resolver = new ConfigResolver(options);
  const targets = expandTargets(args, options.cwd);
  const plans = await Promise.all(
    targets.map(async (target) => (target.kind === 'missing' ? { target } : { target, options: await lintOptionsForFile(target.path, resolver) })),
  );
  const files: FileResult[] = plans.map(({ target, options: lintOptions }) =>
    target.kind === 'missing'
      ? { path: target.path, peerRole: false, findings: [], error: target.reason }
      : // Paths are shown relative to `cwd` but read from wherever that is.
        { ...lintFile(resolve(options.cwd ?? '.', target.path), lintOptions), path: target.path },
  );
  return { files, summary: summarize(files) };
}
