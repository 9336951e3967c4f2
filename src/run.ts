import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { cacheFilePath, contentHash, fingerprint, LintCache, resolvedLintOptions } from './cache.ts';
import { lintSource, type RuleSetting } from './engine.ts';
import { InputError } from './errors.ts';
import { expandTargets } from './files.ts';
import type { FileResult } from './finding.ts';
import { formatOf } from './document/build.ts';
import { addToSummary, defaultRuleSettings, emptySummary, type LintReport } from './lint.ts';
import { decode, readPostingBytes } from './read.ts';
import type { RoleSetting } from './role.ts';
import { VERSION } from './version.ts';

/** Everything that decides what is linted and how: the CLI's options, as the library takes them. */
export interface RunOptions {
  /** Folder that relative paths, ignore patterns and the default cache location are taken from (default: process.cwd()). */
  cwd?: string;
  role?: RoleSetting;
  /** Rules to run (default: every built-in rule at its default severity). */
  rules?: RuleSetting[];
  /** Gitignore-syntax patterns (relative to cwd) of files not to lint, on top of `.peerlintignore`. */
  ignores?: string[];
  /** false: use neither `.peerlintignore` nor `ignores` (as `--no-ignore`). Default true. */
  ignore?: boolean;
  /** Errors only: rules set to warning/info are not run and non-error findings are dropped (as ESLint 9's --quiet). */
  quiet?: boolean;
  /** Reuse findings of files unchanged since the last run (`--cache`). */
  cache?: boolean;
  /** Cache file, or a folder to put `.peerlintcache` in (default: `.peerlintcache` in cwd). */
  cacheLocation?: string;
  /** Called with each warning (an ignored file, a corrupt cache); default: ignored. */
  warn?: (message: string) => void;
}

/** The rule settings a run uses: with `quiet`, only rules set to error run (as in ESLint 9). */
export function resolveRules(options: Pick<RunOptions, 'rules' | 'quiet'>): RuleSetting[] {
  const rules = options.rules ?? defaultRuleSettings();
  return options.quiet ? rules.filter((setting) => setting.severity === 'error') : rules;
}

/** `--quiet` keeps error findings only (a rule may report a softer severity than its setting). */
export function errorsOnly(result: FileResult): FileResult {
  return result.findings.every((f) => f.severity === 'error') ? result : { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
}

const failed = (path: string, error: string): FileResult => ({ path, peerRole: false, findings: [], error });

function guard(path: string, lint: () => FileResult): FileResult {
  try {
    return lint();
  } catch (error) {
    if (error instanceof InputError) return failed(path, error.problem);
    throw error;
  }
}

/** An open run: the resolved rules and, with `cache`, the cache to consult and save. */
export class Run {
  readonly rules: RuleSetting[];
  readonly cwd: string;
  readonly cache: LintCache | undefined;

  constructor(readonly options: RunOptions) {
    this.cwd = options.cwd ?? process.cwd();
    this.rules = resolveRules(options);
    const warn = options.warn ?? (() => {});
    // quiet is part of the key on its own: cached results are stored already filtered to errors.
    const key = fingerprint({ ...resolvedLintOptions(this.rules, options.role), quiet: Boolean(options.quiet) });
    this.cache = options.cache ? LintCache.load(cacheFilePath(options.cacheLocation, this.cwd), VERSION, key, warn) : undefined;
  }

  private lintText(text: string, path: string, format = formatOf(path)): FileResult {
    const result = lintSource(text, path, { rules: this.rules, role: this.options.role, format });
    return this.options.quiet ? errorsOnly(result) : result;
  }

  /** Lints one file (path as shown, read relative to cwd), from the cache when its content is unchanged. */
  lintFile(path: string): FileResult {
    const absolute = resolve(this.cwd, path);
    return guard(path, () => {
      const bytes = readPostingBytes(path, undefined, absolute);
      if (!this.cache) return this.lintText(decode(bytes, path), path);
      const hash = contentHash(bytes);
      const hit = this.cache.get(absolute, hash);
      if (hit) return { ...hit, path };
      const result = this.lintText(decode(bytes, path), path);
      this.cache.set(absolute, hash, result);
      return result;
    });
  }

  lintBytes(bytes: Uint8Array, path: string): FileResult {
    return guard(path, () => this.lintText(decode(bytes, path), path));
  }

  /** Paths, folders and globs, expanded and linted one by one. Ignored arguments go to `warn`. */
  *files(args: string[]): Generator<FileResult> {
    for (const target of expandTargets(args, { cwd: this.cwd, ignores: this.options.ignores, ignore: this.options.ignore })) {
      if (target.kind === 'ignored') this.options.warn?.(`${target.path}: ${target.reason}`);
      else if (target.kind === 'missing') yield failed(target.path, target.reason);
      else yield this.lintFile(target.path);
    }
  }

  /**
   * JSON Lines postings (`{"id","title","text"}` per line, the shape job boards export), read line by
   * line so memory stays flat. Each is linted as Markdown `# title\n\ntext` and reported by its id; a
   * line that is not such an object becomes an error entry named `<source>:<line>`.
   */
  async *jsonLines(input: Readable, source: string): AsyncGenerator<FileResult> {
    const lines = createInterface({ input, crlfDelay: Infinity });
    let number = 0;
    const read = lines[Symbol.asyncIterator]();
    while (true) {
      let next: IteratorResult<string>;
      try {
        next = await read.next();
      } catch (error) {
        // readline passes the input stream's error on (a missing file, a folder): name the source.
        if ((error as NodeJS.ErrnoException).code) throw new InputError(source, readProblem(error as Error));
        throw error;
      }
      if (next.done) break;
      const line = next.value;
      number++;
      if (line.trim() === '') continue;
      const where = `${source}:${number}`;
      let posting: unknown;
      try {
        posting = JSON.parse(line);
      } catch (error) {
        yield failed(where, `not valid JSON (${(error as Error).message})`);
        continue;
      }
      const problem = postingProblem(posting);
      if (problem) {
        yield failed(where, problem);
        continue;
      }
      const { id, title, text } = posting as { id: string | number; title: string; text: string };
      const path = String(id);
      yield guard(path, () => this.lintText(`# ${title}\n\n${text}`, path, 'markdown'));
    }
  }

  /** Saves the cache (atomically), if there is one. */
  finish(): void {
    this.cache?.save();
  }
}

export function readProblem(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `cannot read: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EISDIR' ? 'is a folder, not a file' : error.message}`;
}

function postingProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'expected an object {"id","title","text"}';
  const { id, title, text } = value as Record<string, unknown>;
  if (!(typeof id === 'string' && id !== '') && !(typeof id === 'number' && Number.isFinite(id))) return '"id" must be a non-empty string or a number';
  if (typeof title !== 'string') return '"title" must be a string';
  if (typeof text !== 'string') return '"text" must be a string';
  return undefined;
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
 * `input: 'jsonl'`), with ignore files, `quiet` and the cache. Resolves to the whole report.
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
    for (const file of run.files(paths)) take(file);
  }
  run.finish();
  return { files, summary };
}
