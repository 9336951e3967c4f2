import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/**
 * How many threads a run lints with when the user does not say (`--concurrency` unset): one (this
 * thread) unless worker threads are expected to finish the run at least a fifth sooner, from the
 * work (files and bytes) and the machine (cores, and how busy other processes keep them).
 *
 * The model's numbers were measured on the 2-core machine peerlint is benchmarked on (Node 20; see
 * `npm run bench -- --compare`, which times the policy against one thread):
 * - a file costs its thread ~0.15 ms to read, check and report, plus ~0.18 ms per KB to lint;
 * - a busy lint thread keeps ~1.5 cores busy: V8's garbage collector and compiler work beside it
 *   (process CPU time / main-thread CPU time = 1.52 over 5,000 postings), so on two cores a second
 *   thread can make a run at most ~1.3x faster;
 * - a worker costs ~0.25 s of CPU before it runs at full speed (Node, the bundle, a cold JIT).
 * On two idle cores that puts the break-even past ~14,000 postings: two threads there compete for
 * the same cores, and lose outright when another process holds one. On four cores and more, workers
 * win from about a thousand postings.
 */
export const FILE_MS = 0.15;
export const KB_MS = 0.18;
export const LINT_THREAD_CORES = 1.5;
export const WORKER_START_MS = 250;
/** Workers must be expected to save at least this share of the one-thread time. */
const MIN_SAVING = 0.2;

export interface Machine {
  cores: number;
  /** Runnable processes, on average over the last minute (0 where the system does not say). */
  load: number;
}

export function thisMachine(): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0 };
}

/** Estimated one-thread time for the work, in milliseconds. */
export function oneThreadMs(files: number, bytes: number): number {
  return files * FILE_MS + (bytes / 1024) * KB_MS;
}

/** Threads for `files` files of `bytes` bytes in all, at most `max`; 1 means lint in this thread. */
export function autoThreads(files: number, bytes: number, machine: Machine = thisMachine(), max = machine.cores): number {
  const work = oneThreadMs(files, bytes);
  // Cores that other processes leave free (this process, not yet busy, is not in the load).
  const free = Math.max(0, Math.min(machine.cores, machine.cores - machine.load));
  let best = 1;
  let bestMs = work;
  for (let threads = 2; threads <= Math.min(max, files); threads++) {
    const speedup = Math.min(threads, free / LINT_THREAD_CORES);
    if (speedup <= 1) continue;
    const ms = WORKER_START_MS * Math.ceil(threads / Math.max(1, free)) + work / speedup;
    if (ms < bestMs) {
      best = threads;
      bestMs = ms;
    }
  }
  return bestMs <= (1 - MIN_SAVING) * work ? best : 1;
}

/** The size of the files together (0 for one that cannot be read: linting it reports why); each one's size into `sizes`. */
export function totalBytes(paths: string[], sizes?: Map<string, number>): number {
  let bytes = 0;
  for (const path of paths) {
    try {
      const { size } = statSync(path);
      sizes?.set(path, size);
      bytes += size;
    } catch {
      // counted as empty
    }
  }
  return bytes;
}
