import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES, formatBytes, parseByteSize } from './read.ts';
import { VERSION } from './version.ts';

interface CliOptions {
  format: string;
  role: 'peer' | 'other' | 'auto';
  stdinFilename: string;
  color: boolean;
  maxFileSize: number;
  concurrency: number | undefined;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more.');
  return n;
}

function byteSize(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('expected a size in bytes, or with a unit: 500KB, 10MB, 1GB.');
  return bytes;
}

/** Builds the command line. Linting code is imported only when a lint runs, so --version and --help stay fast. */
function program(): Command {
  return new Command('peerlint')
    .description('Lint behavioral-health job postings for role drift, missing supervision, missing pay and stigmatizing language.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders (searched for .md, .markdown, .txt) or globs; "-" reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json', 'jsonl']).default('stylish'))
    .addOption(new Option('--role <role>', 'treat every posting as a peer role or not, instead of detecting it').choices(['peer', 'other', 'auto']).default('auto'))
    .option('--stdin-filename <name>', 'name (and so format) for text read from standard input', '<stdin>.md')
    .addOption(new Option('--max-file-size <size>', `refuse files larger than this (bytes, or 500KB, 10MB)`).argParser(byteSize).default(DEFAULT_MAX_BYTES, formatBytes(DEFAULT_MAX_BYTES)))
    .addOption(new Option('--concurrency <n>', 'worker threads for many files; 1 lints in one thread (default: one per core)').argParser(positiveInteger))
    .option('--no-color', 'never colour the output (also: NO_COLOR set, or output not a terminal)')
    .showHelpAfterError('(run peerlint --help for usage)')
    .exitOverride();
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

  const { lintBytes, summarize, exitCodeFor } = await import('./lint.ts');
  const { lintFilesParallel } = await import('./parallel.ts');
  const { formatters } = await import('./formatters/index.ts');

  const fileArgs = paths.filter((p) => p !== '-');
  const options = { role: opts.role, maxBytes: opts.maxFileSize };
  const files = fileArgs.length > 0 ? (await lintFilesParallel(fileArgs, { ...options, concurrency: opts.concurrency })).files : [];
  if (paths.includes('-')) files.push(lintBytes(await readStdin(opts.maxFileSize), { ...options, filePath: opts.stdinFilename }));

  const report = { files, summary: summarize(files) };
  const color = opts.color && !process.env['NO_COLOR'] && Boolean(process.stdout.isTTY);
  process.stdout.write(formatters[opts.format]!(report, { color }));
  for (const file of files) if (file.error) process.stderr.write(`peerlint: ${file.path}: ${file.error}\n`);
  return exitCodeFor(report.summary);
}
