// Builds dist/compromise.cjs: compromise's "two" (the part-of-speech tagger peerlint's clause checks
// use) with its data precomputed. Loading compromise spends ~0.25 s building its model (unpacking and
// conjugating a 14,000-word lexicon, merging plugin models, tag sets), and its first sentence another
// ~30 ms compiling its 570 tagging patterns into a net: the same data on every run. Here both are built
// once, at build time, by compromise itself, and shipped as JSON: the bundle is compromise's own code with
// the modules that compute the model replaced by empty ones, the model parsed from the JSON instead, and
// the net read from its JSON on the first sentence. test/compromise-build.test.ts checks the model, the
// net and the tags against compromise's.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIRST_CODE, WORD_SEPARATOR } from './compromise-runtime.mjs';

const require = createRequire(import.meta.url);

export const MODEL_FILE = 'compromise-model.json';
export const NET_FILE = 'compromise-net.json';
export const LEXICON_FILE = 'compromise-lexicon.json';

/** Modules whose only job is to compute model data (imported by their plugin.js alone). */
const MODEL_MODULES = /[\\/]compromise[\\/]src[\\/]2-two[\\/](?:preTagger[\\/](?:model|tagSet)|postTagger[\\/]model)[\\/]index\.js$/;
/** The module that builds the tagging net on the first sentence (postTagger). */
const NET_MODULE = /[\\/]compromise[\\/]src[\\/]2-two[\\/]postTagger[\\/]compute[\\/]index\.js$/;
const BUILD_NET = 'methods.one.buildNet(model.two.matches, world)';
const RUNTIME = fileURLToPath(new URL('./compromise-runtime.mjs', import.meta.url));

/**
 * Data as JSON, with what JSON cannot hold put back by path (revive in scripts/compromise-runtime.mjs): regular
 * expressions, sets, and properties that are present but undefined. Anything else that is not plain
 * data stops the build.
 */
export function serializeData(data) {
  const specials = [];
  const check = (value, path) => {
    if (value instanceof RegExp) {
      specials.push(['regexp', path, value.source, value.flags]);
      return;
    }
    if (value instanceof Set) {
      const items = [...value];
      if (!items.every((item) => typeof item === 'string')) throw new Error(`compromise data: ${path.join('.')} is a set of something other than strings`);
      specials.push(['set', path, items]);
      return;
    }
    if (value === undefined && path.length > 0 && typeof path[path.length - 1] === 'string') {
      specials.push(['undefined', path]);
      return;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`compromise data: ${path.join('.')} is ${value}, which JSON cannot hold`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => check(item, [...path, i]));
      return;
    }
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      for (const [key, item] of Object.entries(value)) check(item, [...path, key]);
      return;
    }
    throw new Error(`compromise data: ${path.join('.')} is not plain data (${typeof value})`);
  };
  check(data, []);
  // Placeholders (null) keep each key where it was: key order is iteration order.
  const json = JSON.stringify(data, (_key, value) => (value instanceof RegExp || value instanceof Set || value === undefined ? null : value));
  return { json, specials };
}

/**
 * compromise's tagging net ({ hooks: word -> patterns, always: patterns }) as data: a pattern listed
 * under several words is written once and referred to by its index, as the net shares it.
 */
export function netData(net) {
  const patterns = [];
  const index = new Map();
  const ref = (pattern) => {
    if (!index.has(pattern)) index.set(pattern, patterns.push(pattern) - 1);
    return index.get(pattern);
  };
  const hooks = {};
  for (const [word, list] of Object.entries(net.hooks)) hooks[word] = list.map(ref);
  return { patterns, hooks, always: net.always.map(ref) };
}

/** The lexicon as scripts/compromise-runtime.mjs (sortedLexicon) reads it: sorted words, distinct tags, a tag index per word. */
export function lexiconData(lexicon) {
  const words = Object.keys(lexicon).sort();
  const tags = [];
  const tagIndex = new Map();
  let codes = '';
  for (const word of words) {
    if (word.includes(WORD_SEPARATOR)) throw new Error(`compromise lexicon: ${JSON.stringify(word)} holds the word separator`);
    const tag = lexicon[word];
    const key = JSON.stringify(tag);
    if (!tagIndex.has(key)) tagIndex.set(key, tags.push(tag) - 1);
    codes += String.fromCharCode(FIRST_CODE + tagIndex.get(key));
  }
  return { words: words.join(WORD_SEPARATOR), tags, codes };
}

/** The net compromise builds on its first sentence, built from a copy of its patterns (building parses them in place). */
export function buildNet(nlp) {
  const world = nlp.world();
  return world.methods.one.buildNet(structuredClone(world.model.two.matches), world);
}

/** Writes `outfile` (the bundle) and, beside it, the model, lexicon and net files it reads, with esbuild's `build`. */
export async function buildCompromise(outfile, build) {
  const nlp = require('compromise/two');
  const { one } = nlp.world().model;
  if (!one.lexicon) throw new Error('compromise: the model has no lexicon (did its layout change?)');
  // The model without its lexicon (a placeholder keeps the key's place), the lexicon apart.
  const model = serializeData({ ...nlp.world().model, one: Object.fromEntries(Object.entries(one).map(([key, value]) => [key, key === 'lexicon' ? null : value])) });
  const net = serializeData(netData(buildNet(nlp)));
  // Files of their own: JSON.parse reads them faster than V8 compiles them as string literals.
  writeFileSync(join(dirname(outfile), MODEL_FILE), model.json);
  writeFileSync(join(dirname(outfile), LEXICON_FILE), JSON.stringify(lexiconData(one.lexicon)));
  writeFileSync(join(dirname(outfile), NET_FILE), net.json);
  const entry = `
import nlp from 'compromise/two';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { revive, sortedLexicon } from ${JSON.stringify(RUNTIME)};
const model = nlp.world().model;
for (const key of Object.keys(model)) delete model[key];
Object.assign(model, revive(JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(MODEL_FILE)}), 'utf8')), ${JSON.stringify(model.specials)}));
model.one.lexicon = sortedLexicon(JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(LEXICON_FILE)}), 'utf8')));
module.exports = nlp;
`;
  // In place of building the net: the net read from its file, patterns shared as compromise shares them.
  const prebuiltNet = `
import { readFileSync as readNetFile } from 'node:fs';
import { join as joinNetPath } from 'node:path';
import { revive as reviveNet } from ${JSON.stringify(RUNTIME)};
const prebuiltNet = () => {
  const { patterns, hooks, always } = reviveNet(JSON.parse(readNetFile(joinNetPath(__dirname, ${JSON.stringify(NET_FILE)}), 'utf8')), ${JSON.stringify(net.specials)});
  for (const word of Object.keys(hooks)) hooks[word] = hooks[word].map((i) => patterns[i]);
  return { hooks, always: always.map((i) => patterns[i]) };
};
`;
  await build({
    stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'compromise-entry.js', loader: 'js' },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // compromise's own source (its package's "import" condition), not its prebuilt bundle.
    conditions: ['import'],
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        name: 'compromise-precomputed',
        setup(b) {
          let stubbed = 0;
          b.onLoad({ filter: MODEL_MODULES }, () => {
            stubbed++;
            return { contents: 'export default {}', loader: 'js' };
          });
          let netPatched = false;
          b.onLoad({ filter: NET_MODULE }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes(BUILD_NET)) throw new Error(`compromise: ${args.path} no longer calls ${BUILD_NET} (did its layout change?)`);
            netPatched = true;
            return { contents: prebuiltNet + source.replace(BUILD_NET, 'prebuiltNet()'), loader: 'js', resolveDir: dirname(args.path) };
          });
          b.onEnd(() => {
            if (stubbed !== 3) throw new Error(`compromise: expected to replace 3 model modules, replaced ${stubbed} (did its layout change?)`);
            if (!netPatched) throw new Error('compromise: the module that builds the tagging net was not found (did its layout change?)');
          });
        },
      },
    ],
  });
}
