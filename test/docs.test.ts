import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../src/index.ts';
import terms from '../rules/no-stigmatizing-language/terms.yaml';

// Docs must not drift from the rules: each rule has its page, and the generated tables match their data.
const root = fileURLToPath(new URL('..', import.meta.url));
const genDocs = join(root, 'scripts/gen-docs.mjs');
const stigmaReadme = join(root, 'rules/no-stigmatizing-language/README.md');
const topReadme = join(root, 'README.md');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [genDocs, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, or null without both markers. */
function generated(text: string, name: string): string | null {
  const start = text.indexOf(`<!-- ${name}:start -->`);
  const end = text.indexOf(`<!-- ${name}:end -->`, start);
  return start < 0 || end < 0 ? null : text.slice(start, end);
}

/** The first cell of each data row of the Markdown table(s) in a section. */
function firstCells(section: string): string[] {
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(?:id|rule)\s*\|/.test(line) && !/^\|\s*-+/.test(line))
    .map((line) => line.split('|')[1]!.trim());
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-docs-'));
  if (!existsSync(join(root, 'dist/index.js'))) {
    const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stderr}`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generated docs', () => {
  it('are up to date (node scripts/gen-docs.mjs --check exits 0)', () => {
    const { code, stdout, stderr } = run(['--check']);
    const problems = stderr.split('\n').filter((line) => line.trim() && !line.startsWith('gen-docs: warning:'));
    expect(problems, 'run node scripts/gen-docs.mjs to regenerate the docs').toEqual([]);
    expect(code, stdout + stderr).toBe(0);
  }, 60_000);

  it('--check reports a stale rules table and leaves a file without markers alone', () => {
    const stale = join(dir, 'STALE.md');
    writeFileSync(stale, '# x\n\n<!-- rules:start -->\n| old |\n<!-- rules:end -->\n');
    const staleRun = run(['--check', '--no-build', stale]);
    expect(staleRun.code).toBe(1);
    expect(staleRun.stderr).toContain('STALE.md is stale');
    expect(readFileSync(stale, 'utf8')).toContain('| old |');

    const plain = join(dir, 'PLAIN.md');
    writeFileSync(plain, '# no markers here\n');
    const plainRun = run(['--check', '--no-build', plain]);
    expect(plainRun.stderr).toMatch(/warning: .*PLAIN\.md has no <!-- rules:start -->/);
    expect(plainRun.stderr).not.toContain('PLAIN.md is stale');
    expect(readFileSync(plain, 'utf8')).toBe('# no markers here\n');
  }, 60_000);
});

describe('rule docs pages', () => {
  it('there are built-in rules to check', () => {
    expect(builtinRules.length).toBeGreaterThan(0);
  });

  for (const rule of builtinRules) {
    const { id, docs } = rule.meta;
    it(`${id}: ${docs} exists and starts with "# ${id}"`, () => {
      const path = join(root, docs);
      expect(existsSync(path), `missing docs page ${docs}`).toBe(true);
      const first = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
      expect(first).toBe(`# ${id}`);
    });
  }
});

describe('no-stigmatizing-language word table', () => {
  const ids = (terms as Array<{ id: string }>).map((entry) => entry.id);

  it('terms.yaml has entries', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it('lists every terms.yaml entry, and nothing else, between the markers', () => {
    const section = generated(readFileSync(stigmaReadme, 'utf8'), 'terms');
    expect(section, 'rules/no-stigmatizing-language/README.md needs <!-- terms:start --> / <!-- terms:end -->').not.toBeNull();
    const listed = firstCells(section!).map((cell) => cell.replace(/^`|`$/g, ''));
    for (const id of ids) expect(listed, `terms.yaml entry "${id}" is missing from the table`).toContain(id);
    expect(listed).toHaveLength(ids.length);
  });
});

describe('top-level README rules table', () => {
  it('lists every built-in rule with a link to its docs page', (ctx) => {
    const text = existsSync(topReadme) ? readFileSync(topReadme, 'utf8') : '';
    const section = generated(text, 'rules');
    if (section === null) ctx.skip('README.md has no <!-- rules:start --> / <!-- rules:end --> markers yet');
    const rows = firstCells(section!);
    expect(rows).toHaveLength(builtinRules.length);
    for (const { meta } of builtinRules) {
      expect(rows, `README rules table lacks ${meta.id}`).toContain(`[\`${meta.id}\`](${meta.docs})`);
    }
  });
});
