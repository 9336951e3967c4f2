// Issue 13's measurements in one run, on the same files (it prints numbers; it asserts nothing):
//   npm run bench -- --compare [--quick] [options]         (bench/README.md lists the options)
// 1. One file against `node -e 0`: a posting without NLP and one that needs NLP (median of N after a warm-up).
// 2. peerlint's default against `--concurrency 1` at 1, 16, 100, 1,000 and 5,000 files (runs interleaved).
// 3. The issue's table at 1,000 files: peerlint default and one thread, markdownlint-cli2 and alex (installed
//    into a scratch folder by bench/tools.mjs, never as peerlint's dependencies), with wall, files/s, peak RSS.
// 4. Peak RSS at 5,000 files in every mode (default, --concurrency 1 and 2, --format json and jsonl).
// 5. In process, one thread, the whole corpus: µs per posting and the Markdown parse's share, and the check
//    that the fast paths give byte-identical findings (bench/in-process.mjs, a process of its own).
// Then a `== compare summary ==` block with PASS/FAIL per target. Peak RSS is GNU time's (%M: the
// largest process of the tree; peerlint's workers are threads, so its one process) where /usr/bin/time
// is, else a --require preload reports each node process's own peak (process.resourceUsage().maxRSS).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { TARGETS, formatTable, grouped, median, megabytes, parseCompareArgs, parseTimeOutput, runsAt, seconds, verdict } from './compare-lib.mjs';
import { ensureTools } from './tools.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'jobs-large.jsonl');
const peerlintBin = join(root, 'bin', 'peerlint.js');
const NO_NLP_FIXTURE = join(root, 'fixtures', 'clinical-therapist.md'); // not a peer role: no clause reading
const NLP_FIXTURE = join(root, 'fixtures', 'drifted-recovery-coach.md'); // role drift to read: loads compromise

let opts;
try {
  opts = parseCompareArgs(process.argv.slice(2).filter((a) => a !== '--compare' && a !== '--compare-alex'));
} catch (error) {
  console.error(`compare: ${error.message}`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'index.js')) || !existsSync(join(root, 'dist', 'internal.js'))) {
  console.error('compare: dist/ is missing or old; run `node scripts/build.mjs` (npm run bench does) first');
  process.exit(2);
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
const machine = `${availableParallelism()} cores (${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
console.log(`compare${opts.quick ? ' --quick (a smoke run: smaller sizes than the targets)' : ''}: ${machine}`);
console.log(`load average at start: ${load()}${loadavg()[0] > 0.5 ? '  <- the machine is busy: numbers measured under load' : ''}`);

const work = mkdtempSync(join(tmpdir(), 'peerlint-compare-'));
// Summary lines by section, printed in this order at the end, whatever stopped the run.
const summary = { versus: [], scaling: [], inProcess: [], oneFile: [], rss: [], other: [] };

// ---- running a command: wall time, peak RSS, exit code ------------------------------------------
const TIME_FORMAT = '%M %U %S'; // peak RSS (KB), user and system CPU seconds
const gnuTime = spawnSync('/usr/bin/time', ['-f', TIME_FORMAT, 'true'], { encoding: 'utf8' });
const useGnuTime = gnuTime.status === 0 && Number.isFinite(parseTimeOutput(gnuTime.stderr).rssKb);
const rssPreload = join(work, 'rss.cjs');
writeFileSync(rssPreload, "process.on('exit', () => { const { user, system } = process.cpuUsage(); require('node:fs').appendFileSync(process.env.PEERLINT_BENCH_RSS_FILE, `${process.resourceUsage().maxRSS} ${user / 1e6} ${system / 1e6}\\n`); });\n");
console.log(`peak RSS and CPU time from: ${useGnuTime ? `/usr/bin/time -f '${TIME_FORMAT}'` : 'a --require preload (process.resourceUsage().maxRSS, process.cpuUsage())'}`);

/**
 * Runs `node script ...args` in `cwd` with its output to files (not the terminal, not a pipe to fill),
 * and returns { ms, rssKb, cpuMs } (CPU time: user + system, all threads; NaN without `rss`). Exit codes 0 and 1 (findings) are success; anything else throws.
 */
function run(label, script, args, { cwd = work, rss = true } = {}) {
  const out = openSync(join(work, 'out.txt'), 'w');
  const err = openSync(join(work, 'err.txt'), 'w');
  const rssFile = join(work, 'rss.txt');
  rmSync(rssFile, { force: true });
  const node = script === null ? args : [script, ...args];
  let command = process.execPath;
  let argv = node;
  const env = { ...process.env, PEERLINT_BENCH_RSS_FILE: rssFile };
  if (rss && useGnuTime) [command, argv] = ['/usr/bin/time', ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, ...node]];
  else if (rss) argv = ['--require', rssPreload, ...node];
  let res;
  const t0 = performance.now();
  try {
    res = spawnSync(command, argv, { cwd, env, stdio: ['ignore', out, err] });
  } finally {
    closeSync(out);
    closeSync(err);
  }
  const ms = performance.now() - t0;
  if (res.error || res.status === null || res.status > 1) {
    const why = res.error?.message ?? (res.signal ? `signal ${res.signal}` : `exit ${res.status}: ${readFileSync(join(work, 'err.txt'), 'utf8').trim().split('\n')[0]}`);
    throw new Error(`${label}: ${why}`);
  }
  // GNU time: the whole tree; the preload: one line per node process (the largest peak, the sum of CPU).
  const usage = { rssKb: NaN, cpuMs: NaN };
  if (rss && existsSync(rssFile)) {
    const text = readFileSync(rssFile, 'utf8');
    const each = useGnuTime ? [parseTimeOutput(text)] : text.split('\n').filter(Boolean).map(parseTimeOutput);
    usage.rssKb = Math.max(...each.map((u) => u.rssKb));
    usage.cpuMs = each.reduce((sum, u) => sum + u.cpuMs, 0);
  }
  return { ms, ...usage };
}

/**
 * `times` interleaved rounds of every case, after `warmUp` rounds: a burst of load hits all cases alike,
 * and every other round runs them in reverse order, so no case always runs first (A B, B A, A B...).
 */
function rounds(cases, times, warmUp = 1) {
  for (let w = 0; w < warmUp; w++) for (const c of cases) run(c.label, c.script, c.args, c);
  const samples = cases.map(() => []);
  const order = cases.map((_, i) => i);
  for (let r = 0; r < times; r++) for (const i of r % 2 ? [...order].reverse() : order) samples[i].push(run(cases[i].label, cases[i].script, cases[i].args, cases[i]));
  return samples.map((s) => ({ ms: median(s.map((x) => x.ms)), cpuMs: median(s.map((x) => x.cpuMs)), rssKb: Math.max(...s.map((x) => x.rssKb)), samples: s.length }));
}

try {
  // ---- 1. one file against `node -e 0` -----------------------------------------------------------
  console.log(`\n-- one file (median of ${opts.oneFileRuns} after a warm-up, interleaved) --`);
  const oneDir = join(work, 'one');
  mkdirSync(oneDir);
  // The postings as an author writes them: without the fixtures' `<!-- expect: ... -->` markers, which
  // only the fixture tests read (an HTML comment sends a posting down the full Markdown path).
  const withoutMarkers = (file) => readFileSync(file, 'utf8').replace(/[ \t]*<!--\s*expect:[^>]*-->/g, '');
  writeFileSync(join(oneDir, 'no-nlp.md'), withoutMarkers(NO_NLP_FIXTURE));
  writeFileSync(join(oneDir, 'nlp.md'), withoutMarkers(NLP_FIXTURE));
  // Check that each posting does (not) need NLP: a preload notes whether dist/compromise.cjs was read.
  const nlpProbe = join(work, 'nlp-probe.cjs');
  writeFileSync(nlpProbe, "const fs = require('node:fs'); const read = fs.readFileSync; let nlp = false;\nfs.readFileSync = function (p, ...rest) { if (String(p).endsWith('compromise.cjs')) nlp = true; return read.call(this, p, ...rest); };\nprocess.on('exit', () => require('node:fs').writeFileSync(process.env.PEERLINT_BENCH_RSS_FILE, String(nlp)));\n");
  const needsNlp = (file) => {
    const flag = join(work, 'nlp.txt');
    spawnSync(process.execPath, ['--require', nlpProbe, peerlintBin, file], { cwd: oneDir, stdio: 'ignore', env: { ...process.env, PEERLINT_BENCH_RSS_FILE: flag } });
    return existsSync(flag) ? readFileSync(flag, 'utf8') === 'true' : undefined;
  };
  const nlp = { without: needsNlp('no-nlp.md'), with: needsNlp('nlp.md') };
  const [nodeOnly, noNlp, withNlp] = rounds(
    [
      { label: 'node -e 0', script: null, args: ['-e', '0'], cwd: oneDir },
      { label: 'one file without NLP', script: peerlintBin, args: ['no-nlp.md'], cwd: oneDir },
      { label: 'one file with NLP', script: peerlintBin, args: ['nlp.md'], cwd: oneDir },
    ],
    opts.oneFileRuns,
  );
  // CPU time (all threads) too: a one-file run is short, and on a busy machine its wall time is noisy.
  const cpu = (x) => `CPU ${x.cpuMs.toFixed(0)} ms`;
  console.log(`node -e 0: ${nodeOnly.ms.toFixed(0)} ms (${cpu(nodeOnly)})`);
  const noNlpRatio = noNlp.ms / nodeOnly.ms;
  const nlpRatio = withNlp.ms / nodeOnly.ms;
  const nlpNote = (expected, actual) => (actual === expected ? '' : ` [warning: this posting ${actual ? 'loaded' : 'did not load'} NLP]`);
  console.log(`one file without NLP (${NO_NLP_FIXTURE.slice(root.length + 1)}): ${noNlp.ms.toFixed(0)} ms, ${noNlpRatio.toFixed(2)}x node -e 0 (${cpu(noNlp)}, ${(noNlp.cpuMs / nodeOnly.cpuMs).toFixed(2)}x)${nlpNote(false, nlp.without)}`);
  console.log(`one file with NLP (${NLP_FIXTURE.slice(root.length + 1)}): ${withNlp.ms.toFixed(0)} ms, ${nlpRatio.toFixed(2)}x node -e 0 (${cpu(withNlp)}, ${(withNlp.cpuMs / nodeOnly.cpuMs).toFixed(2)}x)${nlpNote(true, nlp.with)}`);
  summary.oneFile.push(
    verdict(noNlpRatio <= TARGETS.oneFileNoNlp, `one file without NLP: ${noNlp.ms.toFixed(0)} ms = ${noNlpRatio.toFixed(2)}x node -e 0 (${nodeOnly.ms.toFixed(0)} ms) (target <= ${TARGETS.oneFileNoNlp}x)`),
    verdict(nlpRatio <= TARGETS.oneFileNlp, `one file with NLP: ${withNlp.ms.toFixed(0)} ms = ${nlpRatio.toFixed(2)}x node -e 0 (target <= ${TARGETS.oneFileNlp}x)`),
  );

  if (!existsSync(corpusPath)) {
    summary.other.push(`SKIP everything else: ${corpusPath} not found`);
    throw Object.assign(new Error('no corpus'), { skip: true });
  }

  // ---- the posting files ---------------------------------------------------------------------------
  const largest = Math.max(...opts.sizes, opts.files, opts.rssFiles);
  const postings = [];
  for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
    if (postings.length >= largest) break;
    if (!line.trim()) continue;
    const { id, title, text } = JSON.parse(line);
    postings.push({ name: `${String(postings.length).padStart(5, '0')}-${String(id).replace(/[^\w.-]/g, '_')}.md`, text: `# ${title}\n\n${text}` });
  }
  const folders = new Map();
  const folder = (size) => {
    if (!folders.has(size)) {
      const dir = `files-${size}`;
      mkdirSync(join(work, dir));
      for (const p of postings.slice(0, size)) writeFileSync(join(work, dir, p.name), p.text);
      folders.set(size, { dir, files: Math.min(size, postings.length) });
    }
    return folders.get(size);
  };
  console.log(`\nfiles: the first ${grouped(postings.length)} corpus postings as .md files under ${work}`);

  // ---- 2. default against --concurrency 1 ------------------------------------------------------------
  console.log('\n-- default vs --concurrency 1 (interleaved runs; median) --');
  const measured = new Map(); // size -> { default, one }
  for (const size of opts.sizes) {
    const { dir, files } = folder(size);
    const times = runsAt(size, opts);
    const [byDefault, one] = rounds(
      [
        { label: `peerlint default, ${size} files`, script: peerlintBin, args: [dir] },
        { label: `peerlint --concurrency 1, ${size} files`, script: peerlintBin, args: [dir, '--concurrency', '1'] },
      ],
      times,
    );
    measured.set(size, { default: byDefault, one, files });
    const ratio = byDefault.ms / one.ms;
    // CPU time beside wall time: on a busy machine wall time is mostly waiting for a core, and the CPU ratio
    // tells a real difference from noise (both modes lint in one thread when the policy says so).
    const line = `${grouped(files)} files: default ${seconds(byDefault.ms)}, --concurrency 1 ${seconds(one.ms)}, ratio ${ratio.toFixed(3)} (median of ${times}; CPU ${seconds(byDefault.cpuMs)} / ${seconds(one.cpuMs)} = ${(byDefault.cpuMs / one.cpuMs).toFixed(2)})`;
    console.log(line);
    summary.scaling.push(verdict(ratio <= TARGETS.defaultSlowdown, `default vs --concurrency 1 at ${line} (target <= ${TARGETS.defaultSlowdown})`));
  }
  const peerlintAt = (size, times) => {
    if (!measured.has(size)) {
      const { dir, files } = folder(size);
      const [byDefault, one] = rounds(
        [
          { label: `peerlint default, ${size} files`, script: peerlintBin, args: [dir] },
          { label: `peerlint --concurrency 1, ${size} files`, script: peerlintBin, args: [dir, '--concurrency', '1'] },
        ],
        times,
      );
      measured.set(size, { default: byDefault, one, files });
    }
    return measured.get(size);
  };

  // ---- 3. the table: peerlint, markdownlint-cli2 and alex on the same files ------------------------------
  const { dir: tableDir, files: tableFiles } = folder(opts.files);
  console.log(`\n-- side by side: ${grouped(tableFiles)} files --`);
  const tools = opts.tools ? ensureTools(['markdownlint-cli2', 'alex']) : [];
  const mine = peerlintAt(opts.files, runsAt(opts.files, opts));
  const rows = [
    { tool: 'peerlint, default', ms: mine.default.ms, rssKb: mine.default.rssKb, files: tableFiles },
    { tool: 'peerlint `--concurrency 1`', ms: mine.one.ms, rssKb: mine.one.rssKb, files: tableFiles },
  ];
  const others = {};
  for (const name of ['markdownlint-cli2', 'alex']) {
    const tool = tools.find((t) => t.name === name);
    const label = `${name} ${tool?.version ?? ''}`.trim();
    if (!tool || tool.error) {
      rows.push({ tool: label, skipped: tool?.error ?? '--no-tools' });
      continue;
    }
    try {
      // alex takes ~30 s per 1,000 files: one run (after no warm-up) is enough for a ratio of ~20.
      const args = name === 'alex' ? [tableDir, '--quiet'] : [`${tableDir}/*.md`];
      const [result] = name === 'alex' ? rounds([{ label, script: tool.script, args }], 1, 0) : rounds([{ label, script: tool.script, args }], runsAt(opts.files, opts));
      others[name] = result;
      rows.push({ tool: label, ms: result.ms, rssKb: result.rssKb, files: tableFiles });
    } catch (error) {
      rows.push({ tool: label, skipped: error.message });
    }
  }
  const table = formatTable(rows);
  console.log(table);
  for (const [name, target] of [
    ['alex', TARGETS.vsAlex],
    ['markdownlint-cli2', TARGETS.vsMarkdownlint],
  ]) {
    const other = others[name];
    const ratio = other ? other.ms / mine.default.ms : undefined;
    summary.versus.push(verdict(other && ratio >= target, `${grouped(tableFiles)} files, default vs ${name}: ${other ? `${ratio.toFixed(1)}x (${seconds(mine.default.ms)} against ${seconds(other.ms)})` : 'not measured'} (target >= ${target}x)`));
  }

  // ---- 4. peak RSS in every mode --------------------------------------------------------------------
  const { dir: rssDir, files: rssFiles } = folder(opts.rssFiles);
  console.log(`\n-- peak RSS, ${grouped(rssFiles)} files (one run per mode${measured.has(opts.rssFiles) ? '; default and --concurrency 1 from above' : ''}) --`);
  const modes = [
    ['default', []],
    ['--concurrency 1', ['--concurrency', '1']],
    ['--concurrency 2', ['--concurrency', '2']],
    ['--format json', ['--format', 'json']],
    ['--format jsonl', ['--format', 'jsonl']],
  ];
  for (const [mode, args] of modes) {
    let result;
    const known = measured.get(opts.rssFiles);
    if (known && mode === 'default') result = known.default;
    else if (known && mode === '--concurrency 1') result = known.one;
    else {
      try {
        result = run(`peerlint ${mode}`, peerlintBin, [rssDir, ...args]);
      } catch (error) {
        summary.rss.push(verdict(false, `peak RSS, ${grouped(rssFiles)} files, ${mode}: ${error.message}`));
        continue;
      }
    }
    const mb = result.rssKb / 1024;
    console.log(`${mode}: ${seconds(result.ms)}, peak RSS ${megabytes(result.rssKb)}`);
    summary.rss.push(verdict(Number.isFinite(mb) ? mb <= TARGETS.peakRssMb : undefined, `peak RSS, ${grouped(rssFiles)} files, ${mode}: ${megabytes(result.rssKb)} (target <= ${TARGETS.peakRssMb} MB)`));
  }

  // ---- 5. in process: cost per posting, parse share, fast path = full path ---------------------------
  console.log('\n-- in process, one thread --');
  const args = [join(root, 'bench', 'in-process.mjs'), corpusPath, '--runs', String(opts.inProcessRuns)];
  if (Number.isFinite(opts.limit)) args.push('--limit', String(opts.limit));
  if (!opts.check) args.push('--no-check');
  // With the V8 flag the CLI sets for runs over many files (bin/peerlint.js): without it V8 now and then drops
  // the native code of peerlint's large patterns and interprets them, and whole rounds cost ~3x (400 -> 1,300 µs).
  const child = spawnSync(process.execPath, ['--no-regexp-tier-up', ...args], { encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = (child.stdout ?? '').trim().split('\n');
  if (child.status !== 0) {
    summary.inProcess.push(verdict(false, `in process: bench/in-process.mjs failed (exit ${child.status})`));
  } else {
    for (const line of lines.slice(0, -1)) console.log(line);
    const r = JSON.parse(lines.at(-1));
    const parseShare = r.layoutUs / r.lintUs;
    console.log(`${grouped(r.postings)} postings: lintText ${r.lintUs.toFixed(0)} µs/posting (CPU time of the thread: ${r.lintCpuUs.toFixed(0)} µs); of it the Markdown layout ${r.layoutUs.toFixed(0)} µs (${(parseShare * 100).toFixed(0)}%), the whole document build ${r.buildUs.toFixed(0)} µs (${((r.buildUs / r.lintUs) * 100).toFixed(0)}%), rules and the rest ${(r.lintUs - r.buildUs).toFixed(0)} µs`);
    console.log(`line scanner: reads ${grouped(r.scannerWhole)} postings whole and ${grouped(r.scannerPartly)} in part; remark-parse reads the rest`);
    summary.inProcess.push(verdict(r.lintUs <= TARGETS.microsPerPosting, `in process: ${r.lintUs.toFixed(0)} µs/posting over ${grouped(r.postings)} postings, one thread (CPU ${r.lintCpuUs.toFixed(0)} µs); Markdown parse ${(parseShare * 100).toFixed(0)}%, document build ${((r.buildUs / r.lintUs) * 100).toFixed(0)}% (target <= ${TARGETS.microsPerPosting} µs)`));
    if (r.checked) summary.inProcess.push(verdict(r.mismatches === 0, `fast paths = full path: ${grouped(r.checked - r.mismatches)} of ${grouped(r.checked)} postings give byte-identical results${r.mismatches ? `; first differing: ${r.firstMismatches.join(', ')}` : ''}`));
    else summary.inProcess.push(verdict(undefined, 'fast paths = full path: not checked (--no-check)'));
  }

  console.log(`\n-- table (${grouped(tableFiles)} files; paste into docs/how-it-works.md) --\n${table}`);
} catch (error) {
  if (!error.skip) {
    summary.other.push(verdict(false, `compare stopped: ${error.message}`));
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n== compare summary ==${opts.quick ? ' (--quick: sizes below the targets\'; a smoke run, not a verdict)' : ''}`);
console.log(`machine: ${machine}; load average at end: ${load()}`);
for (const line of Object.values(summary).flat()) console.log(line);
