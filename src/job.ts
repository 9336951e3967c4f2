import { lintOptionsFor } from './config/instantiate.ts';
import type { ResolvedConfig } from './config/types.ts';
import type { LintOptions } from './engine.ts';
import type { FileResult } from './finding.ts';
import { fileErrorMessage } from './lint.ts';
import { fixPosting, lintFileWithFixes, type FixMode } from './fix/file.ts';
import { loadPosting } from './input/index.ts';

/**
 * One file to lint, as plain data: it crosses to a worker thread by structured clone, so it carries
 * the file's resolved configuration (plain JSON) and each thread turns that into rule objects.
 */
export interface LintJob {
  /** Where to read the file (or, with `input`, a name whose extension picks the format). */
  path: string;
  /** The posting's bytes, when it is not in a file (standard input, a JSON Lines record). */
  input?: Uint8Array;
  /** How to show it in the report (default: `path`). */
  displayPath?: string;
  config: ResolvedConfig;
  maxBytes?: number;
  /** Errors only (as --quiet). */
  quiet?: boolean;
  /** Apply fixes: write them (`--fix`) or only report the fixed text (`--fix-dry-run`). */
  fix?: FixMode;
  /** Keep the linted text on the result, for `--format html`. */
  keepSource?: boolean;
}

/** --quiet (as ESLint 9): rules that can only report warnings or infos are not run at all. */
export function quietOptions<T extends Omit<LintOptions, 'format'>>(options: T, quiet: boolean | undefined): T {
  if (!quiet) return options;
  const reportsErrors = (severity: string) => severity === 'error' || (severity === 'warning' && options.warningsAsErrors === true);
  return { ...options, rules: options.rules.filter((setting) => reportsErrors(setting.severity)) };
}

/** --quiet keeps error findings only (a rule may report a softer severity than its setting). */
export function quietResult(result: FileResult, quiet: boolean | undefined): FileResult {
  if (!quiet || result.findings.every((f) => f.severity === 'error')) return result;
  return { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

export async function runJob(job: LintJob): Promise<FileResult> {
  const path = job.displayPath ?? job.path;
  let options;
  try {
    options = quietOptions(await lintOptionsFor(job.config), job.quiet); // cached per distinct rule configuration
  } catch (error) {
    return { path, peerRole: false, findings: [], error: fileErrorMessage(error) };
  }
  if (job.input === undefined) {
    const result = await lintFileWithFixes(path, { ...options, maxBytes: job.maxBytes, fix: job.fix, keepSource: job.keepSource }, job.path);
    return quietResult({ ...result, path }, job.quiet);
  }
  try {
    const posting = await loadPosting(Buffer.from(job.input.buffer, job.input.byteOffset, job.input.byteLength), job.path);
    // Input that is not a file cannot be rewritten: --fix reports the fixed text, as --fix-dry-run does.
    const result = fixPosting(posting, path, { ...options, fix: job.fix ? 'dry-run' : undefined, keepSource: job.keepSource });
    return quietResult({ ...result, path }, job.quiet);
  } catch (error) {
    return { path, peerRole: false, findings: [], error: fileErrorMessage(error) };
  }
}
