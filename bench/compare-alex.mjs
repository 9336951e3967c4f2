// Side by side with alex (issue 6): the same postings through peerlint and through alex, in-process
// and as whole CLI runs over a folder of posting files, plus peerlint's CLI with 1 and 2 worker threads.
// Usage: npm run bench -- --compare-alex [--limit N] [--files N] [--runs N]   (or node bench/compare-alex.mjs)
// alex is installed into the benchmark's scratch folder (bench/tools.mjs), never as a dependency of
// peerlint. Like bench.mjs it prints numbers and asserts nothing.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { intOption } from './options.mjs';
import { ensureTools } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'jobs-large.jsonl');
const peerlintBin = join(root, 'bin', 'peerlint.js');

const limit = intOption('--limit', 1500); // in-process postings
const fileCount = intOption('--files', 2000); // posting files for the CLI runs
const runs = intOption('--runs', 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const summary = [];
const say = (line) => {
  console.log(line);
  summary.push(line);
};

if (!existsSync(corpusPath)) {
  console.log(`compare-alex: skipped (${corpusPath} not found)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('compare-alex: needs dist/ (node scripts/build.mjs)');
  process.exit(2);
}
const [alexTool] = ensureTools(['alex']);
if (alexTool.error) {
  console.error(`compare-alex: alex could not be installed (${alexTool.error})`);
  process.exit(2);
}
const alexBin = alexTool.script;
const { lintText } = await import(join(root, 'dist', 'index.js'));
const alex = await import(pathToFileURL(join(alexTool.dir, 'index.js')).href);

const postings = [];
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (postings.length >= Math.max(limit, fileCount)) break;
  if (!line.trim()) continue;
  const { id, title, text } = JSON.parse(line);
  postings.push({ text: `# ${title}\n\n${text}`, filePath: `${id}.md` });
}
console.log(`compare-alex: ${postings.length} postings from the corpus; machine: ${process.env.BENCH_MACHINE_NOTE ?? 'shared, timings are noisy'}`);

// ---- in-process: lintText vs alex.markdown() over the same postings -------------------------------
function rate(label, lintOne) {
  const sample = postings.slice(0, limit);
  for (const p of sample.slice(0, 100)) lintOne(p); // warm-up (and lazy loads)
  const rates = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    findings = 0;
    const t0 = performance.now();
    for (const p of sample) findings += lintOne(p);
    rates.push(sample.length / ((performance.now() - t0) / 1000));
  }
  const m = median(rates);
  console.log(`in-process ${label}: ${m.toFixed(0)} postings/s (median of ${runs}), ${findings} findings over ${sample.length} postings`);
  return m;
}
const peerRate = rate('peerlint', (p) => lintText(p.text, { filePath: p.filePath }).findings.length);
const alexRate = rate('alex', (p) => alex.markdown(p.text).messages.length);
say(`in-process: peerlint ${peerRate.toFixed(0)} postings/s, alex ${alexRate.toFixed(0)} postings/s, ratio ${(peerRate / alexRate).toFixed(1)}x`);

// ---- whole CLI runs over a folder of posting files ------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'peerlint-bench-'));
try {
  const folder = join(dir, 'postings');
  spawnSync('mkdir', ['-p', folder]);
  postings.slice(0, fileCount).forEach((p, i) => writeFileSync(join(folder, `${String(i).padStart(5, '0')}-${p.filePath}`), p.text));
  const files = Math.min(fileCount, postings.length);

  function timeCli(label, args, times = runs) {
    const samples = [];
    for (let r = 0; r < times; r++) {
      const t0 = performance.now();
      const res = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
      samples.push(performance.now() - t0);
      if (res.error || res.status === null) throw new Error(`${label}: ${res.error?.message ?? res.signal}`);
      // peerlint exits 1 on findings; alex exits 1 on warnings. Anything else means it did not run.
      if (res.status > 1) throw new Error(`${label}: exit ${res.status}: ${res.stderr.split('\n')[0]}`);
    }
    const ms = median(samples);
    console.log(`cli ${label}: median ${(ms / 1000).toFixed(2)} s over ${files} files (${times} runs), ${(files / (ms / 1000)).toFixed(0)} files/s`);
    return ms;
  }
  const one = timeCli('peerlint --concurrency 1', [peerlintBin, 'postings', '--format', 'json', '--concurrency', '1']);
  const two = timeCli('peerlint --concurrency 2', [peerlintBin, 'postings', '--format', 'json', '--concurrency', '2']);
  say(`cli peerlint: --concurrency 1 ${(one / 1000).toFixed(2)} s, --concurrency 2 ${(two / 1000).toFixed(2)} s, speed-up ${(one / two).toFixed(2)}x (target >= 1.6x)`);
  // alex's CLI is much slower: one run is enough to get the ratio.
  const alexMs = timeCli('alex', [alexBin, 'postings', '--quiet'], 1);
  say(`cli vs alex over ${files} files: alex ${(alexMs / 1000).toFixed(2)} s; peerlint one thread ${(one / 1000).toFixed(2)} s (${(alexMs / one).toFixed(1)}x), two threads ${(two / 1000).toFixed(2)} s (${(alexMs / two).toFixed(1)}x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('\n== compare-alex summary ==');
for (const line of summary) console.log(line);
