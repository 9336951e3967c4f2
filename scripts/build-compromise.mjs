// Builds dist/compromise.cjs: compromise's "two" (the part-of-speech tagger peerlint's clause checks
// use) with its model precomputed. Loading compromise spends ~0.25 s building that model (unpacking and
// conjugating a 14,000-word lexicon, merging plugin models, tag sets): the same data on every run. Here
// it is built once, at build time, by compromise itself, and shipped as JSON: the bundle is compromise's
// own code with the modules that compute the model replaced by empty ones, and the model parsed from the
// JSON instead. test/compromise-build.test.ts checks the model and the tags against compromise's.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const MODEL_FILE = 'compromise-model.json';

/** Modules whose only job is to compute model data (imported by their plugin.js alone). */
const MODEL_MODULES = /[\\/]compromise[\\/]src[\\/]2-two[\\/](?:preTagger[\\/](?:model|tagSet)|postTagger[\\/]model)[\\/]index\.js$/;

/**
 * The model as JSON, with what JSON cannot hold put back by path: regular expressions, and properties
 * that are present but undefined. Anything else that is not plain data stops the build.
 */
export function serializeModel(model) {
  const specials = [];
  const check = (value, path) => {
    if (value instanceof RegExp) {
      specials.push([path, value.source, value.flags]);
      return;
    }
    if (value === undefined && path.length > 0 && typeof path[path.length - 1] === 'string') {
      specials.push([path]);
      return;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`compromise model: ${path.join('.')} is ${value}, which JSON cannot hold`);
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
    throw new Error(`compromise model: ${path.join('.')} is not plain data (${typeof value})`);
  };
  check(model, []);
  // Placeholders (null) keep each key where it was: key order is iteration order.
  const json = JSON.stringify(model, (_key, value) => (value instanceof RegExp || value === undefined ? null : value));
  return { json, specials };
}

/** Writes `outfile` (the bundle) and, beside it, `compromise-model.json` (the model it reads), with esbuild's `build`. */
export async function buildCompromise(outfile, build) {
  const nlp = require('compromise/two');
  const { json, specials } = serializeModel(nlp.world().model);
  // The model is a file of its own: JSON.parse reads it faster than V8 compiles it as a string literal.
  writeFileSync(join(dirname(outfile), MODEL_FILE), json);
  const entry = `
import nlp from 'compromise/two';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const model = nlp.world().model;
for (const key of Object.keys(model)) delete model[key];
Object.assign(model, JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(MODEL_FILE)}), 'utf8')));
for (const [path, source, flags] of ${JSON.stringify(specials)}) {
  let at = model;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path[path.length - 1]] = source === undefined ? undefined : new RegExp(source, flags);
}
module.exports = nlp;
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
        name: 'compromise-model-stubs',
        setup(b) {
          let stubbed = 0;
          b.onLoad({ filter: MODEL_MODULES }, () => {
            stubbed++;
            return { contents: 'export default {}', loader: 'js' };
          });
          b.onEnd(() => {
            if (stubbed !== 3) throw new Error(`compromise: expected to replace 3 model modules, replaced ${stubbed} (did its layout change?)`);
          });
        },
      },
    ],
  });
}
