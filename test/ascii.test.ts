// scripts/ascii.mjs rewrites the command line's bundle as ASCII; the rewritten code must mean the same.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../scripts/ascii.mjs';

const evaluate = (code: string) => runInNewContext(code) as unknown;

describe('the ASCII bundle', () => {
  it('keeps the values of strings, patterns, String.raw templates and untagged templates', async () => {
    const code = [
      '// a comment with ’curly’ quotes',
      'const word = "don’t";',
      'const pattern = /[\'’]s\\b/;',
      'const unicode = /[’🪦]/u;',
      'const raw = String.raw`\\bpeer[\'’]s${"-"}role’`;',
      'const plain = `it’s ${word}`;',
      'const ident’ = 1;'.replace('’', 'é'),
      '[word, pattern.test("peer’s x"), unicode.test("🪦"), raw, new RegExp(raw).test("peer’s-role’"), plain]',
    ].join('\n');
    const ascii = await asciiSource(code);
    expect(ascii).toBeDefined();
    expect(/[^\x00-\x7f]/.test(ascii!)).toBe(false);
    expect(evaluate(ascii!)).toEqual(evaluate(code));
  });

  it('leaves a bundle alone when another tag holds such a character (its strings array would change)', async () => {
    expect(await asciiSource('const tag = (s) => s.raw[0]; tag`it’s`;')).toBeUndefined();
  });

  it('is what the build writes as dist/cli.cjs', () => {
    const bundle = readFileSync(new URL('../dist/cli.cjs', import.meta.url), 'utf8');
    expect(bundle.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  });
});
