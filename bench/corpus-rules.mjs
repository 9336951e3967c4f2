// Per-rule reach on the shared corpus (not a test: it asserts nothing). For each rule: on how many
// postings it fires (and how many of those are peer postings), plus a few random findings to judge.
// Usage: node scripts/build.mjs && node bench/corpus-rules.mjs [--examples N] [--seed N] [--rule ID] [--limit N] [--role peer]
//   --role peer  treat every posting as a peer role: the corpus has few peer postings, and this shows what
//                the peer-only rules' patterns catch on the rest (a stress test of their precision)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, '..', 'shared', 'corpus', 'jobs-large.jsonl');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const examples = Number(arg('--examples', 3));
const limit = Number(arg('--limit', Infinity));
const only = arg('--rule', undefined);
const role = arg('--role', 'auto');
let seed = Number(arg('--seed', 42));

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('corpus-rules: dist/index.js is missing; run `node scripts/build.mjs` first.');
  process.exit(2);
}
if (!existsSync(corpusPath)) {
  console.log(`corpus-rules: skipped (${corpusPath} not found)`);
  process.exit(0);
}
const { lintText, builtinRules } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const rules = builtinRules.filter((r) => !only || r.meta.id === only);
if (rules.length === 0) {
  console.error(`corpus-rules: no rule "${only}"`);
  process.exit(2);
}
const settings = rules.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));

// A small seeded generator, so a run's examples can be reproduced.
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const byRule = new Map(rules.map((r) => [r.meta.id, { postings: 0, peer: 0, hits: [] }]));
let total = 0;
let peerTotal = 0;
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (total >= limit) break;
  if (!line.trim()) continue;
  const { id, title, text } = JSON.parse(line);
  const result = lintText(`# ${title}\n\n${text}`, { filePath: `${id}.md`, rules: settings, role });
  total++;
  if (result.peerRole) peerTotal++;
  const seen = new Set();
  for (const f of result.findings) {
    const entry = byRule.get(f.ruleId);
    entry.hits.push({ id, title, peer: result.peerRole, line: f.line, text: f.text, message: f.message });
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    entry.postings++;
    if (result.peerRole) entry.peer++;
  }
}

console.log(`corpus: ${total} postings, ${peerTotal} detected as peer roles\n`);
console.log('rule                              postings  (peer)  findings');
for (const [id, { postings, peer, hits }] of byRule) console.log(`${id.padEnd(34)}${String(postings).padStart(8)}  ${String(peer).padStart(6)}  ${String(hits.length).padStart(8)}`);
if (examples > 0) {
  for (const [id, { hits }] of byRule) {
    if (hits.length === 0) continue;
    console.log(`\n== ${id}: ${Math.min(examples, hits.length)} random of ${hits.length}`);
    const pool = [...hits];
    for (let k = 0; k < examples && pool.length > 0; k++) {
      const h = pool.splice(Math.floor(random() * pool.length), 1)[0];
      console.log(`- ${h.id} "${h.title}"${h.peer ? ' (peer)' : ''} line ${h.line}: ${JSON.stringify(h.text.slice(0, 120))}\n    ${h.message.slice(0, 200)}`);
    }
  }
}
