// peerlint benchmark (not a test: it asserts nothing, it prints numbers).
// Usage: npm run bench -- [--runs N] [--limit N]     (npm run bench builds dist/ first)
// 1. In-process, single-thread throughput of lintText over ../shared/corpus/jobs-large.jsonl.
// 2. Whole-process CLI timings (node start-up + module loading + lint) with spawnSync.
// 3. A stable, greppable summary block at the end (lines start with "corpus:", "cli ...:").
// npm run bench -- --word-only runs only the .docx-vs-.md comparison.
// npm run bench -- --compare runs bench/compare.mjs instead: issue 13's side-by-side table and targets.
// npm run bench -- --compare-alex runs bench/compare-alex.mjs instead: peerlint side by side with alex.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { intOption } from './options.mjs';

if (process.argv.includes('--compare')) {
  await import('./compare.mjs');
  process.exit(process.exitCode ?? 0);
}
if (process.argv.includes('--compare-alex')) {
  await import('./compare-alex.mjs');
  process.exit(0);
}

// Resolve everything from this file, not from process.cwd(), so the bench works from any folder.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'jobs-large.jsonl');
const bin = join(root, 'bin', 'peerlint.js');

const runs = intOption('--runs', 3);
const limit = intOption('--limit', Infinity);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// Nearest-rank percentile over an already sorted array.
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const f1 = (x) => x.toFixed(1);
const summary = [];

// dist/ is built by `npm run bench`; a plain `node bench/bench.mjs` on a clean checkout would
// otherwise die with an opaque ERR_MODULE_NOT_FOUND.
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: dist/index.js is missing; run `node scripts/build.mjs` (or `npm run bench`) first.');
  process.exit(2);
}
const { lintText } = await import(join(root, 'dist', 'index.js'));

// --word-only: only the .docx against .md comparison (section 6), for a quick check.
if (process.argv.includes('--word-only')) {
  await docxBench();
  process.exit(0);
}

// ---- 1. corpus throughput ---------------------------------------------------------------
if (!existsSync(corpusPath)) {
  // The corpus lives outside the repository and is not in every checkout: skip, don't fail.
  console.log(`corpus: skipped (${corpusPath} not found); running the CLI timings only`);
  summary.push('corpus: skipped (corpus file not found)');
} else {
  const postings = [];
  let badLines = 0;
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (postings.length >= limit) break;
    if (!line.trim()) continue;
    try {
      const { id, title, text } = JSON.parse(line);
      postings.push({ text: `# ${title}\n\n${text}`, filePath: `${id}.md` });
    } catch {
      badLines++; // one malformed line should not sink the whole benchmark
    }
  }
  console.log(`corpus: ${postings.length} postings from ${corpusPath}${badLines ? ` (${badLines} unparsable lines skipped)` : ''}`);

  // compromise is lazy-loaded on the first role-drift candidate; time that once, on its own,
  // so the one-time cost neither hides in nor inflates the steady-state figures.
  const probe = '# Peer Support Specialist\n\nAs a peer support specialist you will provide individual counseling and conduct intake assessments.\n';
  let t = performance.now();
  lintText(probe, { filePath: 'probe.md' });
  const firstMs = performance.now() - t;
  t = performance.now();
  lintText(probe, { filePath: 'probe.md' });
  const secondMs = performance.now() - t;
  console.log(`first lintText (includes lazy NLP load): ${f1(firstMs)} ms; same text again: ${f1(secondMs)} ms`);

  // Warm-up pass so the JIT has compiled the hot paths before we measure.
  for (const p of postings.slice(0, 200)) lintText(p.text, { filePath: p.filePath, role: 'auto' });

  const results = [];
  const peers = []; // postings treated as peer roles (first run), for the sample below
  for (let r = 1; r <= runs; r++) {
    const times = new Float64Array(postings.length);
    const byRule = new Map();
    let nonPeerDrift = 0; // role-drift findings in postings not treated as peer roles: must stay 0
    let errors = 0;
    let firstError;
    const start = performance.now();
    for (let i = 0; i < postings.length; i++) {
      const p = postings[i];
      const t0 = performance.now();
      try {
        const res = lintText(p.text, { filePath: p.filePath, role: 'auto' });
        for (const f of res.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
        if (!res.peerRole) nonPeerDrift += res.findings.filter((f) => f.category === 'role-drift').length;
        if (r === 1 && res.peerRole) peers.push({ id: p.filePath.replace(/\.md$/, ''), title: res.role?.title ?? '', reason: res.role?.reason ?? '' });
      } catch (error) {
        errors++; // count and go on: a throughput figure is still useful, but the crash is reported
        firstError ??= `${p.filePath}: ${error?.message ?? error}`;
      }
      times[i] = performance.now() - t0;
    }
    const seconds = (performance.now() - start) / 1000;
    const rate = postings.length / seconds;
    results.push({ rate, seconds, times: times.sort(), byRule, nonPeerDrift, errors, firstError });
    console.log(`run ${r}/${runs}: ${f1(seconds)} s, ${rate.toFixed(0)} postings/s${errors ? `, ${errors} postings threw` : ''}`);
  }
  // Report the run whose rate is the median (latency and findings come from that same run).
  const medRate = median(results.map((x) => x.rate));
  const m = [...results].sort((a, b) => Math.abs(a.rate - medRate) - Math.abs(b.rate - medRate))[0];
  const rssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KB
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  const [p50, p99, max] = [pct(m.times, 50), pct(m.times, 99), m.times[m.times.length - 1]];
  console.log(`postings: ${postings.length}, total ${m.seconds.toFixed(2)} s, median ${medRate.toFixed(0)} postings/s`);
  console.log(`per posting: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${max.toFixed(1)} ms`);
  console.log('findings by rule:');
  for (const [rule, n] of [...m.byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(28)} ${n}`);
  if (m.errors) console.log(`errors: ${m.errors} postings threw; first: ${m.firstError}`);
  console.log(`peak RSS ${rssMb.toFixed(0)} MB, heap used ${heapMb.toFixed(0)} MB`);
  // Peer-role detection decides whether most rules run: print how many postings it takes for peer roles,
  // by reason, and a fixed sample of 20 (seeded, so runs compare) for a person to check.
  const reasons = new Map();
  for (const { reason } of peers) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const byReason = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason} ${n}`).join(', ');
  console.log(`peer roles: ${peers.length} of ${postings.length} postings (${byReason || 'none'})`);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = [...peers];
  const sample = [];
  while (sample.length < 20 && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  console.log(`sample of ${sample.length} peer-role postings (seed 42), to check by eye:`);
  for (const s of sample.sort((a, b) => a.id.localeCompare(b.id))) console.log(`  ${s.id}  "${s.title}"  (${s.reason})`);
  summary.push(`corpus: ${postings.length} postings, median ${medRate.toFixed(0)} postings/s, p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, peak RSS ${rssMb.toFixed(0)} MB`);
  summary.push(`corpus first lintText (NLP load): ${f1(firstMs)} ms`);
  summary.push(`corpus peer roles: ${peers.length} of ${postings.length} postings (${byReason || 'none'})`);
  summary.push(`corpus role drift in non-peer postings: ${m.nonPeerDrift} findings (target 0)`);
}

// ---- 2. whole-process CLI timings ---------------------------------------------------------
// Each case names the exit codes it accepts: 0 = clean, 1 = findings (expected on fixtures).
function timeCli(label, args, okCodes) {
  const once = () => {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (res.error || !okCodes.includes(res.status)) {
      const why = res.error?.message ?? `exit ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}`;
      throw new Error(why);
    }
    return ms;
  };
  try {
    once(); // warm-up: fills the OS file cache so the first sample is not an outlier
    const samples = Array.from({ length: 7 }, once);
    const line = `cli ${label}: median ${median(samples).toFixed(0)} ms, min ${Math.min(...samples).toFixed(0)} ms`;
    console.log(line);
    summary.push(line);
  } catch (error) {
    // A broken CLI or missing fixture should be visible, not abort the remaining timings.
    const line = `cli ${label}: FAILED (${error.message})`;
    console.log(line);
    summary.push(line);
  }
}

console.log('\nCLI timings (median/min of 7 runs after 1 warm-up):');
timeCli('--version', ['--version'], [0]);
const oneFile = join('fixtures', 'drifted-recovery-coach.md');
if (existsSync(join(root, oneFile))) timeCli('one-file', [oneFile, '--format', 'json'], [0, 1]);
else summary.push(`cli one-file: skipped (${oneFile} not found)`);
if (existsSync(join(root, 'fixtures'))) timeCli('fixtures/', ['fixtures', '--format', 'json'], [0, 1]);
else summary.push('cli fixtures/: skipped (fixtures/ not found)');

// ---- 3. --cache: a second run over 2,000 unchanged posting files ----------------------------
// Target: the second run takes under a quarter of the first (it reads and hashes, but does not lint).
function cacheBench() {
  const count = Math.min(2000, limit);
  const work = mkdtempSync(join(tmpdir(), 'peerlint-bench-cache-'));
  try {
    const folder = join(work, 'postings');
    mkdirSync(folder);
    let written = 0;
    for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
      if (written >= count) break;
      try {
        const { id, title, text } = JSON.parse(line);
        writeFileSync(join(folder, `${String(id).replace(/[^\w.-]/g, '_')}-${written}.md`), `# ${title}\n\n${text}`);
        written++;
      } catch {
        // skip a malformed line, as above
      }
    }
    const cacheFile = join(work, 'cache.json');
    const once = () => {
      const t0 = performance.now();
      const res = spawnSync(process.execPath, [bin, folder, '--cache', '--cache-location', cacheFile, '--format', 'json', '--output-file', join(work, 'report.json')], { encoding: 'utf8' });
      if (res.error || ![0, 1].includes(res.status)) throw new Error(res.error?.message ?? `exit ${res.status}: ${res.stderr.trim().split('\n')[0]}`);
      return performance.now() - t0;
    };
    const first = once();
    const second = once();
    const line = `cli --cache ${written} files: first run ${first.toFixed(0)} ms, second run ${second.toFixed(0)} ms, ratio ${(second / first).toFixed(3)} (target < 0.25)`;
    console.log(line);
    summary.push(line);
  } catch (error) {
    summary.push(`cli --cache: FAILED (${error.message})`);
    console.log(summary.at(-1));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- 4. --input jsonl of the whole corpus through a pipe: peak RSS of the CLI process ----------------
// Target: < 200 MB. The child reports its own peak RSS (process.resourceUsage) on exit through a preload
// module, so no measuring code lives in peerlint itself; the largest process's figure is reported.
function jsonlBench() {
  const preload = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\npeak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;
  const input = openSync(corpusPath, 'r');
  try {
    const t0 = performance.now();
    // The corpus arrives on standard input ("-"); the jsonl report is discarded.
    const res = spawnSync(process.execPath, ['--import', preload, bin, '--input', 'jsonl', '-', '--format', 'jsonl'], { stdio: [input, 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 256 << 20 });
    const seconds = (performance.now() - t0) / 1000;
    // bin/peerlint.js re-executes itself for --input jsonl (see there); the preload reports in both processes.
    const kb = Math.max(0, ...[...(res.stderr ?? '').matchAll(/peak-rss-kb (\d+)/g)].map((m) => Number(m[1])));
    if (res.error || ![0, 1, 2].includes(res.status) || !kb) throw new Error(res.error?.message ?? `exit ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}`);
    const line = `cli --input jsonl (whole corpus, stdin): ${seconds.toFixed(1)} s, peak RSS ${(kb / 1024).toFixed(0)} MB (target < 200 MB), exit ${res.status}`;
    console.log(line);
    summary.push(line);
  } catch (error) {
    summary.push(`cli --input jsonl: FAILED (${error.message})`);
    console.log(summary.at(-1));
  } finally {
    closeSync(input);
  }
}

// ---- 5. the whole corpus streamed through lintText in a process of its own: peak RSS -------------
function streamBench() {
  const res = spawnSync(process.execPath, [join(root, 'bench', 'stream-corpus.mjs'), corpusPath], { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (res.status !== 0) {
    summary.push(`corpus streamed: FAILED (exit ${res.status}: ${res.stderr.trim().split('\n')[0]})`);
    return;
  }
  const { postings, seconds, rate, peakRssMb } = JSON.parse(res.stdout);
  const line = `corpus streamed in-process (one pass, one thread): ${postings} postings in ${seconds.toFixed(1)} s, ${rate.toFixed(0)} postings/s, peak RSS ${peakRssMb.toFixed(0)} MB (target < 300 MB)`;
  console.log(line);
  summary.push(line);
}

if (existsSync(corpusPath)) {
  console.log('\nCI features (one run each):');
  streamBench();
  cacheBench();
  jsonlBench();
} else {
  summary.push('cli --cache / --input jsonl: skipped (corpus file not found)');
}

// ---- 6. a Word .docx against a .md of the same posting ---------------------------------------------
// Target: linting the .docx costs less than 2x the .md, for one posting on the command line (what a person
// running `peerlint draft.docx` waits for). The in-process cost per posting is printed too: there the
// .docx pays mammoth (unzip + XML) on top of the same lint, and the ratio is larger.
async function docxBench() {
  const source = join(root, 'fixtures', 'formats', 'peer-support-specialist.md');
  const work = mkdtempSync(join(tmpdir(), 'peerlint-bench-docx-'));
  try {
    const { markdownToDocx } = await import('../scripts/markdown-to-docx.mjs');
    const { lintFileAsync } = await import(join(root, 'dist', 'index.js'));
    const md = join(work, 'posting.md');
    const docx = join(work, 'posting.docx');
    writeFileSync(md, readFileSync(source, 'utf8'));
    writeFileSync(docx, await markdownToDocx(readFileSync(source, 'utf8')));
    const inProcess = async (path) => {
      for (let i = 0; i < 5; i++) await lintFileAsync(path); // warm-up
      const samples = [];
      for (let i = 0; i < 30; i++) {
        const t0 = performance.now();
        await lintFileAsync(path);
        samples.push(performance.now() - t0);
      }
      return median(samples);
    };
    const [mdMs, docxMs] = [await inProcess(md), await inProcess(docx)];
    const cli = (path) => {
      const once = () => {
        const t0 = performance.now();
        const res = spawnSync(process.execPath, [bin, path, '--format', 'json'], { encoding: 'utf8' });
        if (![0, 1].includes(res.status)) throw new Error(`exit ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}`);
        return performance.now() - t0;
      };
      once();
      return median(Array.from({ length: 7 }, once));
    };
    const [mdCli, docxCli] = [cli(md), cli(docx)];
    const lines = [
      `cli .docx vs .md (same posting): .md ${mdCli.toFixed(0)} ms, .docx ${docxCli.toFixed(0)} ms, ratio ${(docxCli / mdCli).toFixed(2)} (target < 2)`,
      `in-process .docx vs .md (same posting, lintFileAsync): .md ${mdMs.toFixed(2)} ms, .docx ${docxMs.toFixed(2)} ms, ratio ${(docxMs / mdMs).toFixed(1)}`,
    ];
    for (const line of lines) {
      console.log(line);
      summary.push(line);
    }
  } catch (error) {
    summary.push(`cli .docx vs .md: FAILED (${error.message})`);
    console.log(summary.at(-1));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

console.log('\nWord input:');
await docxBench();

// ---- 7. the language server: change -> diagnostics on a 1,000-word posting, RSS after 1,000 edits ----
// Targets: <= 50 ms, < 150 MB. bench/lsp.mjs drives `peerlint lsp` as an editor would and prints JSON last.
{
  const res = spawnSync(process.execPath, [join(root, 'bench', 'lsp.mjs')], { encoding: 'utf8', maxBuffer: 16 << 20 });
  console.log('\nLanguage server:');
  if (res.status !== 0) {
    summary.push(`lsp: FAILED (exit ${res.status}: ${(res.stderr || '').trim().split('\n')[0]})`);
  } else {
    const lines = res.stdout.trim().split('\n');
    for (const line of lines.slice(0, -1)) {
      console.log(line);
      summary.push(line);
    }
  }
}

console.log('\n== summary ==');
for (const line of summary) console.log(line);
