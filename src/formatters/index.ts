import type { LintReport } from '../lint.ts';
import { githubWriter } from './github.ts';
import { htmlWriter } from './html.ts';
import { jsonLinesWriter, jsonWriter, writeAll } from './json.ts';
import { junitWriter } from './junit.ts';
import { sarifWriter } from './sarif.ts';
import { stylishWriter } from './stylish.ts';
import type { FormatOptions, WriterFactory } from './types.ts';

export type { FormatOptions, ReportWriter, WriterFactory } from './types.ts';

export type Formatter = (report: LintReport, options: FormatOptions) => string;

/** Streaming writers by format name (the CLI uses these, one file at a time). */
export const writers: Record<string, WriterFactory> = {
  stylish: stylishWriter,
  json: jsonWriter,
  jsonl: jsonLinesWriter,
  sarif: sarifWriter,
  github: githubWriter,
  junit: junitWriter,
  html: htmlWriter,
};

/** Whole-report formatters by format name: `formatters.sarif(report, { color: false })`. */
export const formatters: Record<string, Formatter> = Object.fromEntries(
  Object.entries(writers).map(([name, writer]) => [name, (report: LintReport, options: FormatOptions) => writeAll(writer(options), report)]),
);

export const FORMAT_NAMES = Object.keys(writers);
