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

const modelText = (nlp: Nlp) => JSON.stringify(nlp.world().model, (_key, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value === undefined ? '(undefined)' : value));

describe('compromise with a precomputed model', () => {
  it('has the model compromise builds, key for key and in the same order', () => {
    expect(modelText(built)).toBe(modelText(stock));
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
