import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './finding.ts';
import { runJob, type LintJob } from './job.ts';
import { fileErrorMessage } from './lint.ts';
import { autoThreads, totalBytes } from './worker-policy.ts';

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

/** A file to lint (with the cache key to store its result under), one already known (a cache hit), or an argument that named nothing. */
export type PlannedFile = { job: LintJob; cacheKey?: string } | { done: FileResult } | { missing: FileResult };

/**
 * Lints planned files, across worker threads when there are enough of them. `onFile` gets every
 * result in the order of the plan, each as soon as it and all before it are done, so the output
 * streams and is the same as a one-thread run; a result is not kept once handed on.
 */
export async function lintPlanned(
  planned: PlannedFile[],
  concurrency: number | 'auto' = 'auto',
  onFile: (file: FileResult, plan: PlannedFile) => void | Promise<void> = () => {},
): Promise<void> {
  const files: Array<FileResult | undefined> = planned.map((p) => ('done' in p ? p.done : 'missing' in p ? p.missing : undefined));
  let next = 0;
  // A result is dropped once it is handed on: memory stays flat however many files there are.
  const flush = async () => {
    for (; next < files.length && files[next]; next++) {
      const file = files[next]!;
      files[next] = undefined;
      await onFile(file, planned[next]!);
    }
  };
  const jobs = planned.flatMap((p, i) => ('job' in p ? [{ job: p.job, i }] : []));
  // 'auto': the worker policy (src/worker-policy.ts) decides from the work and the machine.
  const threads = concurrency === 'auto' ? autoThreads(jobs.length, totalBytes(jobs.map(({ job }) => job.path))) : plannedThreads(jobs.length, concurrency);
  if (threads < 2) {
    for (const { job, i } of jobs) {
      await flush();
      files[i] = await runJob(job);
    }
    await flush();
    return;
  }

  const { Piscina } = await import('piscina');
  // A small young generation per worker: each thread has a heap of its own, and a run's memory is their sum.
  const pool = new Piscina<LintJob[], FileResult[]>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1_000, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  // Files go in batches: one message per file costs more than linting a small one. Batches are
  // small enough (about 8 per thread) that a slow batch at the end does not leave a thread idle long.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (threads * 8))));
  const batches: Array<Promise<void>> = [];
  let written = Promise.resolve();
  for (let from = 0; from < jobs.length; from += size) {
    const batch = jobs.slice(from, from + size);
    batches.push(
      pool
        .run(batch.map((b) => b.job))
        .then(
          (results) => batch.forEach(({ i }, k) => (files[i] = results[k]!)),
          // A worker that dies (out of memory, a crash) fails only the files it had.
          (error: unknown) => batch.forEach(({ i, job }) => (files[i] = { path: job.displayPath ?? job.path, peerRole: false, findings: [], error: fileErrorMessage(error) })),
        )
        .then(() => (written = written.then(flush))),
    );
  }
  try {
    await Promise.all(batches);
    await written;
    await flush();
  } finally {
    await pool.destroy();
  }
}

const MAX_BATCH = 64;
const WORKER_YOUNG_GENERATION_MB = 8;
