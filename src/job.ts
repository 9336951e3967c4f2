import { lintOptionsFor } from './config/instantiate.ts';
import type { ResolvedConfig } from './config/types.ts';
import type { FileResult } from './finding.ts';
import { fileErrorMessage, lintFile } from './lint.ts';

/**
 * One file to lint, as plain data: it crosses to a worker thread by structured clone, so it carries
 * the file's resolved configuration (plain JSON) and each thread turns that into rule objects.
 */
export interface LintJob {
  /** Where to read the file. */
  path: string;
  /** How to show it in the report (default: `path`). */
  displayPath?: string;
  config: ResolvedConfig;
  maxBytes?: number;
}

export async function runJob(job: LintJob): Promise<FileResult> {
  const path = job.displayPath ?? job.path;
  let options;
  try {
    options = await lintOptionsFor(job.config); // cached per distinct rule configuration
  } catch (error) {
    return { path, peerRole: false, findings: [], error: fileErrorMessage(error) };
  }
  return { ...lintFile(job.path, { ...options, maxBytes: job.maxBytes }), path };
}
