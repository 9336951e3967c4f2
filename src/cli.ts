import { Command, CommanderError, Option } from 'commander';
import { VERSION } from './version.ts';

interface CliOptions {
  format: string;
  role: 'peer' | 'other' | 'auto';
  stdinFilename: string;
  color: boolean;
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
    .option('--no-color', 'never colour the output (also: NO_COLOR set, or output not a terminal)')
    .showHelpAfterError('(run peerlint --help for usage)')
    .exitOverride();
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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

  const { lintFiles, lintBytes, summarize, exitCodeFor } = await import('./lint.ts');
  const { formatters } = await import('./formatters/index.ts');

  const fileArgs = paths.filter((p) => p !== '-');
  const files = fileArgs.length > 0 ? lintFiles(fileArgs, { role: opts.role }).files : [];
  if (paths.includes('-')) files.push(lintBytes(await readStdin(), { filePath: opts.stdinFilename, role: opts.role }));

  const report = { files, summary: summarize(files) };
  const color = opts.color && !process.env['NO_COLOR'] && Boolean(process.stdout.isTTY);
  process.stdout.write(formatters[opts.format]!(report, { color }));
  for (const file of files) if (file.error) process.stderr.write(`peerlint: ${file.path}: ${file.error}\n`);
  return exitCodeFor(report.summary);
}
