// Worker-thread entry point (dist/worker.js): piscina calls the default export with a batch of files.
import { runJob, type LintJob } from './job.ts';
import type { FileResult } from './finding.ts';

export default async function lintInWorker(jobs: LintJob[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const job of jobs) results.push(await runJob(job));
  return results;
}
