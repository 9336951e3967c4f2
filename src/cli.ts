import { Command, CommanderError, Option } from 'commander';
import { VERSION } from './version.ts';

interface CliOptions {
  format: string;
  role: 'peer' | 'other' | 'auto';
  stdinFilename: string;
  color: boolean;
  location?: string;
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
    .option('--location <place>', 'where the job is (e.g. "Denver, CO"), for the opt-in pay-transparency rule; front matter `location` wins')
    .option('--no-color', 'never colour the output (also: NO_COLOR set, or output not a terminal)')
    .addHelpText('after', '\nCommands:\n  peerlint explain RULE   print a rule\'s documentation (what it flags, why, examples, options)')
    .showHelpAfterError('(run peerlint --help for usage)')
    .exitOverride();
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `peerlint explain RULE`: prints the rule's docs page. Exit 2 for an unknown rule, with the closest ids. */
async function explain(ruleId: string | undefined): Promise<number> {
  const { explainRule } = await import('./explain.ts');
  const { text, error } = explainRule(ruleId);
  if (error) {
    process.stderr.write(`peerlint: ${error}\n`);
    return 2;
  }
  process.stdout.write(text!);
  return 0;
}

/** Runs peerlint with `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // A subcommand, checked before the lint options are parsed (a file named "explain" can be given as ./explain).
  if (argv[2] === 'explain') {
    if (argv.length > 4 || argv[3] === '--help' || argv[3] === '-h') {
      process.stderr.write('usage: peerlint explain RULE   (prints the rule\'s documentation)\n');
      return argv[3] === '--help' || argv[3] === '-h' ? 0 : 2;
    }
    return explain(argv[3]);
  }
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
  const common = { role: opts.role, location: opts.location };
  const files = fileArgs.length > 0 ? lintFiles(fileArgs, common).files : [];
  if (paths.includes('-')) files.push(lintBytes(await readStdin(), { ...common, filePath: opts.stdinFilename }));

  const report = { files, summary: summarize(files) };
  const color = opts.color && !process.env['NO_COLOR'] && Boolean(process.stdout.isTTY);
  process.stdout.write(formatters[opts.format]!(report, { color }));
  for (const file of files) if (file.error) process.stderr.write(`peerlint: ${file.path}: ${file.error}\n`);
  return exitCodeFor(report.summary);
}
