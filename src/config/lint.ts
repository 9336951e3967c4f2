import type { LintReport } from '../lint.ts';
import { lint, type LintOptions } from '../run.ts';

/** Like lintFiles, but each file is linted under its configuration: `lint` with files as input. */
export function lintFilesWithConfig(args: string[], options: Omit<LintOptions, 'input'> = {}): Promise<LintReport> {
  return lint(args, { ...options, input: 'files' });
}
