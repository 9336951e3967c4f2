import type { LintReport } from '../lint.ts';
import { formatJson, formatJsonLines } from './json.ts';
import { formatStylish } from './stylish.ts';

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (report: LintReport, options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  jsonl: formatJsonLines,
};
