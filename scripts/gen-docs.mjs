// Regenerates the generated parts of the docs so that docs and data cannot drift:
//   - the word-list table in rules/no-stigmatizing-language/README.md, from terms.yaml
//     (between <!-- terms:start --> and <!-- terms:end -->);
//   - the law table in rules/pay-transparency/README.md, from laws.yaml (between <!-- laws:start --> and <!-- laws:end -->);
//   - the table of kinds of clinical activity in each role-drift rule's README, from src/activities.yaml
//     (between <!-- activities:start --> and <!-- activities:end -->);
//   - the rules table in README.md (or the file named on the command line), from the rule metas
//     (between <!-- rules:start --> and <!-- rules:end -->);
//   - schema/config.schema.json, the configuration's JSON Schema, from the rule metas' option schemas;
//   - the `definitions` of schema/output-line.schema.json, copied from schema/output.schema.json, so the
//     JSON Lines schema loads on its own and cannot drift from the report's.
//
// Usage: node scripts/gen-docs.mjs [--check] [--build | --no-build] [file]
//   --check     write nothing; exit 1 and name each file that regenerating would change
//   --build     always run scripts/build.mjs first (by default it runs only when dist/ is missing or
//               older than src/, rules/ or the build scripts)
//   --no-build  use dist/ as it is
//   file        where the rules table goes (default: README.md at the project root)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const noBuild = args.includes('--no-build');
const forceBuild = args.includes('--build');
const unknown = args.filter((a) => a.startsWith('--') && !['--check', '--no-build', '--build'].includes(a));
const files = args.filter((a) => !a.startsWith('--'));
if (unknown.length || files.length > 1) {
  console.error(`gen-docs: usage: node scripts/gen-docs.mjs [--check] [--build | --no-build] [file]${unknown.length ? ` (unknown option ${unknown[0]})` : ''}`);
  process.exit(2);
}
const rulesTarget = files[0] ? resolve(process.cwd(), files[0]) : join(root, 'README.md');
const termsPath = join(root, 'rules/no-stigmatizing-language/terms.yaml');
const stigmaReadme = join(root, 'rules/no-stigmatizing-language/README.md');
const wordsPath = join(root, 'rules/no-stigmatizing-language/words.yaml');
const lawsPath = join(root, 'rules/pay-transparency/laws.yaml');
const lawsReadme = join(root, 'rules/pay-transparency/README.md');
const activitiesPath = join(root, 'src/activities.yaml');
const show = (p) => relative(process.cwd(), p) || p;

// ---------------------------------------------------------------------------------------------------
// Readable examples from the term patterns
// ---------------------------------------------------------------------------------------------------
// The patterns use a small regex subset (literals, (?:a|b) groups, ?, *, +, {m,n}, character classes,
// escapes and look-arounds). They are parsed into a tree and a few matching strings are generated from
// it: example k takes the k-th choice at every alternation. Anything outside the subset makes the
// caller fall back to showing the raw pattern in a code span.

class Unsupported extends Error {}

function parseRegex(src) {
  let i = 0;
  const peek = () => src[i];
  function alternation() {
    const alts = [sequence()];
    while (peek() === '|') { i++; alts.push(sequence()); }
    return alts.length === 1 ? alts[0] : { type: 'alt', alts };
  }
  function sequence() {
    const items = [];
    while (i < src.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { type: 'seq', items };
  }
  function quantified(node) {
    let min = 1, max = 1;
    const c = peek();
    if (c === '?') { min = 0; max = 1; i++; }
    else if (c === '*') { min = 0; max = Infinity; i++; }
    else if (c === '+') { min = 1; max = Infinity; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) throw new Unsupported('bad {}');
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length;
    } else return node;
    if (peek() === '?') i++; // lazy
    return { type: 'rep', node, min, max };
  }
  function atom() {
    const c = src[i++];
    if (c === '(') {
      let look = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(src.slice(i))) { look = true; i += src[i + 1] === '<' ? 3 : 2; }
      else if (src[i] === '?') throw new Unsupported('named group');
      const inner = alternation();
      if (src[i++] !== ')') throw new Unsupported('unclosed group');
      return look ? { type: 'empty' } : { type: 'group', node: inner };
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape(true);
    if (c === '.') return { type: 'any' };
    if (c === '^' || c === '$') return { type: 'empty' };
    if (c === ')' || c === undefined) throw new Unsupported('stray )');
    return { type: 'lit', ch: c };
  }
  function escape(outside) {
    const c = src[i++];
    if (c === undefined) throw new Unsupported('trailing \\');
    if (c === 'd') return { type: 'class', chars: ['2'] };
    if (c === 'w') return { type: 'class', chars: ['x'] };
    if (c === 's') return { type: 'class', chars: [' '] };
    if (c === 'p' || c === 'P') {
      const m = /^\{[^}]*\}/.exec(src.slice(i));
      if (m) i += m[0].length;
      return { type: 'class', chars: ['x'] };
    }
    if (c === 'b' || c === 'B') {
      if (outside) return { type: 'empty' };
      throw new Unsupported('\\b in class');
    }
    if (/[DWSux0-9kc]/.test(c)) throw new Unsupported(`\\${c}`);
    if (c === 'n') return { type: 'lit', ch: '\n' };
    if (c === 't') return { type: 'lit', ch: '\t' };
    return { type: 'lit', ch: c };
  }
  function charClass() {
    const negated = peek() === '^';
    if (negated) i++;
    const chars = [];
    let first = true;
    while (i < src.length && (peek() !== ']' || first)) {
      first = false;
      let node;
      if (peek() === '\\') { i++; node = escape(false); }
      else node = { type: 'lit', ch: src[i++] };
      const ch = node.type === 'lit' ? node.ch : node.chars[0];
      if (peek() === '-' && src[i + 1] !== ']' && src[i + 1] !== undefined) {
        i++;
        if (peek() === '\\') { i++; escape(false); } else i++;
      }
      chars.push(ch);
    }
    if (src[i++] !== ']') throw new Unsupported('unclosed class');
    return negated ? { type: 'any' } : { type: 'class', chars };
  }
  const tree = alternation();
  if (i !== src.length) throw new Unsupported(`unexpected ${src[i]}`);
  return tree;
}

function generate(node, k) {
  switch (node.type) {
    case 'empty': return '';
    case 'lit': return node.ch;
    case 'any': return 'x';
    case 'class': {
      // "[- ]" reads best as a space first.
      const chars = node.chars.includes(' ') ? [' ', ...node.chars.filter((c) => c !== ' ')] : node.chars;
      return chars[k % chars.length];
    }
    case 'group': return generate(node.node, k);
    case 'seq': return node.items.map((n) => generate(n, k)).join('');
    case 'alt': return generate(node.alts[k % node.alts.length], k);
    case 'rep': {
      if (node.min === 0 && node.max === 1) {
        const inner = node.node;
        // A plural "s?" or "e?" reads best left out; an optional hyphen or space reads best put in.
        if (inner.type === 'lit') return '';
        if (inner.type === 'class') return inner.chars[0];
        const alts = inner.type === 'group' && inner.node.type === 'alt' ? inner.node.alts : null;
        const pick = k % ((alts ? alts.length : 1) + 1);
        if (pick === 0) return '';
        return alts ? generate(alts[pick - 1], k) : generate(inner, k);
      }
      if (node.min === 0) return '';
      return generate(node.node, k).repeat(node.min);
    }
    default: throw new Unsupported(node.type);
  }
}

/** Up to `max` distinct readable strings the pattern matches, or null if the pattern cannot be read. */
function examplesOf(src, max) {
  let tree;
  try { tree = parseRegex(src); } catch (error) { if (error instanceof Unsupported) return null; throw error; }
  const found = [];
  for (let k = 0; k < max * 8 && found.length < max; k++) {
    const s = generate(tree, k).replace(/\s+/g, ' ').trim();
    if (!s || found.includes(s)) continue;
    // Skip combinations that read badly ("drug and drug abuse").
    const words = s.toLowerCase().split(/[\s-]+/);
    if (new Set(words).size !== words.length) continue;
    // Check the example really matches (so the table never claims what the matcher does not do).
    if (!new RegExp(`^(?:${src})$`, 'iu').test(s)) continue;
    found.push(s);
  }
  return found.length ? found : null;
}

// ---------------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------------
const cell = (s) => String(s).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
const code = (s) => {
  const ticks = s.includes('`') ? '``' : '`';
  const pad = s.includes('`') ? ' ' : '';
  return `${ticks}${pad}${s}${pad}${ticks}`;
};

/** Fills `{name}` in term patterns with the word lists of words.yaml, as the rule does (src/terms.ts). */
function withWordLists(entries, words) {
  if (!Array.isArray(entries)) return entries;
  const expand = (src) => src.replace(/\{([a-z][a-z-]*)\}/g, (_, name) => `(?:${(words?.[name] ?? []).join('|')})`);
  return entries.map((e) => ({ ...e, terms: (e.terms ?? []).map(expand) }));
}

function termsTable(entries) {
  if (!Array.isArray(entries)) throw new Error(`${show(termsPath)}: expected a YAML list`);
  const rows = ['| id | matches | write instead | why | source |', '| --- | --- | --- | --- | --- |'];
  for (const e of entries) {
    if (!e || typeof e.id !== 'string' || !Array.isArray(e.terms)) throw new Error(`${show(termsPath)}: entry without id or terms`);
    const shown = [];
    let more = false;
    const perTerm = e.terms.length > 2 ? 2 : 3;
    for (const src of e.terms) {
      const ex = examplesOf(src, perTerm);
      if (ex) {
        for (const s of ex) if (!shown.some((x) => x.text.toLowerCase() === s.toLowerCase())) shown.push({ text: s });
        more = true; // patterns always match more forms than the examples shown
      } else shown.push({ raw: src });
    }
    const matches = shown.map((x) => (x.raw !== undefined ? code(x.raw) : `“${x.text}”`)).join(', ') + (more ? ', …' : '');
    const notes = [];
    if (e.properNames) notes.push('not inside proper names');
    if (Array.isArray(e.unless) && e.unless.length) notes.push(`${e.unless.length} look-alike exception${e.unless.length > 1 ? 's' : ''}`);
    const matchCell = matches + (notes.length ? ` <br>(${notes.join('; ')})` : '');
    const alternatives = (e.alternatives ?? []).map((a) => `“${a}”`).join(', ');
    rows.push(`| ${[code(e.id), matchCell, alternatives, e.why ?? '', e.source ?? ''].map(cell).join(' | ')} |`);
  }
  return rows.join('\n');
}

function lawsTable(table) {
  if (!table || !Array.isArray(table.jurisdictions)) throw new Error(`${show(lawsPath)}: expected a mapping with a jurisdictions list`);
  const rows = [
    `Law table version ${table.version}, updated ${table.updated}.`,
    '',
    '| jurisdiction | in force from | employers with | the posting must give | citation | note |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const law of table.jurisdictions) {
    const requires = law.posting === false ? '(nothing: disclosure on request)' : law.requires.map((r) => (r.since ? `${r.what} (from ${r.since})` : r.what)).join(', ');
    rows.push(`| ${[law.name, law.effective, `${law.employees}+`, requires, law.citation, law.note ?? ''].map(cell).join(' | ')} |`);
  }
  return rows.join('\n');
}

/** The kinds of clinical activity one rule reports, from src/activities.yaml: what names them and what makes them a duty. */
function activitiesTable(lexicon, ruleId) {
  if (!lexicon || !Array.isArray(lexicon.kinds)) throw new Error(`${show(activitiesPath)}: expected a mapping with a kinds list`);
  const vocab = (src) => src.replace(/\{(\w+)\}/g, (whole, name) => lexicon.vocabulary?.[name] ?? whole);
  const examples = (sources, max) => {
    const out = [];
    for (const src of sources ?? []) {
      const ex = examplesOf(vocab(src), 2);
      for (const s of ex ?? [src]) if (out.length < max && !out.includes(s)) out.push(s);
    }
    return out;
  };
  const quote = (list, more) => (list.length ? list.map((s) => `“${s}”`).join(', ') + (more ? ', …' : '') : '');
  const rows = ['| kind | named by | with modifiers such as | a duty when | instead |', '| --- | --- | --- | --- | --- |'];
  for (const k of lexicon.kinds.filter((k) => k.rule === ruleId)) {
    const named = [
      quote(examples([...(k.heads ?? []), ...(k.needModifier ?? [])], 5), true),
      k.needModifier?.length ? `(${quote(examples(k.needModifier, 3), false)} only with a modifier)` : '',
      k.names?.length ? `named: ${quote(examples(k.names, 8), k.names.length > 8)}` : '',
      k.modalities?.length ? `spelled out: ${quote(examples(k.modalities, 4), k.modalities.length > 4)}` : '',
      k.actions?.length ? `verbs: ${quote([...new Set(k.actions.flatMap((a) => a.verbs))], false)}${k.actions.some((a) => a.object) ? ' (with their object)' : ''}` : '',
    ].filter(Boolean).join(' <br>');
    const frame = k.frame ?? 'object';
    const when =
      frame === 'role' ? 'a role the peer takes: after “as” (“serve as …”) or “be/become … for/to someone”'
      : frame === 'mention' ? 'mentioned in a clause that is the peer’s work (any verb but a supportive one)'
      : k.verbs ? `governed by ${quote(k.verbs.slice(0, 10), k.verbs.length > 10)}` : 'governed by any verb but a supportive one (“conduct”, “complete”, “own”, …)';
    const modifiers = quote(examples(k.modifiers, 6), (k.modifiers?.length ?? 0) > 6);
    rows.push(`| ${[code(k.id), named, modifiers, when, k.instead].map(cell).join(' | ')} |`);
  }
  return rows.join('\n');
}

const APPLIES = { peer: 'peer postings', all: 'all postings' };

function rulesTable(rules, targetPath) {
  const rows = ['| rule | category | default severity | applies to | description |', '| --- | --- | --- | --- | --- |'];
  for (const { meta } of rules) {
    const link = relative(dirname(targetPath), join(root, meta.docs)).split(sep).join('/');
    rows.push(
      `| ${[`[${code(meta.id)}](${link})`, meta.category, meta.recommended === false ? `${meta.defaultSeverity} (opt-in: off by default)` : meta.defaultSeverity, APPLIES[meta.appliesTo] ?? meta.appliesTo, meta.description]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return rows.join('\n');
}

/** Replaces what lies between the markers; null when the markers are missing or out of order. */
function splice(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end, a + start.length);
  if (a < 0 || b < 0) return null;
  const note = '<!-- Generated by scripts/gen-docs.mjs: edit the source data, not this table. -->';
  return `${text.slice(0, a + start.length)}\n${note}\n\n${body}\n\n${text.slice(b)}`;
}

function writeAtomically(path, text) {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (error) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------
/** True when dist/index.js is missing or older than any source file that goes into it. */
function distIsStale() {
  const distIndex = join(root, 'dist/index.js');
  if (!existsSync(distIndex)) return true;
  const builtAt = statSync(distIndex).mtimeMs;
  const newer = (path) => {
    const st = statSync(path);
    if (st.isDirectory()) return readdirSync(path).some((name) => newer(join(path, name)));
    return st.mtimeMs > builtAt;
  };
  return ['src', 'rules', 'scripts/build.mjs', 'scripts/yaml-data.mjs', 'package.json'].some((p) => existsSync(join(root, p)) && newer(join(root, p)));
}

// Build only when needed, so a run next to other processes that read dist/ (tests) does not rewrite it.
if (forceBuild || (!noBuild && distIsStale())) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error('gen-docs: the build failed (node scripts/build.mjs)');
    process.exit(2);
  }
}
const distIndex = join(root, 'dist/index.js');
if (!existsSync(distIndex)) {
  console.error('gen-docs: dist/index.js is missing: run node scripts/build.mjs');
  process.exit(2);
}
const { builtinRules, configSchema } = await import(pathToFileURL(distIndex).href);

let stale = 0;
let failed = 0;
function update(path, name, body, required) {
  if (!existsSync(path)) {
    if (required) { console.error(`gen-docs: ${show(path)} does not exist`); failed++; }
    else console.warn(`gen-docs: warning: ${show(path)} does not exist; rules table not written`);
    return;
  }
  const before = readFileSync(path, 'utf8');
  const after = splice(before, name, body);
  if (after === null) {
    const msg = `${show(path)} has no <!-- ${name}:start --> / <!-- ${name}:end --> markers; left unchanged`;
    if (required) { console.error(`gen-docs: ${msg}`); failed++; }
    else console.warn(`gen-docs: warning: ${msg}`);
    return;
  }
  if (after === before) return;
  if (check) {
    console.error(`gen-docs: ${show(path)} is stale (its ${name} table differs): run node scripts/gen-docs.mjs`);
    stale++;
  } else {
    writeAtomically(path, after);
    console.log(`gen-docs: wrote ${show(path)}`);
  }
}

update(stigmaReadme, 'terms', termsTable(withWordLists(parse(readFileSync(termsPath, 'utf8')), parse(readFileSync(wordsPath, 'utf8')))), true);
update(lawsReadme, 'laws', lawsTable(parse(readFileSync(lawsPath, 'utf8'))), true);
{
  const lexicon = parse(readFileSync(activitiesPath, 'utf8'));
  for (const id of [...new Set(lexicon.kinds.map((k) => k.rule))]) update(join(root, 'rules', id, 'README.md'), 'activities', activitiesTable(lexicon, id), true);
}
update(rulesTarget, 'rules', rulesTable(builtinRules, rulesTarget), false);

/** Writes a whole generated file, or (with --check) counts it as stale when it would change. */
function generateFile(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  if (check) {
    console.error(`gen-docs: ${show(path)} is stale: run node scripts/gen-docs.mjs`);
    stale++;
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeAtomically(path, text);
    console.log(`gen-docs: wrote ${show(path)}`);
  }
}

// The whole schema file is generated; editors read it through "$schema".
generateFile(join(root, 'schema/config.schema.json'), `${JSON.stringify(configSchema(builtinRules), null, 2)}\n`);

// The JSON Lines schema repeats the definitions it uses from the report schema (no $ref to another file).
{
  const report = JSON.parse(readFileSync(join(root, 'schema/output.schema.json'), 'utf8'));
  const linePath = join(root, 'schema/output-line.schema.json');
  const line = JSON.parse(readFileSync(linePath, 'utf8'));
  line.definitions = Object.fromEntries(Object.keys(line.definitions).map((name) => [name, report.definitions[name]]));
  generateFile(linePath, `${JSON.stringify(line, null, 2)}\n`);
}
if (failed || stale) process.exit(1);
if (check) console.log('gen-docs: docs are up to date');
