import type { FileResult } from '../finding.ts';
import type { Summary } from '../lint.ts';
import type { RuleMeta } from '../rule.ts';

export interface FormatOptions {
  color: boolean;
  /** The rules that ran (SARIF and JUnit list them); default: the recommended built-in rules. */
  rules?: RuleMeta[];
  /**
   * The rules that ran on one file, by its path, when files differ (overrides, custom and plugin rules,
   * --quiet); undefined for a file that was not linted. Takes precedence over `rules`.
   */
  rulesFor?: (path: string) => RuleMeta[] | undefined;
  /** Terminal width to wrap text to (stylish); undefined: no wrapping. */
  width?: number;
}

/**
 * Writes a report piece by piece, so the CLI can print each file's output as soon as it is linted
 * and never hold a whole large run in memory. Formats that need the whole report first (SARIF, JUnit)
 * keep the files and return everything from `end`.
 */
export interface ReportWriter {
  start(): string;
  file(result: FileResult): string;
  end(summary: Summary): string;
}

export type WriterFactory = (options: FormatOptions) => ReportWriter;

/** A writer for a format that needs the whole report (SARIF, JUnit): it keeps the files and writes once, at the end. */
export function wholeReportWriter(write: (files: FileResult[], summary: Summary) => string): ReportWriter {
  const files: FileResult[] = [];
  return {
    start: () => '',
    file(result) {
      files.push(result);
      return '';
    },
    end: (summary) => write(files, summary),
  };
}
