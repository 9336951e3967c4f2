import { builtinRules } from '../rules/index.ts';
import { lintSource, type LintOptions, type RuleSetting } from './engine.ts';
import { InputError } from './errors.ts';
import { expandTargets } from './files.ts';
import type { FileResult } from './finding.ts';
import { formatOf } from './document/build.ts';
import { decode, readPosting } from './read.ts';
import type { RoleSetting } from './role.ts';
import type { Rule } from './rule.ts';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be linted. */
  fileErrors: number;
}

export interface LintReport {
  files: FileResult[];
  summary: Summary;
}

export interface LintTextOptions {
  /** Names the text: its extension picks Markdown or plain text (default Markdown). */
  filePath?: string;
  role?: RoleSetting;
  /** Rules to run (default: every built-in rule at its default severity). */
  rules?: RuleSetting[];
}

export function defaultRuleSettings(rules: Rule[] = builtinRules): RuleSetting[] {
  return rules.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));
}

function engineOptions(options: LintTextOptions, path: string): LintOptions {
  return { rules: options.rules ?? defaultRuleSettings(), role: options.role, format: formatOf(path) };
}

/** Lints one posting held in memory. Throws InputError for malformed front matter. */
export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  const path = options.filePath ?? '<text>';
  return lintSource(text.replace(/^\uFEFF/, ''), path, engineOptions(options, path));
}

/** Turns a file that cannot be read, decoded or parsed into a result with `error` set. */
function guarded(path: string, lint: () => FileResult): FileResult {
  try {
    return lint();
  } catch (error) {
    if (error instanceof InputError) return { path, peerRole: false, findings: [], error: error.problem };
    throw error;
  }
}

/** Lints one file; a file that cannot be read or parsed becomes a result with `error` set. */
export function lintFile(path: string, options: LintTextOptions = {}): FileResult {
  return guarded(path, () => lintSource(readPosting(path), path, engineOptions(options, path)));
}

/** Lints bytes from elsewhere (standard input), decoded as a file would be. */
export function lintBytes(bytes: Uint8Array, options: LintTextOptions = {}): FileResult {
  const path = options.filePath ?? '<stdin>.md';
  return guarded(path, () => lintSource(decode(bytes, path), path, engineOptions(options, path)));
}

/** Expands paths, folders and globs and lints every file found; one bad file never hides the others. */
export function lintFiles(args: string[], options: Omit<LintTextOptions, 'filePath'> = {}): LintReport {
  const files = expandTargets(args).flatMap((target) =>
    target.kind === 'ignored' ? [] : target.kind === 'missing' ? [{ path: target.path, peerRole: false, findings: [], error: target.reason }] : [lintFile(target.path, options)],
  );
  return { files, summary: summarize(files) };
}

export function emptySummary(): Summary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, fileErrors: 0 };
}

/** Counts one file into a running summary (the CLI streams, so it never has all files at once). */
export function addToSummary(summary: Summary, file: FileResult): void {
  summary.files++;
  if (file.error) summary.fileErrors++;
  for (const f of file.findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
}

export function summarize(files: FileResult[]): Summary {
  const summary = emptySummary();
  for (const file of files) addToSummary(summary, file);
  return summary;
}

/** 2: a file could not be linted; 1: at least one error-severity finding; 0: otherwise. */
export function exitCodeFor(summary: Summary): 0 | 1 | 2 {
  if (summary.fileErrors > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
