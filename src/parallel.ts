import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expandTargets } from './files.ts';
import type { FileResult } from './finding.ts';
import { jobOptions, type LintJob } from './job.ts';
import { fileErrorMessage, lintTargets, missingResult, summarize, type LintReport, type LintTextOptions } from './lint.ts';

export interface ParallelOptions extends Omit<LintTextOptions, 'filePath'> {
  /** Worker threads (default: one per core). 1 lints in this thread. */
  concurrency?: number;
}

/**
 * Below this many files per worker, starting workers (each loads the bundle, ~100 ms) costs more
 * than it saves, so the files are linted in this thread.
 */
export const MIN_FILES_PER_WORKER = 8;

/** Worker threads worth starting for this many files; under 2 means lint in this thread. */
export function plannedThreads(files: number, concurrency: number): number {
  const threads = Math.min(concurrency, Math.floor(files / MIN_FILES_PER_WORKER));
  return threads >= 2 ? threads : 1;
}

export const defaultConcurrency = (): number => availableParallelism();

/** The worker bundle sits beside this module's chunk in dist/. */
function workerFile(): string {
  return fileURLToPath(new URL('./worker.js', import.meta.url));
}

/**
 * Expands paths and lints every file, across worker threads when there are enough files. The
 * results come back in the order of the targets, so the output is the same as a one-thread run.
 */
export async function lintFilesParallel(args: string[], options: ParallelOptions = {}): Promise<LintReport> {
  const { concurrency = defaultConcurrency(), ...lintOptions } = options;
  const targets = expandTargets(args);
  const threads = plannedThreads(targets.filter((t) => t.kind === 'file').length, concurrency);
  if (threads < 2) {
    const files = lintTargets(targets, lintOptions);
    return { files, summary: summarize(files) };
  }

  const { Piscina } = await import('piscina');
  const pool = new Piscina<LintJob[], FileResult[]>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1_000 });
  const shared = jobOptions(lintOptions);
  const files: FileResult[] = targets.map((target) => (target.kind === 'missing' ? missingResult(target) : { path: target.path, peerRole: false, findings: [] }));
  const indexes = targets.flatMap((target, i) => (target.kind === 'file' ? [i] : []));
  // Files go in batches: one message per file costs more than linting a small one. Batches are
  // small enough (about 8 per thread) that a slow batch at the end does not leave a thread idle long.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(indexes.length / (threads * 8))));
  const batches: Array<Promise<void>> = [];
  for (let from = 0; from < indexes.length; from += size) {
    const batch = indexes.slice(from, from + size);
    const jobs = batch.map((i) => ({ path: targets[i]!.path, options: shared }));
    batches.push(
      pool.run(jobs).then(
        (results) => batch.forEach((i, k) => (files[i] = results[k]!)),
        // A worker that dies (out of memory, a crash) fails only the files it had.
        (error: unknown) => batch.forEach((i) => (files[i]!.error = fileErrorMessage(error))),
      ),
    );
  }
  try {
    await Promise.all(batches);
    return { files, summary: summarize(files) };
  } finally {
    await pool.destroy();
  }
}

const MAX_BATCH = 64;
