// Worker-thread entry point (dist/worker.js): piscina calls the default export with a batch of files
// (src/budget.ts). Before each file it records which one it is on, for the time budget's watchdog.
import { workerData } from 'node:worker_threads';
import type { WorkerSetup, WorkerTask } from './budget.ts';
import type { FileResult } from './finding.ts';
import { runJob } from './job.ts';
import { importVerdicts, setPatternBudget } from './safe-regex.ts';

const setup = workerData as WorkerSetup | undefined;
importVerdicts(setup?.regexVerdicts);
if (setup) setPatternBudget(setup.budget.timeMs);

export default async function lintInWorker({ jobs, progress }: WorkerTask): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [k, job] of jobs.entries()) {
    Atomics.store(progress, 0, k + 1);
    results.push(await runJob(job));
  }
  return results;
}
