// Worker-thread entry point (dist/worker.js): piscina calls the default export with a batch of files
// (src/budget.ts). Before each file it records which one it is on, for the time budget's watchdog.
import { workerData } from 'node:worker_threads';
import { osThreadId, type WorkerSetup, type WorkerTask } from './budget.ts';
import type { FileResult } from './finding.ts';
import { runJob } from './job.ts';
import { loadCompromise } from './nlp/compromise.ts';
import { importVerdicts, setPatternBudget } from './safe-regex.ts';

const setup = workerData as WorkerSetup | undefined;
importVerdicts(setup?.regexVerdicts);
if (setup) setPatternBudget(setup.budget.timeMs);
// compromise (~0.4 s to load, seconds on a busy machine) is loaded while the worker starts, not
// inside the first file that needs it: that file's time budget is for linting it, and a worker that
// replaces a stopped one would otherwise pay the load again inside its first file's budget.
loadCompromise();

const tid = osThreadId();

export default async function lintInWorker({ jobs, progress }: WorkerTask): Promise<FileResult[]> {
  const results: FileResult[] = [];
  Atomics.store(progress, 1, tid);
  for (const [k, job] of jobs.entries()) {
    Atomics.store(progress, 0, k + 1);
    results.push(await runJob(job));
  }
  return results;
}
