#!/usr/bin/env node
// Standalone precision check for rules/no-stigmatizing-language/terms.yaml.
//
// Loads the word list, applies the same matching semantics as the rule's generic matcher (prose only,
// case-insensitive, each term wrapped in word-ish boundaries, `unless` overlap suppression, Title-Case
// proper-name suppression) to every posting of ../shared/corpus/jobs-large.jsonl, and prints per term the
// number of hits plus a few random example contexts so a reviewer can judge precision.
//
// Run from the project root:
//   node rules/no-stigmatizing-language/check-terms.mjs [options]
// Options:
//   --n N            examples per term (default 5)
//   --seed S         seed for example sampling (default 1)
//   --only a,b       only these entry ids
//   --suppressed     also show hits removed by `unless` / properNames (with examples)
//   --corpus PATH    JSONL file to scan instead of ../shared/corpus/jobs-large.jsonl
//   --dev            also compare with the labelled dev set (../shared/corpus/dev/labels.json)
//   --validate       only validate terms.yaml and exit
// Needs only the `yaml` package. Exits 0 with a message when the shared corpus is absent.

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const flag = (name) => args.includes(name);

const N = Number(opt('--n', '5'));
const SEED = Number(opt('--seed', '1'));
const ONLY = opt('--only', '') ? new Set(opt('--only', '').split(',')) : null;
const SHOW_SUPPRESSED = flag('--suppressed');
const corpusPath = resolve(opt('--corpus', join(process.cwd(), '..', 'shared', 'corpus', 'jobs-large.jsonl')));
const devDir = resolve(join(dirname(corpusPath), 'dev'));

// ---------------------------------------------------------------------------------------------------
// Load and validate terms.yaml
// ---------------------------------------------------------------------------------------------------
const termsPath = join(here, 'terms.yaml');
const entries = parse(readFileSync(termsPath, 'utf8'));
const problems = [];
if (!Array.isArray(entries)) problems.push('terms.yaml must be a YAML list');
const seen = new Set();
const wrap = (src) => `(?<![\\p{L}\\p{N}'-])(?:${src})(?![\\p{L}\\p{N}-])`;
const hasCapturingGroup = (src) => /(^|[^\\])\((?!\?)/.test(src.replace(/\\\\/g, '').replace(/\[[^\]]*\]/g, ''));
// A group that contains an unbounded quantifier (+, *, {n,}) and is itself repeated (+, *, {..}).
function hasNestedQuantifier(src) {
  const s = src.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  const stack = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop();
      if (inner && /^[+*{]/.test(s.slice(i + 1))) return true;
      if (inner && stack.length) stack[stack.length - 1] = true;
    } else if ((c === '+' || c === '*' || (c === '{' && /^\{\d*,\}/.test(s.slice(i)))) && stack.length) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

for (const [i, e] of (entries || []).entries()) {
  const where = `entry #${i + 1} (${e?.id ?? 'no id'})`;
  if (!e || typeof e !== 'object') { problems.push(`${where}: not a mapping`); continue; }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(e.id ?? '')) problems.push(`${where}: id must be kebab-case`);
  if (seen.has(e.id)) problems.push(`${where}: duplicate id`);
  seen.add(e.id);
  if (!Array.isArray(e.terms) || e.terms.length === 0) problems.push(`${where}: terms must be a non-empty list`);
  if (!Array.isArray(e.alternatives) || e.alternatives.length < 1 || e.alternatives.length > 3)
    problems.push(`${where}: alternatives must list 1-3 replacements`);
  if (typeof e.why !== 'string' || !e.why.trim()) problems.push(`${where}: why is required`);
  if (typeof e.source !== 'string' || !e.source.trim()) problems.push(`${where}: source is required`);
  if (e.unless !== undefined && !Array.isArray(e.unless)) problems.push(`${where}: unless must be a list`);
  if (e.properNames !== undefined && typeof e.properNames !== 'boolean') problems.push(`${where}: properNames must be boolean`);
  for (const src of [...(e.terms || []), ...(e.unless || [])]) {
    if (typeof src !== 'string') { problems.push(`${where}: pattern ${JSON.stringify(src)} is not a string`); continue; }
    try { new RegExp(wrap(src), 'giu'); } catch (err) { problems.push(`${where}: bad regex ${src}: ${err.message}`); }
    if (hasCapturingGroup(src)) problems.push(`${where}: capturing group in ${src}`);
    if (/\\b/.test(src)) problems.push(`${where}: do not use \\b in ${src}`);
  }
  for (const src of e.terms || []) if (hasNestedQuantifier(src)) problems.push(`${where}: nested quantifier in ${src}`);
}
// The matcher builds one big alternation as a prefilter: make sure it compiles.
try {
  new RegExp(wrap((entries || []).flatMap((e) => e.terms || []).join('|')), 'iu');
} catch (err) { problems.push(`combined prefilter does not compile: ${err.message}`); }

if (problems.length) {
  console.error(`terms.yaml: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log(`terms.yaml OK: ${entries.length} entries, ${entries.reduce((n, e) => n + e.terms.length, 0)} term patterns`);
if (flag('--validate')) process.exit(0);

const compiled = entries
  .filter((e) => !ONLY || ONLY.has(e.id))
  .map((e) => ({
    ...e,
    res: e.terms.map((src) => ({ src, re: new RegExp(wrap(src), 'giu') })),
    unlessRes: (e.unless || []).map((src) => new RegExp(src, 'giu')),
  }));

// ---------------------------------------------------------------------------------------------------
// Matching semantics
// ---------------------------------------------------------------------------------------------------
const blank = (s) => s.replace(/[^\n]/g, ' ');
function prose(text) {
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<[^>\n]+>/g, blank)
    .replace(/\bhttps?:\/\/[^\s)>\]]+/gi, blank)
    .replace(/\bwww\.[^\s)>\]]+/gi, blank)
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, blank);
}

// Blocks: a paragraph, list item or table cell. Postings here use one line per paragraph / item.
function* blocks(text) {
  let offset = 0;
  for (const line of text.split('\n')) {
    for (const cell of line.split('|')) {
      if (cell.trim()) yield { text: cell, start: offset };
      offset += cell.length + 1;
    }
  }
}

const CONNECTORS = new Set(['and', 'of', 'for', '&']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|&/gu;
const isCap = (w) => /^\p{Lu}/u.test(w);
// Hit is inside a run of 3+ capitalised words (connectors allowed between them), with every word of the
// hit itself capitalised (or a connector).
function inProperName(block, start, end) {
  const words = [...block.matchAll(WORD)].map((m) => ({ w: m[0], s: m.index, e: m.index + m[0].length }));
  const inHit = words.filter((w) => w.e > start && w.s < end);
  if (!inHit.length) return false;
  const ok = (w) => isCap(w.w) || CONNECTORS.has(w.w.toLowerCase());
  if (!inHit.every(ok)) return false;
  let lo = words.indexOf(inHit[0]);
  let hi = words.indexOf(inHit[inHit.length - 1]);
  // do not extend across sentence punctuation or commas
  const gapOk = (a, b) => !/[.,;:!?()\[\]"“”\n]/.test(block.slice(a.e, b.s));
  while (lo > 0 && ok(words[lo - 1]) && gapOk(words[lo - 1], words[lo])) lo--;
  while (hi < words.length - 1 && ok(words[hi + 1]) && gapOk(words[hi], words[hi + 1])) hi++;
  while (lo < hi && !isCap(words[lo].w)) lo++;
  while (hi > lo && !isCap(words[hi].w)) hi--;
  return words.slice(lo, hi + 1).filter((w) => isCap(w.w) && !CONNECTORS.has(w.w.toLowerCase())).length >= 3;
}

// Prefilter: one alternation over every term; blocks that fail it are skipped. Wrapping the boundaries once
// around the whole alternation (same semantics) is ~15x faster in V8 than joining individually wrapped terms,
// because a leading lookbehind on every alternative defeats V8's first-character scan.
const prefilter = new RegExp(wrap(compiled.flatMap((e) => e.terms).join('|')), 'iu');

function matchText(text) {
  const out = [];
  const clean = prose(text);
  for (const b of blocks(clean)) {
    if (!prefilter.test(b.text)) continue;
    for (const e of compiled) {
      let unlessSpans = null;
      for (const { src, re } of e.res) {
        re.lastIndex = 0;
        for (const m of b.text.matchAll(re)) {
          const s = m.index, en = m.index + m[0].length;
          let suppressed = null;
          if (e.unlessRes.length) {
            unlessSpans ??= e.unlessRes.flatMap((u) => [...b.text.matchAll(u)].map((x) => [x.index, x.index + x[0].length]));
            if (unlessSpans.some(([us, ue]) => us < en && s < ue)) suppressed = 'unless';
          }
          if (!suppressed && e.properNames && inProperName(b.text, s, en)) suppressed = 'properName';
          out.push({ id: e.id, src, start: b.start + s, end: b.start + en, hit: m[0], suppressed, text: clean });
        }
      }
    }
  }
  return out;
}

const context = (h) => {
  const a = Math.max(0, h.start - 60), z = Math.min(h.text.length, h.end + 60);
  return (h.text.slice(a, h.start) + '[[' + h.text.slice(h.start, h.end) + ']]' + h.text.slice(h.end, z)).replace(/\s+/g, ' ');
};

// seeded reservoir sampling
let seed = SEED >>> 0 || 1;
const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
function sampler() {
  return { n: 0, items: [], add(x) { this.n++; if (this.items.length < N) this.items.push(x); else { const j = Math.floor(rnd() * this.n); if (j < N) this.items[j] = x; } } };
}

// ---------------------------------------------------------------------------------------------------
// Corpus scan
// ---------------------------------------------------------------------------------------------------
if (!existsSync(corpusPath)) {
  console.log(`corpus not found at ${corpusPath}; nothing to check (this is fine outside the shared workspace).`);
  process.exit(0);
}

const stats = new Map(); // id -> { total, postings:Set, terms: Map(src -> sampler), suppressed: sampler }
for (const e of compiled) stats.set(e.id, { postings: new Set(), terms: new Map(e.terms.map((t) => [t, sampler()])), suppressed: sampler() });

let docs = 0;
const t0 = Date.now();
const lines = readFileSync(corpusPath, 'utf8').split('\n');
const byId = new Map();
for (const line of lines) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  byId.set(doc.id, doc);
  docs++;
  for (const h of matchText(doc.text)) {
    const s = stats.get(h.id);
    const ex = `${doc.id}: …${context(h)}…`;
    if (h.suppressed) { s.suppressed.add(`(${h.suppressed}) ${ex}`); continue; }
    s.postings.add(doc.id);
    s.terms.get(h.src).add(ex);
  }
}
const ms = Date.now() - t0;

console.log(`scanned ${docs} postings from ${corpusPath} in ${ms} ms\n`);
let grand = 0;
for (const e of compiled) {
  const s = stats.get(e.id);
  const total = [...s.terms.values()].reduce((n, x) => n + x.n, 0);
  grand += total;
  console.log(`== ${e.id}: ${total} hit(s) in ${s.postings.size} posting(s)` + (s.suppressed.n ? `, ${s.suppressed.n} suppressed` : ''));
  for (const [src, smp] of s.terms) {
    if (!smp.n) continue;
    console.log(`   /${src}/  ${smp.n}`);
    for (const x of smp.items) console.log(`      ${x}`);
  }
  if (SHOW_SUPPRESSED && s.suppressed.n) {
    console.log(`   suppressed: ${s.suppressed.n}`);
    for (const x of s.suppressed.items) console.log(`      ${x}`);
  }
}
console.log(`\ntotal reported hits: ${grand}`);

// ---------------------------------------------------------------------------------------------------
// Optional comparison with the labelled dev set
// ---------------------------------------------------------------------------------------------------
if (flag('--dev')) {
  const labelsPath = join(devDir, 'labels.json');
  if (!existsSync(labelsPath)) { console.log(`\nno dev labels at ${labelsPath}`); process.exit(0); }
  const { postings } = JSON.parse(readFileSync(labelsPath, 'utf8'));
  let tp = 0, fn = 0, fp = 0;
  console.log('\n== dev set (stigmatizing-language only)');
  for (const p of postings) {
    const name = p.file ?? p.corpusId;
    const text = p.file ? readFileSync(join(devDir, p.file), 'utf8') : byId.get(p.corpusId)?.text;
    if (text == null) { console.log(`   ${name}: text not found`); continue; }
    const hits = matchText(text).filter((h) => !h.suppressed);
    const lower = text.toLowerCase();
    const expected = p.expect.filter((x) => x.category === 'stigmatizing-language').map((x) => {
      const at = lower.indexOf(x.quote.toLowerCase());
      return { quote: x.quote, start: at, end: at + x.quote.length };
    });
    const used = new Set();
    for (const x of expected) {
      const h = hits.find((h) => h.start < x.end && x.start < h.end);
      if (h) { tp++; used.add(h); } else { fn++; console.log(`   MISS ${name}: "${x.quote}"`); }
    }
    for (const h of hits) if (!used.has(h) && !expected.some((x) => h.start < x.end && x.start < h.end)) {
      fp++; console.log(`   FALSE ALARM ${name} [${h.id}]: …${context(h)}…`);
    }
  }
  console.log(`   tp=${tp} fn=${fn} fp=${fp}`);
}
