/**
 * The per-file budget: a file that takes longer than `timeMs`, or needs more than `memoryMb` of heap,
 * is stopped and reported as that file's error; the run goes on (and exits 2). Linting happens in a
 * worker thread to make this possible: a thread can be terminated mid-computation and capped with
 * `resourceLimits`, the main thread cannot. `BudgetedPool` is the one place that does this, for
 * the many-file pool and for a single file that looks heavy (src/parallel.ts decides which).
 */
import { existsSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileResult } from './finding.ts';
import type { LintJob } from './job.ts';
import { exportVerdicts } from './safe-regex.ts';

export interface FileBudget {
  /** Milliseconds one file may take (`--max-file-time`, in seconds on the command line). */
  timeMs: number;
  /** Megabytes of heap one worker may use while linting a file. */
  memoryMb: number;
}

export const DEFAULT_BUDGET: FileBudget = { timeMs: 10_000, memoryMb: 1024 };

/**
 * Files larger than this are linted in a budgeted worker even when the rest of the run is linted in
 * this thread. Real postings are under 7 KB (14,842 of them in the shared corpus), so none pays for a
 * worker; a file 5x that size is either not a posting or a stress test, and may be one that makes the
 * Markdown parser quadratic (160 KB of setext headings took minutes).
 */
export const HEAVY_BYTES = 32 * 1024;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;
export const timeProblem = (budget: FileBudget) => `took longer than ${seconds(budget.timeMs)}; not linted (the limit is set with --max-file-time or the config's maxFileTime)`;
export const memoryProblem = (budget: FileBudget) => `needs more than ${budget.memoryMb} MB of memory; not linted`;

/** Whether a job is big enough to lint under the budget in a worker rather than in this thread. */
export function isHeavy(job: LintJob, size?: number): boolean {
  if (job.input !== undefined) return job.input.length > HEAVY_BYTES;
  if (size !== undefined) return size > HEAVY_BYTES; // already read (src/parallel.ts)
  try {
    return statSync(job.path).size > HEAVY_BYTES;
  } catch {
    return false; // linting it reports why it cannot be read
  }
}

/** The worker bundle (dist/worker.js): beside this module's chunk in dist/, or in dist/ when running from src/ (tests). */
export function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../dist/worker.js', import.meta.url));
}

/** What a worker receives: a batch of files, and where it says which one it is on. */
export interface WorkerTask {
  jobs: LintJob[];
  /** [0] = 1 + the index of the file being linted (0: none yet); [1] = the worker's thread id in the OS (0: unknown). */
  progress: Int32Array;
}

/** Data every worker thread starts with. */
export interface WorkerSetup {
  /** recheck's verdicts on the run's user patterns, so a worker does not rate them again. */
  regexVerdicts: ReturnType<typeof exportVerdicts>;
  budget: FileBudget;
}

interface Watch {
  progress: Int32Array;
  file: number;
  since: number;
  /** CPU time (ms) the worker's thread had used when the file started; undefined where it cannot be read. */
  cpuAtStart: number | undefined;
  controller: AbortController;
}

/**
 * CPU time (ms) a thread of this process has used, from Linux's /proc (utime + stime, in ticks of
 * 10 ms); undefined elsewhere. The budget counts the thread's own CPU time where it can: on a busy
 * machine (CI shares two cores) a thread waits for a core for much of the wall-clock time, and an
 * ordinary file must not be stopped for that.
 */
function threadCpuMs(tid: number): number | undefined {
  if (tid <= 0) return undefined;
  try {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** This thread's id in the OS (Linux), for the watchdog to read its CPU time; 0 elsewhere. */
export function osThreadId(): number {
  try {
    return Number(/task\/(\d+)$/.exec(readlinkSync('/proc/thread-self'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Even counting CPU time, a file is stopped after this many times its budget of wall-clock time (a thread that waits forever uses none). */
const WALL_CLOCK_FACTOR = 3;

const failed = (job: LintJob, error: string): FileResult => ({ path: job.displayPath ?? job.path, peerRole: false, findings: [], error });

/**
 * Worker threads that lint batches of files under the per-file budget. Time: each worker says which
 * file it is on; a watchdog in this thread aborts a batch whose current file has run past the budget,
 * which terminates that worker (piscina starts a new one). Memory: `resourceLimits` caps each
 * worker's heap; a worker over it dies. Either way the file in flight gets the error and the rest
 * of its batch is linted again. How many threads to use is the caller's decision.
 */
export class BudgetedPool {
  private pool: Promise<import('piscina').Piscina<WorkerTask, FileResult[]>> | undefined;
  private readonly watches = new Set<Watch>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly threads: number,
    readonly budget: FileBudget = DEFAULT_BUDGET,
  ) {}

  /**
   * The pool, made once. Every batch of a run asks for it at the same time, before the first has it:
   * each must get the same promise, or each would start a pool of its own (16 files with
   * --concurrency 2 once started 32 threads: 4 s and 1 GB).
   */
  private start(): NonNullable<BudgetedPool['pool']> {
    this.pool ??= import('piscina').then(({ Piscina }) => {
      const workerData: WorkerSetup = { regexVerdicts: exportVerdicts(), budget: this.budget };
      return new Piscina<WorkerTask, FileResult[]>({
        filename: workerFile(),
        minThreads: this.threads,
        maxThreads: this.threads,
        idleTimeout: 1_000,
        workerData,
        // A small young generation: each thread has a heap of its own, and a run's memory is their sum.
        resourceLimits: { maxOldGenerationSizeMb: this.budget.memoryMb, maxYoungGenerationSizeMb: 8 },
      });
    });
    return this.pool;
  }

  /** Lints a batch; each file's result, in order. A file over the budget gets an error instead. */
  async lint(jobs: LintJob[]): Promise<FileResult[]> {
    if (jobs.length === 0) return [];
    const pool = await this.start();
    const watch: Watch = { progress: new Int32Array(new SharedArrayBuffer(8)), file: 0, since: Date.now(), cpuAtStart: undefined, controller: new AbortController() };
    this.watch(watch);
    try {
      return await pool.run({ jobs, progress: watch.progress }, { signal: watch.controller.signal });
    } catch (error) {
      const culprit = Atomics.load(watch.progress, 0) - 1;
      const problem = watch.controller.signal.aborted
        ? timeProblem(this.budget)
        : (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? memoryProblem(this.budget)
          : `internal error while linting this file (please report it): ${(error as Error).message}`;
      if (culprit < 0) return jobs.map((job) => failed(job, problem)); // the worker failed before the first file
      // Only the file in flight is at fault: the others of its batch are linted again.
      const others = await this.lint(jobs.filter((_, k) => k !== culprit));
      return [...others.slice(0, culprit), failed(jobs[culprit]!, problem), ...others.slice(culprit)];
    } finally {
      this.unwatch(watch);
    }
  }

  private watch(watch: Watch): void {
    this.watches.add(watch);
    this.timer ??= setInterval(() => this.check(), Math.min(250, Math.max(10, this.budget.timeMs / 4))).unref();
  }

  private unwatch(watch: Watch): void {
    this.watches.delete(watch);
    if (this.watches.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /** Aborts every batch whose current file has used more than the budget (CPU time where known). */
  private check(): void {
    const now = Date.now();
    for (const watch of this.watches) {
      const file = Atomics.load(watch.progress, 0);
      const cpu = threadCpuMs(Atomics.load(watch.progress, 1));
      if (file !== watch.file) {
        watch.file = file;
        watch.since = now;
        watch.cpuAtStart = cpu;
        continue;
      }
      if (file === 0) continue;
      const used = cpu !== undefined && watch.cpuAtStart !== undefined ? cpu - watch.cpuAtStart : now - watch.since;
      if (used > this.budget.timeMs || now - watch.since > WALL_CLOCK_FACTOR * this.budget.timeMs) watch.controller.abort();
    }
  }

  async destroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const pool = this.pool;
    this.pool = undefined;
    await (await pool)?.destroy();
  }
}
