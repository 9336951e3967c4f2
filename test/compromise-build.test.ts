// dist/compromise.cjs (scripts/build-compromise.mjs) is compromise with its model and tagging net
// precomputed: it must hold the same model and tag every sentence as compromise does. Built here into a temporary folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompromise } from '../scripts/build-compromise.mjs';

type Nlp = ((text: string) => { json(options: object): Array<{ terms: Array<Record<string, unknown>> }> }) & {
  world(): { model: unknown; methods: { one: { buildNet: unknown } } };
};
const require = createRequire(import.meta.url);
let dir: string;
let built: Nlp;
const stock = require('compromise/two') as Nlp;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-compromise-'));
  await buildCompromise(join(dir, 'compromise.cjs'), build);
  built = require(join(dir, 'compromise.cjs')) as Nlp;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What src/nlp/nlp.ts reads of each word. */
const tagged = (nlp: Nlp, text: string) =>
  nlp(text)
    .json({ offset: true, terms: { offset: true } })
    .map((s) => s.terms.map(({ text: t, normal, tags, offset, pre, post }) => ({ t, normal, tags, offset, pre, post })));

/** The model as text; the lexicon's words in sorted order (the built one finds them by binary search in that order). */
const modelText = (nlp: Nlp) =>
  JSON.stringify(nlp.world().model, function (this: unknown, key, value: unknown) {
    if (key === 'lexicon' && value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((word) => [word, (value as Record<string, unknown>)[word]]));
    return value instanceof RegExp ? `/${value.source}/${value.flags}` : value instanceof Set ? [...value] : value === undefined ? '(undefined)' : value;
  });

describe('compromise with a precomputed model', () => {
  it('has the model compromise builds, key for key and in the same order', () => {
    expect(modelText(built)).toBe(modelText(stock));
  });

  it('answers lexicon look-ups as a plain object does, and keeps words added to it', () => {
    const lexicon = (built.world().model as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    const stockLexicon = (stock.world().model as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    for (const word of ['walk', 'walked', 'therapist', 'a lot', ':-|', 'zzzz-not-a-word', 'constructor', 'hasOwnProperty', 'toString', '__proto__']) {
      expect(Object.prototype.hasOwnProperty.call(lexicon, word), word).toBe(Object.prototype.hasOwnProperty.call(stockLexicon, word));
      expect(lexicon.hasOwnProperty(word), word).toBe(stockLexicon.hasOwnProperty(word));
      expect(lexicon[word], word).toEqual(stockLexicon[word]);
      expect(word in lexicon, word).toBe(word in stockLexicon);
    }
    lexicon['peerlint-test-word'] = 'Noun';
    expect(lexicon['peerlint-test-word']).toBe('Noun');
    expect(Object.keys(lexicon)).toContain('peerlint-test-word');
    delete lexicon['peerlint-test-word'];
    expect(lexicon.hasOwnProperty('peerlint-test-word')).toBe(false);
  });

  it('reads its tagging net from its file instead of building it on the first sentence', () => {
    const file = join(dir, 'compromise.cjs');
    delete require.cache[file];
    const fresh = require(file) as Nlp;
    fresh.world().methods.one.buildNet = () => {
      throw new Error('the net was built at run time');
    };
    const sentence = 'Peers do not diagnose; they refer participants to clinical staff for assessment.';
    expect(tagged(fresh, sentence)).toEqual(tagged(stock, sentence));
  });

  it('tags every line of the fixtures as compromise does', () => {
    const fixtures = new URL('../fixtures/', import.meta.url);
    let lines = 0;
    for (const name of readdirSync(fixtures).filter((n) => /\.(?:md|txt)$/.test(n))) {
      for (const line of readFileSync(new URL(name, fixtures), 'utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        lines++;
        expect(tagged(built, line), line).toEqual(tagged(stock, line));
      }
    }
    expect(lines).toBeGreaterThan(50);
  });

  it('tags generated sentences as compromise does', () => {
    const words = ['peers', 'do', 'not', "don't", 'diagnose', 'provide', 'therapy', 'counseling', 'assessments', 'the', 'clinician', 'completes', 'will', 'help', 'participants', 'write', 'their', 'own', 'wellness', 'plans', 'carry', 'a', 'caseload', 'of', '30', 'clients', 'and', 'or', ',', ';', 'refer', 'to', 'clinical', 'staff', 'for', "isn't", 'Dr.', 'Smith', 'on', 'Monday', '$20/hour', 'running', 'ran', 'better', 'best'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 20 }), (ws) => {
        const text = ws.join(' ');
        expect(tagged(built, text)).toEqual(tagged(stock, text));
      }),
      { seed: 20_240_606, numRuns: 200 },
    );
  });
});
