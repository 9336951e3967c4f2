// In-process cost per posting over the corpus, on one thread, in a process of its own (bench/compare.mjs
// runs it), and the check that the fast paths report byte-identical findings to the full path.
// Usage: node bench/in-process.mjs CORPUS [--limit N] [--runs N] [--no-check]
// Prints progress lines, then one JSON line last.
// - cost: lintText over every posting (median of --runs passes, after a warm-up), and in the same rounds
//   the Markdown layout alone (layoutMarkdown: fast-path scanner and/or remark-parse, prose and blocks)
//   and the whole document build (buildDocument: layout + sentences + title), so the parse share is the
//   layout's time over lintText's.
// - check: each posting linted with the fast paths on and off (setFastPaths, src/internal.ts); the two
//   results, as JSON, must be the same string.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildDocument, lintText } from '../dist/index.js';
import { layoutMarkdown, markdownRegions, setFastPaths } from '../dist/internal.js';
import { intOption } from './options.mjs';

const corpusPath = process.argv[2];
const limit = intOption('--limit', Infinity);
const runs = intOption('--runs', 3);
const check = !process.argv.includes('--no-check');
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
/**
 * This thread's CPU time in ms (Linux /proc, 10 ms ticks; NaN elsewhere): on a busy machine wall time
 * includes waiting for a core, CPU time does not (nor the GC's helper threads).
 */
function threadCpuMs() {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

const postings = [];
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (postings.length >= limit) break;
  if (!line.trim()) continue;
  const { id, title, text } = JSON.parse(line);
  postings.push({ text: `# ${title}\n\n${text}`, filePath: `${id}.md` });
}

// Which postings the line scanner reads whole, in part, or not at all (remark-parse reads the rest).
let whole = 0;
let partly = 0;
for (const { text } of postings) {
  const regions = markdownRegions(text);
  if (regions.every((r) => r.simple)) whole++;
  else if (regions.some((r) => r.simple)) partly++;
}

const passes = {
  lint: (p) => lintText(p.text, { filePath: p.filePath }),
  build: (p) => buildDocument(p.text, p.filePath),
  layout: (p) => layoutMarkdown(p.text, p.filePath),
};
for (const p of postings.slice(0, 300)) for (const pass of Object.values(passes)) pass(p); // warm-up (and the NLP load)
const samples = { lint: [], build: [], layout: [] };
const lintCpu = [];
for (let r = 0; r < runs; r++) {
  for (const [name, pass] of Object.entries(passes)) {
    const [t0, cpu0] = [performance.now(), threadCpuMs()];
    for (const p of postings) pass(p);
    samples[name].push(((performance.now() - t0) * 1000) / postings.length);
    if (name === 'lint') lintCpu.push(((threadCpuMs() - cpu0) * 1000) / postings.length);
  }
  console.log(`in-process round ${r + 1}/${runs}: lintText ${samples.lint[r].toFixed(0)} µs/posting, document build ${samples.build[r].toFixed(0)}, Markdown layout ${samples.layout[r].toFixed(0)}`);
}

const mismatches = [];
let checked = 0;
if (check) {
  for (const p of postings) {
    const fast = JSON.stringify(lintText(p.text, { filePath: p.filePath }));
    setFastPaths(false);
    let full;
    try {
      full = JSON.stringify(lintText(p.text, { filePath: p.filePath }));
    } finally {
      setFastPaths(true);
    }
    checked++;
    if (fast !== full) mismatches.push(p.filePath);
  }
}

console.log(
  JSON.stringify({
    postings: postings.length,
    runs,
    lintUs: median(samples.lint),
    lintCpuUs: median(lintCpu),
    buildUs: median(samples.build),
    layoutUs: median(samples.layout),
    scannerWhole: whole,
    scannerPartly: partly,
    checked,
    mismatches: mismatches.length,
    firstMismatches: mismatches.slice(0, 5),
  }),
);
