import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, formatBytes, parseByteSize } from './read.ts';
import { VERSION } from './version.ts';
import { escapeControl } from './escape.ts';

export { useHost } from './host.ts';

interface CliOptions {
  format: string;
  role?: 'peer' | 'other' | 'auto';
  stdinFilename: string;
  /** true: --color, false: --no-color, undefined: decided by the environment. */
  color?: boolean;
  config?: string | false;
  rule: string[];
  printConfig?: string;
  reportUnusedDirectives?: boolean;
  maxFileSize: number;
  maxFileTime?: number;
  maxFileMemory?: number;
  concurrency: number | undefined;
  location?: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  ignore: boolean;
  input: 'files' | 'jsonl';
  cache: boolean;
  cacheLocation?: string;
  fix: boolean;
  fixDryRun: boolean;
}

/** Kept here, not imported from the formatters, so --version and --help load no linting code. */
const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'junit', 'html'];

/** --max-warnings: a whole number, or -1 for no limit (as ESLint). */
function count(value: string): number {
  if (value === '-1') return -1;
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more (or -1: no limit)');
  return Number(value);
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more.');
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(?:\.\d+)?$/.test(value.trim()) || !(n > 0)) throw new InvalidArgumentError('expected a number of seconds above 0, such as 10 or 2.5.');
  return n;
}

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 16) throw new InvalidArgumentError('expected a whole number of megabytes, 16 or more.');
  return n;
}

function byteSize(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size in bytes, or with a unit: 500KB, 10MB, 1GB.');
  return bytes;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/**
 * --color and --no-color decide; then FORCE_COLOR (any value but "", 0 or false) turns colour on and
 * NO_COLOR (any value but "") off; otherwise colour is on for a terminal and off for a pipe or a file.
 */
function useColor(flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = process.env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (process.env['NO_COLOR']) return false;
  return !toFile && Boolean(process.stdout.isTTY);
}

/** Builds the command line. Linting code is imported only when a lint runs, so --version and --help stay fast. */
function program(): Command {
  return new Command('peerlint')
    .description('Lint behavioral-health job postings for role drift, missing supervision, missing pay and stigmatizing language.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders (searched for .md, .markdown, .txt, .html, .htm, .docx) or globs; "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to this file (atomically) instead of standard output')
    .option('--fix', 'fix what can be fixed safely, in the files themselves (Markdown and text; never .docx or HTML)', false)
    .option('--fix-dry-run', 'fix as --fix does, but write no file: --format json shows each fixed text as "output"', false)
    .addOption(new Option('--role <role>', 'treat every posting as a peer role or not, instead of detecting it (default: the config\'s role, else auto)').choices(['peer', 'other', 'auto']))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)', count)
    .option('--quiet', 'report errors only: rules set to warning or info do not run, and no warning counts', false)
    .option('--no-ignore', 'lint files that .peerlintignore (or the config\'s ignores) excludes')
    .addOption(new Option('--input <kind>', 'files: paths, folders, globs; jsonl: JSON Lines of {"id","title","text"} postings ("-" for standard input)').choices(['files', 'jsonl']).default('files'))
    .option('--cache', 'only lint files that changed since the last run (content, configuration or peerlint version)', false)
    .option('--cache-location <path>', 'cache file, or folder for it (default: .peerlintcache)')
    .option('--stdin-filename <name>', 'name (and so format) for text read from standard input', '<stdin>.md')
    .addOption(new Option('--max-file-size <size>', `refuse files larger than this (bytes, or 500KB, 10MB)`).argParser(byteSize).default(DEFAULT_MAX_BYTES, formatBytes(DEFAULT_MAX_BYTES)))
    .addOption(new Option('--max-file-time <seconds>', 'stop a file that takes longer than this and report it as its error (default: 10)').argParser(seconds))
    .addOption(new Option('--max-file-memory <MB>', 'stop a file whose worker needs more heap than this (default: 1024)').argParser(megabytes))
    .addOption(new Option('--concurrency <n>', 'worker threads for many files; 1 lints in one thread (default: decided from the files and the machine, see docs/how-it-works.md)').argParser(positiveInteger))
    .option('--color', 'colour the output even when it is not a terminal (also: FORCE_COLOR set)')
    .option('--no-color', 'never colour the output (also: NO_COLOR set, or output not a terminal)')
    .option('-c, --config <file>', 'use this config file for every posting instead of searching for one')
    .option('--no-config', 'use no config file (built-in defaults and --rule only)')
    .option('--rule <setting>', 'set a rule, after the config: \'id: severity\' or \'id: [severity, {options}]\' (repeatable)', collect, [])
    .option('--print-config <file>', 'print the resolved configuration for a file as JSON, and lint nothing')
    .option('--report-unused-directives', 'report peerlint-disable comments that suppress nothing')
    .option('--location <place>', 'where the jobs are (e.g. "Denver, CO"), for the opt-in pay-transparency rule; front matter `location` wins')
    .addHelpText(
      'after',
      '\nCommands:\n  peerlint serve          a local page to paste or drop a draft into and fix it (--port, --open)\n  peerlint init           write a commented starter .peerlintrc.yaml here\n  peerlint rules          list every rule (id, category, default severity, fixable, description)\n  peerlint explain RULE   print a rule\'s documentation (what it flags, why, examples, options)\n  peerlint lsp            run the language server for editors (stdio; see docs/editors.md)',
    )
    .showHelpAfterError('(run peerlint --help for usage)')
    .exitOverride();
}

function subcommand(name: string, description: string): Command {
  return new Command(name).description(description).showHelpAfterError().exitOverride();
}

/** Reads standard input, stopping one byte past the size limit (enough to refuse it) so a huge pipe is not held in memory. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** `peerlint explain RULE`: prints the rule's docs page. Exit 2 for an unknown rule, with the closest ids. */
async function explain(ruleId: string | undefined, config: string | false | undefined): Promise<number> {
  const { explainAnyRule } = await import('./explain.ts');
  const { text, error } = await explainAnyRule(ruleId, { config });
  if (error) {
    process.stderr.write(`peerlint: ${escapeControl(String(error))}\n`);
    return 2;
  }
  process.stdout.write(text!);
  return 0;
}

const warn = (message: string) => process.stderr.write(`peerlint: warning: ${escapeControl(message)}\n`);

/** Where the report goes: standard output (respecting back-pressure) or an atomically written file. */
interface Sink {
  write(text: string): Promise<void> | void;
  commit(): void;
  abort(): void;
}

function stdoutSink(WriteError: typeof import('./atomic.ts').WriteError): Sink {
  // A reader that stops early (`peerlint ... | head -1`) closes the pipe: that is not an error. The rest of
  // the report goes nowhere, and the run still ends with the exit code of the lint result. Any other write
  // error (a full disk: `> /dev/full`) is one line and exit 2, not a stack trace: the report is incomplete.
  let closed = false;
  let wake: (() => void) | undefined;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') {
      process.stderr.write(`peerlint: ${new WriteError('standard output', error).message}\n`);
      process.exit(2);
    }
    closed = true;
    wake?.();
  });
  return {
    async write(text) {
      if (closed || !text) return;
      if (!process.stdout.write(text)) {
        await new Promise<void>((done) => {
          wake = done;
          process.stdout.once('drain', done);
        });
        wake = undefined;
      }
    },
    commit() {},
    abort() {},
  };
}

/** --concurrency, capped at what the machine can use (each thread holds its own heap: 64 threads on 2 cores took 6.4 GB). */
function threadsFor(requested: number | undefined, max: () => number): number | 'auto' {
  if (requested === undefined) return 'auto'; // the worker policy decides (src/worker-policy.ts)
  if (requested > max()) warn(`--concurrency ${requested} is more than this machine can use; using ${max()} threads (twice the cores)`);
  return Math.min(requested, max());
}

/** Parses argv with commander; null when it has already answered (help, version) or refused. */
function parse(cli: Command, argv: string[]): number | null {
  try {
    cli.parse(argv);
    return null;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

/** Prints each problem of a bad configuration and returns exit code 2; rethrows anything else. */
async function configFailure(error: unknown): Promise<number> {
  const { ConfigError } = await import('./config/errors.ts');
  if (!(error instanceof ConfigError)) throw error;
  for (const line of error.message.split('\n')) process.stderr.write(`peerlint: config error: ${escapeControl(line)}\n`);
  process.stderr.write('peerlint: nothing was linted\n');
  return 2;
}

/** Runs peerlint with `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // Subcommands are checked before the lint options are parsed (a file named "init" can be given as ./init).
  const command = argv[2];
  if (command === 'explain') {
    const cli = subcommand('peerlint explain', "print a rule's documentation: built-in, and the plugin and custom rules of the config here")
      .argument('[rule]', 'rule id')
      .option('-c, --config <file>', 'use this config file')
      .option('--no-config', 'use no config file');
    const code = parse(cli, [argv[0]!, argv[1]!, ...argv.slice(3)]);
    if (code !== null) return code;
    return explain(cli.args[0], cli.opts<{ config?: string | false }>().config);
  }
  if (command === 'lsp') {
    const { runLanguageServer } = await import('./lsp/server.ts');
    return runLanguageServer(argv.slice(3));
  }
  if (command === 'init') {
    const cli = subcommand('peerlint init', 'write a commented starter .peerlintrc.yaml in the working folder (never overwrites one)');
    const code = parse(cli, [argv[0]!, argv[1]!, ...argv.slice(3)]);
    if (code !== null) return code;
    const { runInit } = await import('./commands/init.ts');
    return runInit(process.cwd());
  }
  if (command === 'serve') {
    const cli = subcommand('peerlint serve', 'a page on this computer to paste or drop a draft into, see its problems highlighted as you edit, apply fixes and download the result')
      .addOption(new Option('--port <n>', 'port on 127.0.0.1 (default: a free one)').argParser(count))
      .option('--open', 'open the page in the default browser', false)
      .option('-c, --config <file>', 'use this config file instead of the one found in this folder')
      .option('--no-config', 'use no config file')
      .addOption(new Option('--max-file-size <size>', 'largest draft or file accepted').argParser(byteSize).default(DEFAULT_MAX_BYTES, formatBytes(DEFAULT_MAX_BYTES)));
    const code = parse(cli, [argv[0]!, argv[1]!, ...argv.slice(3)]);
    if (code !== null) return code;
    const { serve } = await import('./serve/command.ts');
    return serve(cli.opts<{ port?: number; open: boolean; config?: string | false; maxFileSize: number }>()).catch(configFailure);
  }
  if (command === 'rules') {
    const cli = subcommand('peerlint rules', 'list every rule: built-in, and the plugin and custom rules of the config here')
      .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
      .option('-c, --config <file>', 'use this config file')
      .option('--no-config', 'use no config file');
    const code = parse(cli, [argv[0]!, argv[1]!, ...argv.slice(3)]);
    if (code !== null) return code;
    const { runRules } = await import('./commands/rules.ts');
    return runRules(cli.opts<{ format: 'table' | 'json'; config?: string | false }>()).catch(configFailure);
  }

  const cli = program();
  const code = parse(cli, argv);
  if (code !== null) return code;
  const opts = cli.opts<CliOptions>();
  const paths = cli.args;
  if (paths.length === 0 && opts.printConfig === undefined) {
    process.stderr.write('peerlint: no files given (try: peerlint postings/, or peerlint - < posting.md)\n');
    return 2;
  }
  const fixProblem =
    opts.fix && opts.fixDryRun ? '--fix and --fix-dry-run cannot be used together'
    : opts.fix && paths.includes('-') ? '--fix cannot rewrite standard input: use --fix-dry-run'
    : (opts.fix || opts.fixDryRun) && opts.input === 'jsonl' ? '--fix and --fix-dry-run work on files, not on --input jsonl'
    : undefined;
  if (fixProblem) {
    process.stderr.write(`peerlint: ${fixProblem}\n`);
    return 2;
  }

  const { parseRuleArgument } = await import('./config/resolve.ts');
  const { Run, openJsonLines } = await import('./run.ts');
  const { addToSummary, emptySummary } = await import('./lint.ts');
  const { loadWriter } = await import('./formatters/load.ts');
  const { AtomicFile, WriteError, cleanUpTempFilesOnSignals } = await import('./atomic.ts');
  const { InputError } = await import('./errors.ts');
  const { maxConcurrency } = await import('./parallel.ts');

  let run: InstanceType<typeof Run>;
  // Which rules ran on each file, for the reports that list them (SARIF, JUnit); they keep every file anyway.
  const rulesByPath = new Map<string, import('./rule.ts').RuleMeta[]>();
  let planned: Awaited<ReturnType<InstanceType<typeof Run>['plan']>>;
  try {
    if (opts.cache && opts.input === 'jsonl') warn('--cache applies to files; it is not used with --input jsonl');
    if (opts.cache && opts.format === 'html') warn('--cache is not used with --format html (the report shows each posting\'s text)');
    run = new Run({
      config: opts.config,
      rules: Object.fromEntries(opts.rule.map(parseRuleArgument)),
      rulesSource: '--rule',
      role: opts.role,
      location: opts.location,
      reportUnusedDirectives: opts.reportUnusedDirectives,
      ignore: opts.ignore,
      quiet: opts.quiet,
      cache: opts.cache && opts.input === 'files',
      cacheLocation: opts.cacheLocation,
      concurrency: threadsFor(opts.concurrency, maxConcurrency),
      maxBytes: opts.maxFileSize,
      maxFileTime: opts.maxFileTime,
      maxFileMemory: opts.maxFileMemory,
      warn,
      fix: opts.fix ? 'write' : opts.fixDryRun ? 'dry-run' : undefined,
      keepSource: opts.format === 'html',
    });
    if (opts.format === 'sarif' || opts.format === 'junit') run.onRules = (path, rules) => rulesByPath.set(path, rules);
    if (opts.printConfig !== undefined) {
      // Which files it comes from first (none: built-in defaults), then the configuration itself.
      const configFiles = await run.resolver.configFilesFor(opts.printConfig);
      process.stdout.write(`${JSON.stringify({ configFiles, ...(await run.configFor(opts.printConfig)) }, null, 2)}\n`);
      return 0;
    }
    // Every file's configuration is resolved before anything is written or linted.
    planned = opts.input === 'files' ? await run.plan(paths.filter((p) => p !== '-')) : [];
  } catch (error) {
    return configFailure(error);
  }

  // Open the report file first: a bad --output-file fails before any work, and leaves nothing behind.
  let sink: Sink;
  if (opts.outputFile) {
    cleanUpTempFilesOnSignals();
    try {
      const { mkdirSync } = await import('node:fs');
      const { dirname } = await import('node:path');
      try {
        mkdirSync(dirname(opts.outputFile), { recursive: true }); // as ESLint: missing folders are made
      } catch (error) {
        throw new WriteError(opts.outputFile, error);
      }
      sink = AtomicFile.open(opts.outputFile);
    } catch (error) {
      process.stderr.write(`peerlint: ${escapeControl((error as Error).message)}\n`);
      return 2;
    }
  } else {
    sink = stdoutSink(WriteError);
  }

  const color = useColor(opts.color, Boolean(opts.outputFile));
  const width = process.stdout.isTTY && !opts.outputFile ? process.stdout.columns : Number(process.env['COLUMNS']) || undefined;
  const writer = (await loadWriter(opts.format))({ color, rulesFor: (path) => rulesByPath.get(path), width });
  const summary = emptySummary();
  const emit = async (file: import('./finding.ts').FileResult) => {
    addToSummary(summary, file);
    if (file.error) process.stderr.write(`peerlint: ${escapeControl(file.path)}: ${escapeControl(file.error)}\n`);
    for (const warning of file.warnings ?? []) warn(`${file.path}: ${warning}`);
    await sink.write(writer.file(file));
  };

  try {
    await sink.write(writer.start());
    if (opts.input === 'jsonl') {
      for (const arg of paths) {
        const { input, source } = openJsonLines(arg, run.cwd);
        try {
          for await (const file of run.jsonLines(input, source)) await emit(file);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          await emit({ path: arg, peerRole: false, findings: [], error: error.problem });
        }
      }
    } else {
      await run.lint(planned, emit);
      if (paths.includes('-')) await emit(await run.bytes(await readStdin(opts.maxFileSize), opts.stdinFilename));
    }
    await sink.write(writer.end(summary));
    sink.commit();
  } catch (error) {
    sink.abort();
    if (error instanceof WriteError) {
      process.stderr.write(`peerlint: ${escapeControl(error.message)}\n`);
      return 2;
    }
    return configFailure(error); // a bad configuration is found before the first file is linted
  }

  try {
    run.finish();
  } catch (error) {
    warn(`the cache was not saved: ${(error as Error).message}`);
  }

  const tooManyWarnings = opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && summary.warnings > opts.maxWarnings;
  if (tooManyWarnings && summary.errors === 0) process.stderr.write(`peerlint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
  if (summary.fileErrors > 0) return 2;
  return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}
