import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './finding.ts';
import { runJob, type LintJob } from './job.ts';
import { fileErrorMessage } from './lint.ts';

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

/** A file to lint, or an argument that named nothing (reported as it is). */
export type PlannedFile = { job: LintJob } | { missing: FileResult };

/**
 * Lints planned files, across worker threads when there are enough of them. The results come back
 * in the order of the plan, so the output is the same as a one-thread run.
 */
export async function lintPlanned(planned: PlannedFile[], concurrency = defaultConcurrency()): Promise<FileResult[]> {
  const jobs = planned.flatMap((p, i) => ('job' in p ? [{ job: p.job, i }] : []));
  const files: FileResult[] = planned.map((p) => ('missing' in p ? p.missing : { path: p.job.displayPath ?? p.job.path, peerRole: false, findings: [] }));
  const threads = plannedThreads(jobs.length, concurrency);
  if (threads < 2) {
    for (const { job, i } of jobs) files[i] = await runJob(job);
    return files;
  }

  const { Piscina } = await import('piscina');
  const pool = new Piscina<LintJob[], FileResult[]>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1_000 });
  // Files go in batches: one message per file costs more than linting a small one. Batches are
  // small enough (about 8 per thread) that a slow batch at the end does not leave a thread idle long.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (threads * 8))));
  const batches: Array<Promise<void>> = [];
  for (let from = 0; from < jobs.length; from += size) {
    const batch = jobs.slice(from, from + size);
    batches.push(
      pool.run(batch.map((b) => b.job)).then(
        (results) => batch.forEach(({ i }, k) => (files[i] = results[k]!)),
        // A worker that dies (out of memory, a crash) fails only the files it had.
        (error: unknown) => batch.forEach(({ i }) => (files[i]!.error = fileErrorMessage(error))),
      ),
    );
  }
  try {
    await Promise.all(batches);
    return files;
  } finally {
    await pool.destroy();
  }
}

const MAX_BATCH = 64;
