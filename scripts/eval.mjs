// `npm run eval`: accuracy benchmark (not a test). Scores the built CLI on the shared dev labels (whole
// postings) and on the shared phrase bank (one phrase per posting, tagged by class of wording), and
// prints both tables with per-class results. Needs ../shared beside the checkout; without it, it says
// so and exits 0. `npm run eval -- --verbose` also lists every miss and false alarm.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = resolve(root, '..', 'shared', 'tools');
const verbose = process.argv.includes('--verbose');

if (!existsSync(join(tools, 'score.mjs')) || !existsSync(join(tools, 'score-bank.mjs'))) {
  console.log(`eval: skipped (${tools} not found: the shared dev labels and phrase bank live outside the repository)`);
  process.exit(0);
}
if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
  console.error('eval: dist/ is missing; run `node scripts/build.mjs` (or `npm run eval`, which builds first).');
  process.exit(2);
}

/** Runs one scoring tool; returns its output lines. */
function score(tool, args) {
  const run = spawnSync(process.execPath, [join(tools, tool), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) {
    console.error(`eval: ${tool} exited ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(0, 5).join('\n')}`);
    process.exit(2);
  }
  return run.stdout.trimEnd().split('\n');
}

console.log('== dev labels: whole postings (../shared/corpus/dev) ==');
const labels = score('score.mjs', verbose ? ['--verbose'] : []);
console.log(labels.join('\n'));

console.log('\n== phrase bank: one phrase per posting, per class of wording (../shared/corpus/bank) ==');
const bank = score('score-bank.mjs', ['--verbose']);
// Without --verbose, keep the tables (categories and classes) and leave out the list of misses.
const notes = bank.findIndex((line, i) => i > 0 && line === '' && bank[i + 1]?.startsWith('  '));
const shown = verbose || notes < 0 ? bank : [...bank.slice(0, notes), ...bank.filter((l) => l.startsWith('lowest'))];
console.log(shown.join('\n'));
if (!verbose && notes >= 0) console.log('(npm run eval -- --verbose lists every miss and false alarm)');
