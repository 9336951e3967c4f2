// Worker-thread entry point (dist/worker.js): piscina calls the default export with a batch of files.
import { runJob, type LintJob } from './job.ts';
import type { FileResult } from './finding.ts';

export default function lintInWorker(jobs: LintJob[]): FileResult[] {
  return jobs.map(runJob);
}
