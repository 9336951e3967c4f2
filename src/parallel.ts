import { availableParallelism } from 'node:os';
import { BudgetedPool, DEFAULT_BUDGET, isHeavy, type FileBudget } from './budget.ts';
import type { FileResult } from './finding.ts';
import { runJob, type LintJob } from './job.ts';
import { autoThreads, totalBytes } from './worker-policy.ts';
import { startingLongRun } from './host.ts';

/**
 * Below this many files per worker, starting workers (each loads the bundle, ~100 ms) costs more
 * than it saves, so the files are linted in this thread.
 */
export const MIN_FILES_PER_WORKER = 8;

/** From this many files a larger young generation saves more garbage-collection time than its fresh memory costs (host.longRun). */
export const LONG_RUN_FILES = 1500;

/** Worker threads worth starting for this many files; under 2 means lint in this thread. */
export function plannedThreads(files: number, concurrency: number): number {
  const threads = Math.min(concurrency, maxConcurrency(), Math.floor(files / MIN_FILES_PER_WORKER));
  return threads >= 2 ? threads : 1;
}

/** More threads than twice the cores only add memory (each has its own heap), never speed. */
export const maxConcurrency = (): number => 2 * availableParallelism();

/** A file to lint (with the cache key to store its result under), one already known (a cache hit), or an argument that named nothing. */
export type PlannedFile = { job: LintJob; cacheKey?: string } | { done: FileResult } | { missing: FileResult };

/**
 * Lints planned files, across worker threads when there are enough of them. `onFile` gets every
 * result in the order of the plan, each as soon as it and all before it are done, so the output
 * streams and is the same as a one-thread run; a result is not kept once handed on. Every file is
 * linted under the per-file budget: in the pool's workers, or (linting in this thread) a heavy file
 * in a worker of its own (src/budget.ts).
 */
export async function lintPlanned(
  planned: PlannedFile[],
  concurrency: number | 'auto' = 'auto',
  onFile: (file: FileResult, plan: PlannedFile) => void | Promise<void> = () => {},
  budget: FileBudget = DEFAULT_BUDGET,
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
  if (jobs.length >= LONG_RUN_FILES) startingLongRun();
  // 'auto': the worker policy (src/worker-policy.ts) decides from the work and the machine.
  // The sizes the policy reads also say which files are heavy, without a second stat each.
  const sizes = new Map<string, number>();
  const threads = concurrency === 'auto' ? autoThreads(jobs.length, totalBytes(jobs.map(({ job }) => job.path), sizes), undefined, maxConcurrency()) : plannedThreads(jobs.length, concurrency);
  // With several threads this one lints too, as one of them: a worker fewer is a heap fewer (each
  // worker loads the whole linter; 5,000 files with --concurrency 2 peaked at 230 MB with two workers
  // beside an idle main thread). The pool also takes this thread's heavy files (src/budget.ts).
  const pool = new BudgetedPool(Math.max(1, threads - 1), budget);
  const lintHere = async (job: LintJob) => (isHeavy(job, sizes.get(job.path)) ? (await pool.lint([job]))[0]! : await runJob(job));
  try {
    if (threads < 2) {
      // Linting is synchronous: without a turn of the event loop now and then, SIGINT/SIGTERM
      // handlers (which remove the unfinished report) would wait for the last file.
      const turn = turnEvery(20);
      for (const { job, i } of jobs) {
        await flush();
        files[i] = await lintHere(job);
        await turn();
      }
      await flush();
      return;
    }
    // Files go in batches: one message per file costs more than linting a small one. Batches are
    // small enough (about 8 per thread) that a slow batch at the end does not leave a thread idle long.
    // Each thread takes the next batch when it is free, so a slow thread takes fewer.
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (threads * 8))));
    const batches: Array<typeof jobs> = [];
    for (let from = 0; from < jobs.length; from += size) batches.push(jobs.slice(from, from + size));
    let taken = 0;
    const take = () => batches[taken++];
    let written = Promise.resolve();
    const done = (batch: typeof jobs, results: FileResult[]) => {
      batch.forEach(({ i }, k) => (files[i] = results[k]!));
      written = written.then(flush);
    };
    // Two batches in flight per worker, so that one waits in the pool's queue while the other runs.
    const inWorkers = async () => {
      for (let batch = take(); batch; batch = take()) done(batch, await pool.lint(batch.map((b) => b.job)));
    };
    // This thread turns the event loop every few milliseconds, for the workers' results and the pool's next task.
    const inThisThread = async () => {
      const turn = turnEvery(5);
      for (let batch = take(); batch; batch = take()) {
        const results: FileResult[] = [];
        for (const { job } of batch) {
          results.push(await lintHere(job));
          await turn();
        }
        done(batch, results);
      }
    };
    await Promise.all([inThisThread(), ...Array.from({ length: 2 * (threads - 1) }, inWorkers)]);
    await written;
    await flush();
  } finally {
    await pool.destroy();
  }
}

const MAX_BATCH = 64;

/** A function that turns the event loop once `ms` milliseconds have passed since it last did. */
function turnEvery(ms: number): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last <= ms) return;
    await new Promise((next) => setImmediate(next));
    last = Date.now();
  };
}
