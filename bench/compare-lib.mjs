// The pure parts of bench/compare.mjs (options, statistics, the table and the verdicts), apart so that
// test/bench-compare.test.ts can check them without timing anything.

/** The issue 13 targets the compare run checks. */
export const TARGETS = {
  vsAlex: 20, // default peerlint at least 20x faster than alex (wall time, same files)
  vsMarkdownlint: 2, // and at least 2x faster than markdownlint-cli2
  defaultSlowdown: 1.05, // default at most 5% slower than --concurrency 1, at every size
  microsPerPosting: 600, // in process, one thread, whole corpus
  oneFileNoNlp: 2, // one file without NLP, as a multiple of `node -e 0`
  oneFileNlp: 3.5, // one file that needs NLP
  peakRssMb: 200, // 5,000 files, every mode
};

const FULL = { files: 1000, sizes: [1, 16, 100, 1000, 5000], runs: 11, bigRuns: 3, oneFileRuns: 9, rssFiles: 5000, inProcessRuns: 3, limit: Infinity };
const QUICK = { files: 100, sizes: [1, 16, 100], runs: 3, bigRuns: 1, oneFileRuns: 3, rssFiles: 200, inProcessRuns: 1, limit: 500 };

/** Options that take a positive integer, and the setting each one sets. */
const COUNT_OPTIONS = {
  '--files': 'files',
  '--runs': 'runs',
  '--big-runs': 'bigRuns',
  '--one-file-runs': 'oneFileRuns',
  '--rss-files': 'rssFiles',
  '--in-process-runs': 'inProcessRuns',
  '--limit': 'limit',
};

function positiveInt(name, value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer, not ${JSON.stringify(value)}`);
  return n;
}

/**
 * Options of `npm run bench -- --compare [options]`. `--quick` starts from the small sizes; any option
 * given overrides the preset. Unknown options are an error (a typo should not silently run an hour).
 */
export function parseCompareArgs(argv) {
  const quick = argv.includes('--quick');
  const opts = { ...(quick ? QUICK : FULL), quick, tools: true, check: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--compare' || arg === '--quick') continue;
    if (arg === '--no-tools') opts.tools = false;
    else if (arg === '--no-check') opts.check = false;
    else if (arg === '--sizes') opts.sizes = value().split(',').map((s) => positiveInt(arg, s.trim()));
    else if (Object.hasOwn(COUNT_OPTIONS, arg)) opts[COUNT_OPTIONS[arg]] = positiveInt(arg, value());
    else throw new Error(`unknown option ${arg} (see bench/README.md)`);
  }
  opts.sizes = [...new Set(opts.sizes)].sort((a, b) => a - b);
  return opts;
}

/** Runs per mode at a size: several for the small (noisy) sizes, fewer for the large. */
export function runsAt(size, opts) {
  return size <= 100 ? opts.runs : opts.bigRuns;
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
export const megabytes = (kb) => (Number.isFinite(kb) && kb > 0 ? `${(kb / 1024).toFixed(0)} MB` : 'n/a');
export const grouped = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * The table: `rows` of `{ tool, ms, files, rssKb }`, or `{ tool, skipped }`. Markdown, so it
 * can be pasted into the docs as it is.
 */
export function formatTable(rows) {
  const lines = ['| tool | wall | files/s | peak RSS |', '|---|---|---|---|'];
  for (const row of rows) {
    if (row.skipped) lines.push(`| ${row.tool} | skipped (${row.skipped}) | | |`);
    else lines.push(`| ${row.tool} | ${seconds(row.ms)} | ${(row.files / (row.ms / 1000)).toFixed(0)} | ${megabytes(row.rssKb)} |`);
  }
  return lines.join('\n');
}

/**
 * One summary line: PASS or FAIL against a target, or SKIP with why. `pass` undefined means it could
 * not be measured.
 */
export function verdict(pass, text) {
  return `${pass === undefined ? 'SKIP' : pass ? 'PASS' : 'FAIL'} ${text}`;
}

/**
 * Peak RSS (KB) and CPU time (user + system, ms) from GNU time's `-f '%M %U %S'` output (its last line of
 * three numbers: a "Command exited with non-zero status" line may come first). NaN for what is not there.
 */
export function parseTimeOutput(text) {
  const lines = [...String(text).matchAll(/^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/gm)];
  const last = lines.at(-1);
  return last ? { rssKb: Number(last[1]), cpuMs: Math.round((Number(last[2]) + Number(last[3])) * 1000) } : { rssKb: NaN, cpuMs: NaN };
}
