import { resolve } from 'node:path';
import { expandTargets, type Target } from '../files.ts';
import { summarize, type LintReport, type LintTextOptions } from '../lint.ts';
import { lintPlanned, type PlannedFile } from '../parallel.ts';
import { lintOptionsFor } from './instantiate.ts';
import { ConfigResolver, type ConfigOptions } from './resolve.ts';

export interface LintWithConfigOptions extends ConfigOptions {
  /** Worker threads; 1 (the default for the library) lints in this thread. */
  concurrency?: number;
  /** Files larger than this many bytes are refused. */
  maxBytes?: number;
}

/**
 * The options to lint one file with under its configuration (the nearest config file, or the one
 * named). Throws ConfigError for a configuration that cannot be used.
 */
export async function lintOptionsForFile(filePath: string, resolver: ConfigResolver): Promise<LintTextOptions> {
  return lintOptionsFor(await resolver.resolve(filePath));
}

/**
 * Resolves every target's configuration (and checks that its rules can be built) before anything
 * is linted, so a bad configuration (ConfigError) means nothing is linted.
 */
export async function planTargets(targets: Target[], resolver: ConfigResolver, options: LintWithConfigOptions = {}): Promise<PlannedFile[]> {
  return Promise.all(
    targets.map(async (target): Promise<PlannedFile> => {
      if (target.kind === 'missing') return { missing: { path: target.path, peerRole: false, findings: [], error: target.reason } };
      const config = await resolver.resolve(target.path);
      await lintOptionsFor(config); // throws ConfigError now rather than per file later
      // Paths are shown relative to `cwd` but read from wherever that is.
      return { job: { path: resolve(options.cwd ?? '.', target.path), displayPath: target.path, config, maxBytes: options.maxBytes } };
    }),
  );
}

/** Like lintFiles, but each file is linted under its configuration, optionally across worker threads. */
export async function lintFilesWithConfig(args: string[], options: LintWithConfigOptions = {}): Promise<LintReport> {
  const resolver = new ConfigResolver(options);
  const planned = await planTargets(expandTargets(args, options.cwd), resolver, options);
  const files = await lintPlanned(planned, options.concurrency ?? 1);
  return { files, summary: summarize(files) };
}
