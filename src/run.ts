import { createReadStream, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { cacheFilePath, contentHash, fingerprint, LintCache } from './cache.ts';
import { lintOptionsFor } from './config/instantiate.ts';
import { ConfigResolver } from './config/resolve.ts';
import { ConfigError } from './config/errors.ts';
import type { ResolvedConfig } from './config/types.ts';
import { lintSource } from './engine.ts';
import { InputError } from './errors.ts';
import { expandTargets } from './files.ts';
import type { FileResult } from './finding.ts';
import { formatOf } from './document/build.ts';
import type { DocumentFormat } from './document/types.ts';
import { composePosting, isPosting, parsePostingLine, toInputFields, withTitle } from './jsonl-input.ts';
import { quietOptions, quietResult, type LintJob } from './job.ts';
import { fixPosting, type FixMode } from './fix/file.ts';
import { loadPosting } from './input/index.ts';
import { addToSummary, emptySummary, fileErrorMessage, type LintReport } from './lint.ts';
import { lintPlanned, type PlannedFile } from './parallel.ts';
import { cannotReadReason, decode, DEFAULT_MAX_BYTES, oversizeProblem, readPostingBytes } from './read.ts';
import type { RoleSetting } from './role.ts';
import type { RuleMeta } from './rule.ts';
import { VERSION } from './version.ts';
import { BudgetedPool, DEFAULT_BUDGET, HEAVY_BYTES, isHeavy, type FileBudget } from './budget.ts';
import { setPatternBudget } from './safe-regex.ts';
import { locationProblem } from '../rules/pay-transparency/laws.ts';

/** Everything that decides what is linted and how: the CLI's options, as the library takes them. */
export interface RunOptions {
  /** Folder that relative paths, ignore patterns, config search and the default cache location start from. */
  cwd?: string;
  /** A config file to use for every posting instead of searching; `false` uses none. */
  config?: string | false;
  /** Rule settings applied after the config, as `--rule`: `{ 'require-pay': 'warn' }`. */
  rules?: Record<string, unknown>;
  /** @internal What to call `rules` in error messages (the CLI: "--rule"); default "options". */
  rulesSource?: string;
  role?: RoleSetting;
  /** Where the jobs are, for pay-transparency (as `--location`). */
  location?: string;
  reportUnusedDirectives?: boolean;
  /** Gitignore-syntax patterns (relative to cwd) of files not to lint, on top of `.peerlintignore` and the config's `ignores`. */
  ignores?: string[];
  /** false: use neither `.peerlintignore` nor any `ignores` (as `--no-ignore`). Default true. */
  ignore?: boolean;
  /** Errors only: rules set to warning/info are not run and non-error findings are dropped (as ESLint 9's --quiet). */
  quiet?: boolean;
  /** Reuse findings of files unchanged since the last run (`--cache`). */
  cache?: boolean;
  /** Cache file, or a folder to put `.peerlintcache` in (default: `.peerlintcache` in cwd). */
  cacheLocation?: string;
  /** Worker threads for many files; 1 (the library's default) lints in this thread; 'auto' (the CLI's default) decides from the work and the machine. */
  concurrency?: number | 'auto';
  /** Files larger than this many bytes are refused (default 10 MB); in JSON Lines, each line. */
  maxBytes?: number;
  /** Seconds one file may take before it is stopped and reported (default 10). */
  maxFileTime?: number;
  /** Megabytes of heap one file may need in its worker (default 1024). */
  maxFileMemory?: number;
  /** Called with each warning (an ignored file, a corrupt cache); default: ignored. */
  warn?: (message: string) => void;
  /** Apply fixes: write them to the files (`--fix`) or only report the fixed text as `output` (`--fix-dry-run`). */
  fix?: FixMode;
  /** Keep each posting's linted text on its result (`source`), for `--format html`; the cache is not used. */
  keepSource?: boolean;
}

const failed = (path: string, error: string): FileResult => ({ path, peerRole: false, findings: [], error });

/**
 * One lint run: the configuration resolver, the cache and the run-wide switches. Every file's
 * configuration is resolved (and its rules checked) before any file is linted, so a bad
 * configuration (ConfigError) means nothing is linted.
 */
export class Run {
  readonly cwd: string;
  readonly resolver: ConfigResolver;
  readonly cache: LintCache | undefined;
  private readonly maxBytes: number;
  private budgetFound?: Promise<FileBudget>;
  /** Rule settings per resolved configuration, for postings linted in this thread (JSON Lines: one per line). */
  private readonly optionsByConfig = new Map<ResolvedConfig, Omit<import('./engine.ts').LintOptions, 'format'>>();
  private readonly locationsChecked = new Set<string>();
  /** Told which rules run on each file (by its display path), for reports that list them (SARIF, JUnit). */
  onRules?: (path: string, rules: RuleMeta[]) => void;

  constructor(readonly options: RunOptions) {
    this.cwd = resolve(options.cwd ?? process.cwd());
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    setPatternBudget(options.maxFileTime === undefined ? DEFAULT_BUDGET.timeMs : options.maxFileTime * 1000); // until budget() knows the config's
    this.resolver = new ConfigResolver({
      cwd: this.cwd,
      config: options.config,
      rules: options.rules,
      rulesSource: options.rulesSource,
      role: options.role,
      reportUnusedDirectives: options.reportUnusedDirectives,
      location: options.location,
    });
    const warn = options.warn ?? (() => {});
    // The cache as a whole is valid for one peerlint version and one --quiet; each entry's key also
    // covers the file's resolved configuration, since files can have different configurations.
    this.cache = options.cache && !options.keepSource ? LintCache.load(cacheFilePath(options.cacheLocation, this.cwd), VERSION, fingerprint({ quiet: Boolean(options.quiet) }), warn) : undefined;
  }

  private readonly pluginHashes = new Map<string, string>();
  private pluginHash(path: string): string {
    let hash = this.pluginHashes.get(path);
    if (hash === undefined) {
      try {
        hash = contentHash(readFileSync(path));
      } catch {
        hash = 'unreadable';
      }
      this.pluginHashes.set(path, hash);
    }
    return hash;
  }

  /** The resolved configuration for a file (what --print-config prints). */
  async configFor(path: string): Promise<ResolvedConfig> {
    const config = await this.resolver.resolve(path);
    this.checkLocation(config.location);
    return config;
  }

  /** A location (--location or the config's) that names no jurisdiction is said once, not silently ignored. */
  private checkLocation(location: string | undefined): void {
    if (location === undefined || this.locationsChecked.has(location)) return;
    this.locationsChecked.add(location);
    const problem = locationProblem(location);
    if (problem) this.options.warn?.(problem);
  }

  /** Equal configurations as one object: a run over thousands of files holds one per folder, not one per file. */
  private readonly configs = new Map<string, ResolvedConfig>();

  private async planFile(path: string): Promise<PlannedFile> {
    const resolved = await this.configFor(path);
    const configKey = JSON.stringify(resolved);
    let config = this.configs.get(configKey);
    if (!config) this.configs.set(configKey, (config = resolved));
    const options = quietOptions(await lintOptionsFor(config), this.options.quiet); // a bad rule setting is a ConfigError now
    checkPlainData(config); // it crosses to worker threads by structured clone
    this.onRules?.(path, options.rules.map((setting) => setting.rule.meta));
    const job: LintJob = { path: resolve(this.cwd, path), displayPath: path, config, maxBytes: this.maxBytes, quiet: this.options.quiet };
    if (this.options.fix) job.fix = this.options.fix;
    if (this.options.keepSource) job.keepSource = true;
    if (!this.cache) return { job };
    let bytes: Buffer;
    try {
      bytes = readPostingBytes(path, this.maxBytes, job.path);
    } catch (error) {
      return { missing: failed(path, fileErrorMessage(error)) };
    }
    // Plugin code is part of the key: an edited plugin can report different findings on the same file.
    const key = fingerprint({ content: contentHash(bytes), config, plugins: config.plugins.map((p) => this.pluginHash(p)) });
    const hit = this.cache.get(job.path, key);
    // With --fix, a file with something to fix is linted again, so that its fixes are applied.
    const usable = hit && !(this.options.fix && hit.findings.some((f) => f.fix));
    return usable ? { done: { ...hit, path } } : { job, cacheKey: key };
  }

  /**
   * The per-file budget: --max-file-time, else the working folder's config's `maxFileTime` (one for the
   * run, as its `ignores`), else 10 s. It is also how long user patterns may search in this thread.
   */
  budget(): Promise<FileBudget> {
    this.budgetFound ??= (async () => {
      const seconds = this.options.maxFileTime ?? (await this.configFor(join(this.cwd, '.peerlint'))).maxFileTime;
      const budget = { timeMs: seconds === undefined ? DEFAULT_BUDGET.timeMs : seconds * 1000, memoryMb: this.options.maxFileMemory ?? DEFAULT_BUDGET.memoryMb };
      setPatternBudget(budget.timeMs);
      return budget;
    })().catch((error: unknown) => {
      this.budgetFound = undefined; // a config fixed later (the language server reloads) is read again
      throw error;
    });
    return this.budgetFound;
  }

  /** The run's ignore patterns besides `.peerlintignore`: the options' and the `ignores` of the working folder's config. */
  async ignorePatterns(): Promise<string[]> {
    return [...(this.options.ignores ?? []), ...(await this.configFor(join(this.cwd, '.peerlint'))).ignores];
  }

  /**
   * Expands paths, folders and globs and resolves every file's configuration (and the cache), before
   * anything is linted: a bad configuration throws ConfigError here.
   */
  async plan(args: string[]): Promise<PlannedFile[]> {
    const ignores = await this.ignorePatterns();
    const planned: PlannedFile[] = [];
    for (const target of expandTargets(args, { cwd: this.cwd, ignores, ignore: this.options.ignore })) {
      if (target.kind === 'ignored') this.options.warn?.(`${target.path}: ${target.reason}`);
      else if (target.kind === 'missing') planned.push({ missing: failed(target.path, target.reason) });
      else planned.push(await this.planFile(target.path));
    }
    return planned;
  }

  /**
   * Lints a plan (across worker threads when there are enough files); `onFile` gets each result in
   * order, as soon as it and those before it are done.
   */
  async lint(planned: PlannedFile[], onFile: (file: FileResult) => void | Promise<void>): Promise<void> {
    await lintPlanned(
      planned,
      this.options.concurrency ?? 1,
      async (file, plan) => {
        // A fixed file's result is not for the content the key was made from.
        if (this.cache && 'cacheKey' in plan && plan.cacheKey && !file.error && file.output === undefined) this.cache.set(plan.job.path, plan.cacheKey, file);
        await onFile(file);
      },
      await this.budget(),
    );
  }

  /** Rule settings for postings linted in this thread (JSON Lines: the same for every line). */
  private async optionsFor(config: ResolvedConfig): Promise<Omit<import('./engine.ts').LintOptions, 'format'>> {
    let options = this.optionsByConfig.get(config);
    if (!options) this.optionsByConfig.set(config, (options = quietOptions(await lintOptionsFor(config), this.options.quiet)));
    return options;
  }

  /** Lints a posting held in memory under the per-file budget, in a worker (see src/budget.ts): for heavy input. */
  private async lintInWorker(job: LintJob): Promise<FileResult> {
    const pool = new BudgetedPool(1, await this.budget());
    try {
      return (await pool.lint([job]))[0]!;
    } finally {
      await pool.destroy();
    }
  }

  /** Text from standard input, named `path` (its extension picks the format). Heavy input is linted under the budget in a worker. */
  async bytes(bytes: Uint8Array, path: string): Promise<FileResult> {
    if (bytes.length > this.maxBytes) return failed(path, oversizeProblem('input', bytes.length, this.maxBytes));
    const config = await this.configFor(path);
    await this.budget(); // user patterns in this thread get the run's time limit
    const options = await this.optionsFor(config); // a bad rule setting is a ConfigError, not this input's error
    this.onRules?.(path, options.rules.map((setting) => setting.rule.meta));
    const job: LintJob = { path, input: bytes, config, maxBytes: this.maxBytes, quiet: this.options.quiet, fix: this.options.fix, keepSource: this.options.keepSource };
    if (isHeavy(job)) return this.lintInWorker(job);
    try {
      const posting = await loadPosting(bytes, path);
      // Standard input cannot be rewritten: --fix reports the fixed text, as --fix-dry-run does.
      const fix = this.options.fix ? 'dry-run' : undefined;
      return quietResult(fixPosting(posting, path, { ...options, fix, keepSource: this.options.keepSource }), this.options.quiet);
    } catch (error) {
      return failed(path, fileErrorMessage(error));
    }
  }

  /**
   * Text already in memory (an editor's buffer), linted under the configuration for `path` as the
   * file would be, as Markdown or plain text by `format` (default: by the extension). A bad
   * configuration throws ConfigError; a text that cannot be linted is a result with `error` set.
   */
  async text(text: string, path: string, format: DocumentFormat = formatOf(path)): Promise<FileResult> {
    const size = Buffer.byteLength(text);
    if (size > this.maxBytes) return failed(path, oversizeProblem('file', size, this.maxBytes));
    const config = await this.configFor(path);
    await this.budget(); // user patterns in this thread get the run's time limit
    const options = quietOptions(await lintOptionsFor(config), this.options.quiet);
    // A heavy buffer gets the per-file budget in a worker, as a heavy file does; the worker picks the
    // format from the path's extension, which is the editor's format for every file that large in practice.
    const job: LintJob = { path, input: Buffer.from(text), config, maxBytes: this.maxBytes, quiet: this.options.quiet };
    if (isHeavy(job)) return this.lintInWorker(job);
    try {
      return quietResult(lintSource(text.replace(/^\uFEFF/, ''), path, { ...options, format }), this.options.quiet);
    } catch (error) {
      return failed(path, fileErrorMessage(error));
    }
  }

  /**
   * JSON Lines postings (`{"id","title","text"}` per line, the shape job boards export), read line by
   * line so memory stays flat. Each is linted as Markdown `# title\n\ntext` under the configuration
   * for the source file's folder and reported by its id, with positions in its own `text` (or `title`)
   * field; a line that is not such an object becomes an error entry named by its id when it shows one,
   * else `<source>:<line>`.
   */
  async *jsonLines(input: Readable, source: string): AsyncGenerator<FileResult> {
    const configPath = source === '<stdin>' ? join(this.cwd, 'posting.md') : resolve(this.cwd, source);
    const config = await this.configFor(configPath);
    await this.budget(); // user patterns in this thread get the run's time limit
    const options = await this.optionsFor(config); // a bad rule setting is a ConfigError, before any line is read
    const rules = options.rules.map((setting) => setting.rule.meta);
    let postings = 0;
    // node:readline is loaded here, not at start-up: only JSON Lines input reads lines.
    const { createInterface } = process.getBuiltinModule('node:readline') as typeof import('node:readline');
    const lines = createInterface({ input, crlfDelay: Infinity });
    const read = lines[Symbol.asyncIterator]();
    for (let number = 1; ; number++) {
      let next: IteratorResult<string>;
      try {
        next = await read.next();
      } catch (error) {
        // readline passes the input stream's error on (a missing file, a folder): name the source.
        if ((error as NodeJS.ErrnoException).code) throw new InputError(source, cannotReadReason(error));
        throw error;
      }
      if (next.done) break;
      const line = next.value;
      if (line.trim() === '') continue;
      postings++;
      // --max-file-size applies to each record (a UTF-16 length over the limit is over it in UTF-8 too).
      if (line.length > this.maxBytes || (line.length * 3 > this.maxBytes && Buffer.byteLength(line) > this.maxBytes)) {
        yield failed(`${source}:${number}`, oversizeProblem('input', Buffer.byteLength(line), this.maxBytes).replace('input is', 'line is'));
        continue;
      }
      const posting = parsePostingLine(line);
      if (!isPosting(posting)) {
        // A bad line keeps its id (and title) when it shows one; the error says where it is.
        const where = `${source}:${number}`;
        yield posting.id === undefined ? failed(where, posting.problem) : withTitle(failed(posting.id, `${where}: ${posting.problem}`), posting.title);
        continue;
      }
      const path = String(posting.id);
      this.onRules?.(path, rules);
      const { markdown, textStart } = composePosting(posting);
      if (markdown.length > HEAVY_BYTES) {
        // A heavy record is linted under the per-file budget in a worker.
        const result = await this.lintInWorker({ path: 'record.md', displayPath: path, input: Buffer.from(markdown), config, quiet: this.options.quiet });
        yield result.error ? withTitle(result, posting.title) : toInputFields(result, posting, textStart);
        continue;
      }
      try {
        yield quietResult(toInputFields(lintSource(markdown, path, { ...options, format: 'markdown' }), posting, textStart), this.options.quiet);
      } catch (error) {
        yield withTitle(failed(path, fileErrorMessage(error)), posting.title);
      }
    }
    // No posting at all is an input error, like an empty file: a broken export must not pass.
    if (postings === 0) yield failed(source, 'empty JSON Lines input: there is no posting to lint');
  }

  /** Saves the cache (atomically), if there is one. */
  finish(): void {
    this.cache?.save();
  }
}

/** Opens a JSON Lines source: `-` is standard input. */
export function openJsonLines(arg: string, cwd: string): { input: Readable; source: string } {
  return arg === '-' ? { input: process.stdin, source: '<stdin>' } : { input: createReadStream(resolve(cwd, arg)), source: arg };
}

export interface LintOptions extends RunOptions {
  /** 'files' (default): paths, folders and globs; 'jsonl': JSON Lines files of postings. */
  input?: 'files' | 'jsonl';
}

/**
 * Lints like the CLI does, without a child process: paths, folders and globs (or JSON Lines files with
 * `input: 'jsonl'`) under their configuration files, with ignore files, `quiet` and the cache.
 * Resolves to the whole report; rejects with a ConfigError (nothing linted) for a bad configuration.
 */
export async function lint(paths: string[], options: LintOptions = {}): Promise<LintReport> {
  const run = new Run(options);
  const files: FileResult[] = [];
  const summary = emptySummary();
  const take = (file: FileResult) => {
    files.push(file);
    addToSummary(summary, file);
  };
  if (options.input === 'jsonl') {
    for (const arg of paths) {
      const { input, source } = openJsonLines(arg, run.cwd);
      try {
        for await (const file of run.jsonLines(input, source)) take(file);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        take(failed(arg, error.problem));
      }
    }
  } else {
    await run.lint(await run.plan(paths), take);
  }
  run.finish();
  return { files, summary };
}

const checkedConfigs = new WeakSet<ResolvedConfig>();

/**
 * A configuration is plain data (JSON): it is printed by --print-config and cloned to worker
 * threads. A JavaScript config can put a function, a class instance or a cycle in a rule's options;
 * that is a config error naming the option, not a crash in the middle of the run.
 */
function checkPlainData(config: ResolvedConfig): void {
  if (checkedConfigs.has(config)) return;
  for (const [id, [, options]] of Object.entries(config.rules)) {
    const problem = plainDataProblem(options, new Set());
    if (problem) throw ConfigError.of('<resolved config>', `rules.${id}[1]${problem.at}`, `rule options must be plain data (JSON values): ${problem.what} cannot be passed to the rule`);
  }
  checkedConfigs.add(config);
}

function plainDataProblem(value: unknown, open: Set<object>): { at: string; what: string } | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { at: '', what: String(value) };
  if (typeof value !== 'object') return { at: '', what: `a ${typeof value}` };
  if (open.has(value)) return { at: '', what: 'a circular reference' };
  const proto = Object.getPrototypeOf(value) as object | null;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return { at: '', what: `a ${(value as object).constructor?.name ?? 'non-plain'} object` };
  open.add(value);
  for (const [key, item] of Object.entries(value)) {
    const problem = plainDataProblem(item, open);
    if (problem) return { at: Array.isArray(value) ? `[${key}]${problem.at}` : `.${key}${problem.at}`, what: problem.what };
  }
  open.delete(value);
  return undefined;
}
