// Start-up is counted work, not clock time: which modules a run loads, and whether the compiled
// code cache is written and used. Runs the built bin (npm test builds dist/ first).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWriter } from '../src/formatters/load.ts';
import { FORMAT_NAMES, writers } from '../src/formatters/index.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
let dir: string;
let cache: string;

// Preloaded into the bin: at exit, prints the packages required and the built-in modules loaded.
const RECORDER = `
const Module = require('node:module');
const required = new Set();
const load = Module._load;
Module._load = function (request, ...rest) { required.add(request); return load.call(this, request, ...rest); };
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  process.stderr.write('\\nLOADED ' + JSON.stringify({ required: [...required], builtins }) + '\\n');
});
`;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--require', join(dir, 'recorder.cjs'), bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE_COMPILE_CACHE: cache, ...env },
  });
  const line = /\nLOADED (.*)\n/.exec(result.stderr)?.[1];
  const loaded = line ? (JSON.parse(line) as { required: string[]; builtins: string[] }) : { required: [], builtins: [] };
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ...loaded };
}

/** Packages (not files of peerlint) a run required. */
const packages = (required: string[]) => required.filter((r) => !r.startsWith('.') && !r.startsWith('/') && !r.startsWith('node:'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-startup-'));
  cache = join(dir, 'compile-cache');
  writeFileSync(join(dir, 'recorder.cjs'), RECORDER);
  // A repository's package.json without a peerlint key, as nearly every one has.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'postings', private: true }));
  writeFileSync(join(dir, 'plain.md'), '# Registered Nurse\n\nYou will care for patients on a busy ward.\n\nPay: £28,000 per year.\n');
  writeFileSync(join(dir, 'peer.md'), '# Peer Support Specialist\n\nThe peer specialist will provide counseling to clients and complete assessments.\n\nPay: $20 to $24 an hour.\n');
  writeFileSync(join(dir, 'front.md'), '---\ntitle: Registered Nurse\n---\n\nYou will care for patients on a busy ward.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start-up loads only what the run needs', () => {
  it('a one-file lint loads no globbing, ignore, YAML, config loader or hashing', () => {
    const { code, required, builtins } = run(['plain.md', '--format', 'json']);
    expect(code).toBe(0);
    for (const name of ['tinyglobby', 'ignore', 'picomatch', 'yaml', 'cosmiconfig']) expect(packages(required), name).not.toContain(name);
    expect(builtins).not.toContain('crypto');
  });

  it('a one-file lint writing to a file loads no terminal or network module (colour is decided without them)', () => {
    const out = openSync(join(dir, 'out.txt'), 'w');
    const err = openSync(join(dir, 'err.txt'), 'w');
    try {
      spawnSync(process.execPath, ['--require', join(dir, 'recorder.cjs'), bin, 'plain.md'], { cwd: dir, stdio: ['ignore', out, err], env: { ...process.env, NODE_COMPILE_CACHE: cache } });
    } finally {
      closeSync(out);
      closeSync(err);
    }
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('1 file checked'); // it did lint
    const { builtins } = JSON.parse(/\nLOADED (.*)\n/.exec(readFileSync(join(dir, 'err.txt'), 'utf8'))![1]!) as { builtins: string[] };
    expect(builtins).not.toContain('tty');
    expect(builtins).not.toContain('net');
  });

  it('each of them loads when the run needs it', () => {
    expect(packages(run(['front.md', '--format', 'json']).required)).toContain('yaml');
    expect(packages(run(['.', '--format', 'json']).required)).toEqual(expect.arrayContaining(['tinyglobby', 'ignore']));
    expect(run(['plain.md', '--format', 'json', '--cache', '--cache-location', join(dir, 'lint-cache')]).builtins).toContain('crypto');
    writeFileSync(join(dir, '.peerlintrc.json'), JSON.stringify({ rules: { 'require-pay': 'warn' } }));
    try {
      expect(packages(run(['plain.md', '--format', 'json']).required)).toContain('cosmiconfig');
    } finally {
      rmSync(join(dir, '.peerlintrc.json'));
    }
  });

  it('the command line loads only the writer of its format; each format has one', async () => {
    for (const name of FORMAT_NAMES) expect(await loadWriter(name), name).toBe(writers[name]);
  });
});

describe('the compiled code cache', () => {
  const nodeHasOne = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it('is written by a lint and read by the next one', () => {
    rmSync(cache, { recursive: true, force: true });
    expect(run(['plain.md', '--format', 'json']).code).toBe(0);
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    if (nodeHasOne) return; // Node's own module.enableCompileCache() keeps it
    const again = run(['plain.md', '--format', 'json'], { PEERLINT_DEBUG_CACHE: '1' });
    expect(again.stderr).toContain('cache: used');
  });

  it("is saved again by the first run that loads compromise, so that it holds the clause reader's code", () => {
    if (nodeHasOne) return; // Node's own module.enableCompileCache() keeps it
    rmSync(cache, { recursive: true, force: true });
    const cliCacheSize = () => statSync(join(cache, readdirSync(cache).find((f) => f.startsWith('cli.cjs-'))!)).size;
    expect(run(['plain.md', '--format', 'json']).code).toBe(0);
    const before = cliCacheSize();
    const first = run(['peer.md', '--format', 'json'], { PEERLINT_DEBUG_CACHE: '1' });
    expect(first.stderr).toMatch(/cache: used\ncache: none/); // the command line's, then compromise's
    expect(cliCacheSize()).toBeGreaterThan(before);
    expect(run(['peer.md', '--format', 'json'], { PEERLINT_DEBUG_CACHE: '1' }).stderr).toMatch(/cache: used\ncache: used/);
  });

  it('is not written when turned off', () => {
    rmSync(cache, { recursive: true, force: true });
    expect(run(['plain.md', '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('gives the same report as a run without it', () => {
    const cached = run(['plain.md', 'front.md', '--format', 'json']);
    const uncached = run(['plain.md', 'front.md', '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(cached.stdout).toBe(uncached.stdout);
  });
});
