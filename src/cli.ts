import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { VERSION } from './version.ts';

interface CliOptions {
  format: string;
  role: 'peer' | 'other' | 'auto';
  stdinFilename: string;
  color: boolean;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  ignore: boolean;
  input: 'files' | 'jsonl';
  cache: boolean;
  cacheLocation?: string;
}

/** Kept here, not imported from the formatters, so --version and --help load no linting code. */
const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'junit'];

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

/** Builds the command line. Linting code is imported only when a lint runs, so --version and --help stay fast. */
function program(): Command {
  return new Command('peerlint')
    .description('Lint behavioral-health job postings for role drift, missing supervision, missing pay and stigmatizing language.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders (searched for .md, .markdown, .txt) or globs; "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to this file (atomically) instead of standard output')
    .addOption(new Option('--role <role>', 'treat every posting as a peer role or not, instead of detecting it').choices(['peer', 'other', 'auto']).default('auto'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', count)
    .option('--quiet', 'report errors only: rules set to warning or info do not run, and no warning counts', false)
    .option('--no-ignore', 'lint files that .peerlintignore (or the ignores setting) excludes')
    .addOption(new Option('--input <kind>', 'files: paths, folders, globs; jsonl: JSON Lines of {"id","title","text"} postings ("-" for standard input)').choices(['files', 'jsonl']).default('files'))
    .option('--cache', 'only lint files that changed since the last run (content, options or peerlint version)', false)
    .option('--cache-location <path>', 'cache file, or folder for it (default: .peerlintcache)')
    .option('--stdin-filename <name>', 'name (and so format) for text read from standard input', '<stdin>.md')
    .option('--no-color', 'never colour the output (also: NO_COLOR set, or output not a terminal)')
    .showHelpAfterError('(run peerlint --help for usage)')
    .exitOverride();
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const warn = (message: string) => process.stderr.write(`peerlint: warning: ${message}\n`);

/** Where the report goes: standard output (respecting back-pressure) or an atomically written file. */
interface Sink {
  write(text: string): Promise<void> | void;
  commit(): void;
  abort(): void;
}

function stdoutSink(): Sink {
  // A reader that stops early (`peerlint ... | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(2);
  });
  return {
    async write(text) {
      if (text && !process.stdout.write(text)) await new Promise((done) => process.stdout.once('drain', done));
    },
    commit() {},
    abort() {},
  };
}

/** Runs peerlint with `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    cli.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const opts = cli.opts<CliOptions>();
  const paths = cli.args;
  if (paths.length === 0) {
    process.stderr.write('peerlint: no files given (try: peerlint postings/, or peerlint - < posting.md)\n');
    return 2;
  }

  const { Run, openJsonLines } = await import('./run.ts');
  const { addToSummary, emptySummary } = await import('./lint.ts');
  const { writers } = await import('./formatters/index.ts');
  const { AtomicFile, WriteError, cleanUpTempFilesOnSignals } = await import('./atomic.ts');
  const { InputError } = await import('./errors.ts');

  // Open the report file first: a bad --output-file fails before any work, and leaves nothing behind.
  let sink: Sink;
  if (opts.outputFile) {
    cleanUpTempFilesOnSignals();
    try {
      sink = AtomicFile.open(opts.outputFile);
    } catch (error) {
      process.stderr.write(`peerlint: ${(error as Error).message}\n`);
      return 2;
    }
  } else {
    sink = stdoutSink();
  }

  if (opts.cache && opts.input === 'jsonl') warn('--cache applies to files; it is not used with --input jsonl');
  const run = new Run({ role: opts.role, quiet: opts.quiet, ignore: opts.ignore, cache: opts.cache && opts.input === 'files', cacheLocation: opts.cacheLocation, warn });
  const color = !opts.outputFile && opts.color && !process.env['NO_COLOR'] && Boolean(process.stdout.isTTY);
  const writer = writers[opts.format]!({ color, rules: run.rules.map((setting) => setting.rule.meta) });
  const summary = emptySummary();

  const emit = async (file: import('./finding.ts').FileResult) => {
    addToSummary(summary, file);
    if (file.error) process.stderr.write(`peerlint: ${file.path}: ${file.error}\n`);
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
      for (const file of run.files(paths.filter((p) => p !== '-'))) await emit(file);
      if (paths.includes('-')) await emit(run.lintBytes(await readStdin(), opts.stdinFilename));
    }
    await sink.write(writer.end(summary));
    sink.commit();
  } catch (error) {
    sink.abort();
    if (error instanceof WriteError) {
      process.stderr.write(`peerlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  try {
    run.finish();
  } catch (error) {
    warn(`the cache was not saved: ${(error as Error).message}`);
  }

  const tooManyWarnings = opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings;
  if (tooManyWarnings && summary.errors === 0) process.stderr.write(`peerlint found too many warnings (maximum: ${opts.maxWarnings}).\n`);
  if (summary.fileErrors > 0) return 2;
  return summary.errors > 0 || tooManyWarnings ? 1 : 0;
}
