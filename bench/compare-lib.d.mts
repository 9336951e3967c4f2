// Types for bench/compare-lib.mjs (test/bench-compare.test.ts imports it).
export interface CompareOptions {
  quick: boolean;
  files: number;
  sizes: number[];
  runs: number;
  bigRuns: number;
  oneFileRuns: number;
  rssFiles: number;
  inProcessRuns: number;
  limit: number;
  tools: boolean;
  check: boolean;
}
export type TableRow = { tool: string; ms: number; files: number; rssKb: number } | { tool: string; skipped: string };
export const TARGETS: Record<'vsAlex' | 'vsMarkdownlint' | 'defaultSlowdown' | 'microsPerPosting' | 'oneFileNoNlp' | 'oneFileNlp' | 'peakRssMb', number>;
export function parseCompareArgs(argv: string[]): CompareOptions;
export function runsAt(size: number, opts: CompareOptions): number;
export function median(xs: number[]): number;
export function seconds(ms: number): string;
export function megabytes(kb: number): string;
export function grouped(n: number): string;
export function formatTable(rows: TableRow[]): string;
export function verdict(pass: boolean | undefined, text: string): string;
export function parseTimeOutput(text: string): { rssKb: number; cpuMs: number };
