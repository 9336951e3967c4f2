#!/usr/bin/env node
// Precision check for rules/no-stigmatizing-language/terms.yaml on the shared corpus.
//
// Bundles the rule itself from source with esbuild (so this tool and the rule can never disagree about
// what matches), lints every posting of ../shared/corpus/jobs-large.jsonl with that rule alone, and
// prints per entry the number of hits and postings plus a few random examples, so a reviewer can judge
// precision. It also checks that terms.yaml and words.yaml are well formed.
//
// Run from the project root:
//   node rules/no-stigmatizing-language/check-terms.mjs [options]
// Options:
//   --n N            examples per entry (default 5)
//   --seed S         seed for example sampling (default 1)
//   --only a,b       only these entry ids
//   --corpus PATH    JSONL file to scan instead of ../shared/corpus/jobs-large.jsonl
//   --dev            also compare with the labelled dev set (../shared/corpus/dev/labels.json)
//   --validate       only validate the data files and exit
// Exits 0 with a message when the shared corpus is absent.

import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { yamlModule } from '../../scripts/yaml-data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(name);
const N = Number(opt('--n', '5'));
const ONLY = opt('--only', '') ? new Set(opt('--only', '').split(',')) : null;
const corpusPath = resolve(opt('--corpus', join(root, '..', 'shared', 'corpus', 'jobs-large.jsonl')));
const devDir = resolve(join(dirname(corpusPath), 'dev'));

// ---- the data files are well formed ----------------------------------------------------------------
const raw = parse(readFileSync(join(here, 'terms.yaml'), 'utf8'));
const words = parse(readFileSync(join(here, 'words.yaml'), 'utf8'));
const problems = [];
const seen = new Set();
const hasCapturingGroup = (src) => /(^|[^\\])\((?!\?)/.test(src.replace(/\\\\/g, '').replace(/\[[^\]]*\]/g, ''));
for (const [name, list] of Object.entries(words ?? {})) {
  if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) problems.push(`words.yaml ${name}: must be a list of strings`);
}
for (const [i, e] of (Array.isArray(raw) ? raw : []).entries()) {
  const where = `entry #${i + 1} (${e?.id ?? 'no id'})`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e?.id ?? '')) problems.push(`${where}: id must be kebab-case`);
  if (seen.has(e?.id)) problems.push(`${where}: duplicate id`);
  seen.add(e?.id);
  if (!Array.isArray(e?.terms) || e.terms.length === 0) problems.push(`${where}: terms must be a non-empty list`);
  if (!Array.isArray(e?.alternatives) || e.alternatives.length < 1 || e.alternatives.length > 3) problems.push(`${where}: alternatives must list 1-3 replacements`);
  if (typeof e?.why !== 'string' || !e.why.trim()) problems.push(`${where}: why is required`);
  if (typeof e?.source !== 'string' || !e.source.trim()) problems.push(`${where}: source is required`);
  for (const src of [...(e?.terms ?? []), ...(e?.unless ?? [])]) {
    if (hasCapturingGroup(src)) problems.push(`${where}: capturing group in ${src}`);
    if (/\\b/.test(src)) problems.push(`${where}: do not use \\b in ${src}`);
    for (const [, name] of src.matchAll(/\{([a-z][a-z-]*)\}/g)) if (!words?.[name]) problems.push(`${where}: {${name}} is not a list in words.yaml`);
  }
}
if (!Array.isArray(raw)) problems.push('terms.yaml must be a YAML list');

// ---- the rule, bundled from source --------------------------------------------------------------------
const bundle = await build({
  stdin: {
    contents: "export { lintText } from './src/lint.ts'; export { default as rule, entries } from './rules/no-stigmatizing-language/index.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  external: ['compromise', 'compromise/*', 'cosmiconfig', 'piscina'],
  define: { __PEERLINT_VERSION__: '"check-terms"' },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [{ name: 'yaml', setup: (b) => b.onLoad({ filter: /\.ya?ml$/ }, (a) => ({ contents: yamlModule(readFileSync(a.path, 'utf8'), a.path), loader: 'js' })) }],
  logLevel: 'error',
});
// Written under node_modules so that the bundle's own imports (compromise…) resolve as the rule's do.
const bundlePath = join(root, 'node_modules', '.cache', `check-terms-${process.pid}.mjs`);
mkdirSync(dirname(bundlePath), { recursive: true });
writeFileSync(bundlePath, bundle.outputFiles[0].text);
let loaded;
try {
  loaded = await import(pathToFileURL(bundlePath).href);
} finally {
  rmSync(bundlePath, { force: true });
}
const { lintText, rule, entries } = loaded;
for (const e of entries) {
  try {
    new RegExp(e.terms.join('|'), 'i');
  } catch (error) {
    problems.push(`${e.id}: a pattern does not compile: ${error.message}`);
  }
}
if (problems.length) {
  console.error(`terms.yaml: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log(`terms.yaml OK: ${entries.length} entries, ${entries.reduce((n, e) => n + e.terms.length, 0)} term patterns`);
if (flag('--validate')) process.exit(0);
if (!existsSync(corpusPath)) {
  console.log(`corpus not found at ${corpusPath}; nothing to check (this is fine outside the shared workspace).`);
  process.exit(0);
}

// The finding's message carries its entry's "why": that is how a finding is traced back to its entry.
const byWhy = new Map(entries.map((e) => [e.why, e.id]));
const entryOf = (message) => [...byWhy].find(([why]) => message.includes(why))?.[1] ?? 'configured';
const lint = (text) =>
  lintText(text, { filePath: 'posting.md', role: 'auto', rules: [{ rule, severity: 'error', options: {} }] }).findings.map((f) => ({
    id: entryOf(f.message),
    line: f.line,
    text: f.text,
    context: text.split('\n')[f.line - 1] ?? '',
  }));

let seed = Number(opt('--seed', '1')) >>> 0 || 1;
const rnd = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const stats = new Map(entries.map((e) => [e.id, { hits: 0, postings: new Set(), examples: [] }]));
const t0 = Date.now();
const byId = new Map();
let docs = 0;
for (const line of readFileSync(corpusPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  byId.set(doc.id, doc);
  docs++;
  for (const h of lint(`# ${doc.title}\n\n${doc.text}`)) {
    const s = stats.get(h.id);
    if (!s || (ONLY && !ONLY.has(h.id))) continue;
    s.hits++;
    s.postings.add(doc.id);
    const at = h.context.indexOf(h.text);
    const example = `${doc.id}: …${h.context.slice(Math.max(0, at - 60), at)}[[${h.text}]]${h.context.slice(at + h.text.length, at + h.text.length + 60)}…`;
    if (s.examples.length < N) s.examples.push(example);
    else if (rnd() < N / s.hits) s.examples[Math.floor(rnd() * N)] = example;
  }
}
console.log(`scanned ${docs} postings from ${corpusPath} in ${Date.now() - t0} ms\n`);
let total = 0;
for (const [id, s] of stats) {
  if (ONLY && !ONLY.has(id)) continue;
  total += s.hits;
  if (!s.hits) continue;
  console.log(`== ${id}: ${s.hits} hit(s) in ${s.postings.size} posting(s)`);
  for (const x of s.examples) console.log(`      ${x.replace(/\s+/g, ' ')}`);
}
console.log(`\ntotal reported hits: ${total}`);

if (flag('--dev')) {
  const labelsPath = join(devDir, 'labels.json');
  if (!existsSync(labelsPath)) process.exit(0);
  const { postings } = JSON.parse(readFileSync(labelsPath, 'utf8'));
  let tp = 0;
  let fn = 0;
  let fp = 0;
  console.log('\n== dev set (stigmatizing-language only)');
  for (const p of postings) {
    const name = p.file ?? p.corpusId;
    const text = p.file ? readFileSync(join(devDir, p.file), 'utf8') : (() => { const d = byId.get(p.corpusId); return d && `# ${d.title}\n\n${d.text}`; })();
    if (text == null) continue;
    const hits = lint(text);
    const expected = p.expect.filter((x) => x.category === 'stigmatizing-language');
    const found = (x) => hits.some((h) => h.context.toLowerCase().includes(x.quote.toLowerCase()));
    for (const x of expected) {
      if (found(x)) tp++;
      else {
        fn++;
        console.log(`   MISS ${name}: "${x.quote}"`);
      }
    }
    for (const h of hits) {
      if (!expected.some((x) => h.context.toLowerCase().includes(x.quote.toLowerCase()))) {
        fp++;
        console.log(`   FALSE ALARM ${name} [${h.id}]: ${h.text}`);
      }
    }
  }
  console.log(`   tp=${tp} fn=${fn} fp=${fp}`);
}
