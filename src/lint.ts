import { builtinRules } from '../rules/index.ts';
import { ConfigError, type ConfigIssue } from './config/errors.ts';
import type { RuleEntry } from './config/types.ts';
import { checkRuleEntrySync } from './config/validate.ts';
import { lintSource, type LintOptions, type RuleSetting } from './engine.ts';
import { InputError } from './errors.ts';
import { expandTargets } from './files.ts';
import type { FileResult } from './finding.ts';
import { formatOf } from './document/build.ts';
import { DEFAULT_MAX_BYTES, oversizeProblem, readPostingBytes } from './read.ts';
import { loadPosting, loadPostingSync, paragraphAt, type Posting } from './input/index.ts';
import type { PeerTitles, RoleSetting } from './role.ts';
import type { Rule } from './rule.ts';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that could not be linted. */
  fileErrors: number;
  /** Findings per rule id, by severity (rules without findings are not listed). Always set by peerlint. */
  byRule?: Record<string, RuleCounts>;
}

export interface RuleCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintReport {
  files: FileResult[];
  summary: Summary;
}

export interface LintTextOptions {
  /** Names the text: its extension picks Markdown or plain text (default Markdown). */
  filePath?: string;
  role?: RoleSetting;
  /**
   * Rule settings by id, as `lint()` and the config take them, applied to the defaults (every
   * recommended built-in rule at its default severity): `{ 'require-pay': 'off', 'pay-range-quality':
   * ['error', {}] }`. Rule authors' tests can instead give the exact rules to run, as `RuleSetting[]`.
   */
  rules?: Record<string, RuleEntry> | RuleSetting[];
  /** Extra peer / non-peer title patterns (the config's `peerTitles`). */
  peerTitles?: PeerTitles;
  /** Report warnings as errors (the `strict` preset). */
  warningsAsErrors?: boolean;
  /** Report inline disable directives that suppressed nothing. */
  reportUnusedDirectives?: boolean;
  /** Files (and standard input) larger than this many bytes are refused (default 10 MB). */
  maxBytes?: number;
  /** Where the job is (a US state or city), for `pay-transparency`; front matter `location` wins. */
  location?: string;
  /** Run-wide settings for the rules (a resolved config's `{ location }`); `location` above is added to them. */
  settings?: Record<string, unknown>;
}

/**
 * Every recommended rule at its default severity. Opt-in rules (`recommended: false`) are left out, unless
 * the run gives the setting they need (`enabledBySetting`: `--location` turns on pay-transparency).
 */
export function defaultRuleSettings(rules: Rule[] = builtinRules, settings: Record<string, unknown> = {}): RuleSetting[] {
  return rules
    .filter(({ meta }) => meta.recommended !== false || (meta.enabledBySetting !== undefined && settings[meta.enabledBySetting] !== undefined))
    .map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));
}

const SEVERITY = { info: 'info', warn: 'warning', error: 'error' } as const;

/** `{ id: severity | [severity, options] }` applied to the default rules; a bad entry is a ConfigError (file "options"). */
function ruleSettingsFrom(entries: Record<string, RuleEntry>, settings: Record<string, unknown>): RuleSetting[] {
  const known = new Map(builtinRules.map((rule) => [rule.meta.id, rule]));
  const chosen = new Map(defaultRuleSettings(builtinRules, settings).map((setting) => [setting.rule.meta.id, setting]));
  const issues: ConfigIssue[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    const checked = checkRuleEntrySync(id, entry, known, 'options', ['rules']);
    issues.push(...checked.issues);
    if (checked.issues.length > 0 || !checked.severity) continue;
    if (checked.severity === 'off') chosen.delete(id);
    else chosen.set(id, { rule: known.get(id)!, severity: SEVERITY[checked.severity], options: checked.options ?? chosen.get(id)?.options ?? {} });
  }
  if (issues.length) throw new ConfigError(issues);
  return builtinRules.flatMap((rule) => chosen.get(rule.meta.id) ?? []);
}

function engineOptions(options: LintTextOptions, path: string): LintOptions {
  const settings: Record<string, unknown> = { ...options.settings };
  if (options.location !== undefined) settings['location'] = options.location;
  const rules = options.rules ?? {};
  return {
    rules: Array.isArray(rules) ? rules : ruleSettingsFrom(rules, settings),
    role: options.role,
    format: formatOf(path),
    peerTitles: options.peerTitles,
    warningsAsErrors: options.warningsAsErrors,
    reportUnusedDirectives: options.reportUnusedDirectives,
    settings,
  };
}

/** Lints one posting held in memory. Throws InputError for an empty text or malformed front matter. */
export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  const path = options.filePath ?? '<text>';
  return lintSource(text.replace(/^\uFEFF/, ''), path, engineOptions(options, path));
}

/**
 * Turns a file that cannot be read, decoded or parsed into a result with `error` set. A bug in
 * peerlint on one file (any other exception) is reported the same way, so it never hides the
 * results of the other files; it still exits 2.
 */
function guarded(path: string, lint: () => FileResult): FileResult {
  try {
    return lint();
  } catch (error) {
    return { path, peerRole: false, findings: [], error: fileErrorMessage(error) };
  }
}

export function fileErrorMessage(error: unknown): string {
  if (error instanceof InputError) return error.problem;
  return `internal error while linting this file (please report it): ${(error as Error)?.message ?? String(error)}`;
}

/**
 * Lints a posting read by an input adapter (src/input/): its warnings are kept, and findings in a
 * Word or HTML document carry the number of the paragraph they are in.
 */
export function lintPosting(posting: Posting, path: string, options: LintTextOptions = {}): FileResult {
  const result = lintSource(posting.text, path, { ...engineOptions(options, path), format: posting.format });
  return withPostingInfo(result, posting);
}

/** Adds what the input adapter knows to a result: warnings, and paragraph numbers for Word and HTML. */
export function withPostingInfo(result: FileResult, posting: Posting): FileResult {
  if (posting.paragraphs) for (const f of result.findings) f.paragraph = paragraphAt(posting.paragraphs, f.offset);
  if (posting.warnings.length > 0) result.warnings = [...posting.warnings];
  return result;
}

/**
 * Lints one file; a file that cannot be read or parsed becomes a result with `error` set. Markdown and
 * plain text; Word .docx and HTML need the asynchronous `lintFileAsync` (or `lint()`).
 */
export function lintFile(path: string, options: LintTextOptions = {}): FileResult {
  return guarded(path, () => lintPosting(loadPostingSync(readPostingBytes(path, options.maxBytes), path), path, options));
}

/** Lints one file of any kind peerlint reads, Word .docx included. */
export async function lintFileAsync(path: string, options: LintTextOptions = {}): Promise<FileResult> {
  let posting: Posting;
  try {
    posting = await loadPosting(readPostingBytes(path, options.maxBytes), path);
  } catch (error) {
    return { path, peerRole: false, findings: [], error: fileErrorMessage(error) };
  }
  return guarded(path, () => lintPosting(posting, path, options));
}

/** Lints bytes from elsewhere (standard input), decoded as a file would be. */
export function lintBytes(bytes: Uint8Array, options: LintTextOptions = {}): FileResult {
  const path = options.filePath ?? '<stdin>.md';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return guarded(path, () => {
    if (bytes.length > maxBytes) throw new InputError(path, oversizeProblem('input', bytes.length, maxBytes));
    return lintPosting(loadPostingSync(bytes, path), path, options);
  });
}

/** Expands paths, folders and globs and lints every file found; one bad file never hides the others. */
export function lintFiles(args: string[], options: Omit<LintTextOptions, 'filePath'> = {}): LintReport {
  const files = expandTargets(args).flatMap((target): FileResult[] =>
    target.kind === 'ignored' ? [] : target.kind === 'missing' ? [{ path: target.path, peerRole: false, findings: [], error: target.reason }] : [lintFile(target.path, options)],
  );
  return { files, summary: summarize(files) };
}

export function emptySummary(): Summary {
  return { files: 0, errors: 0, warnings: 0, infos: 0, fileErrors: 0, byRule: {} };
}

/** Counts one file into a running summary (the CLI streams, so it never has all files at once). */
export function addToSummary(summary: Summary, file: FileResult): void {
  summary.files++;
  if (file.error) summary.fileErrors++;
  for (const f of file.findings) {
    const rule = ((summary.byRule ??= {})[f.ruleId] ??= { errors: 0, warnings: 0, infos: 0 });
    const key = f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos';
    summary[key]++;
    rule[key]++;
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
