import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_RUN_FILES, MIN_FILES_PER_WORKER, lintPlanned, plannedThreads } from '../src/parallel.ts';
import { useHost } from '../src/host.ts';
import { runJob } from '../src/job.ts';
import { ConfigResolver, lintOptionsFor } from '../src/config/index.ts';
import { builtinRules } from '../rules/index.ts';
import { lintFile } from '../src/lint.ts';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
let dir: string;

function peerlint(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-parallel-'));
  const fixtures = readdirSync(join(root, 'fixtures'), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  // 10 copies of every fixture, in nested folders, so both threads get work of every kind.
  for (let copy = 0; copy < 10; copy++) {
    mkdirSync(join(dir, 'postings', `batch-${copy}`), { recursive: true });
    for (const name of fixtures) copyFileSync(join(root, 'fixtures', name), join(dir, 'postings', `batch-${copy}`, name));
  }
  writeFileSync(join(dir, 'postings', 'batch-3', 'empty.md'), '');
  writeFileSync(join(dir, 'postings', 'batch-7', 'binary.md'), Buffer.from([0x23, 0x00]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--concurrency', () => {
  it('two worker threads give exactly the output of one thread, bad files included', { timeout: 120_000 }, () => {
    const one = peerlint(['postings', 'missing.md', '--format', 'json', '--concurrency', '1']);
    const two = peerlint(['postings', 'missing.md', '--format', 'json', '--concurrency', '2']);
    expect(two.code).toBe(2);
    expect(one.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const report = JSON.parse(two.stdout);
    const fixtureFiles = readdirSync(join(root, 'fixtures'), { withFileTypes: true }).filter((e) => e.isFile()).length;
    expect(report.summary.files).toBe(10 * fixtureFiles + 3); // + empty, binary, missing
    expect(report.summary.fileErrors).toBe(3);
    expect(report.summary.errors).toBeGreaterThan(0);
  });
  it('the stylish output is the same too', { timeout: 120_000 }, () => {
    expect(peerlint(['postings', '--concurrency', '2']).stdout).toBe(peerlint(['postings', '--concurrency', '1']).stdout);
  });
  it.each(['0', '-1', 'two', '1.5'])('refuses %s threads', (n) => {
    const { code, stderr } = peerlint(['postings', '--concurrency', n]);
    expect(code).toBe(2);
    expect(stderr).toContain('expected a whole number of threads');
  });
});

describe('plannedThreads', () => {
  it('lints in this thread when there are too few files to pay for starting workers', () => {
    expect(plannedThreads(2 * MIN_FILES_PER_WORKER - 1, 2)).toBe(1);
    expect(plannedThreads(1_000, 1)).toBe(1);
  });
  it('uses up to the requested number of threads, as the file count allows', () => {
    expect(plannedThreads(2 * MIN_FILES_PER_WORKER, 2)).toBe(2);
    expect(plannedThreads(3 * MIN_FILES_PER_WORKER, 8)).toBe(3);
    expect(plannedThreads(10_000, 4)).toBe(4);
  });
});

describe('lint jobs are plain data', () => {
  it('survive structured cloning and give the same result as lintFile', { timeout: 120_000 }, async () => {
    const path = join(root, 'fixtures', 'drifted-recovery-coach.md');
    const resolver = new ConfigResolver({ config: false, role: 'peer', rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'warn'])) });
    const config = await resolver.resolve(path);
    const job = structuredClone({ path, config, maxBytes: 100_000 });
    const result = await runJob(job);
    expect(result).toEqual(lintFile(path, { ...(await lintOptionsFor(config)), maxBytes: 100_000 }));
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
  });
  it('a job whose rules cannot be built fails only that file', async () => {
    const config = await new ConfigResolver({ config: false }).resolve('x.md');
    const result = await runJob({ path: 'x.md', config: { ...config, rules: { 'no-such-rule': ['error', {}] } } });
    expect(result.error).toMatch(/no-such-rule/);
  });
});

describe('a long run lets the heap grow (host.longRun)', () => {
  async function longRunCalls(files: number): Promise<number> {
    let calls = 0;
    useHost({ longRun: () => void calls++ });
    try {
      const config = await new ConfigResolver({ config: false }).resolve('x.md');
      const planned = Array.from({ length: files }, (_, i) => ({ job: { path: `p${i}.md`, input: new Uint8Array(), config } }));
      let results = 0;
      await lintPlanned(planned, 1, () => void results++);
      expect(results).toBe(files);
    } finally {
      useHost({});
    }
    return calls;
  }

  it('is told once from LONG_RUN_FILES files, and not below', { timeout: 120_000 }, async () => {
    expect(await longRunCalls(LONG_RUN_FILES - 1)).toBe(0);
    expect(await longRunCalls(LONG_RUN_FILES)).toBe(1);
  });

  it('keeps the code cache valid: the bin restores the flags it loaded with before the cache is saved', { timeout: 120_000 }, () => {
    const folder = join(dir, 'long-run');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < LONG_RUN_FILES; i++) writeFileSync(join(folder, `p${i}.md`), `# Peer Support Specialist ${i}\n\nPay: $20 to $24 an hour.\n`);
    const cache = mkdtempSync(join(tmpdir(), 'peerlint-cache-'));
    const env = { ...process.env, NODE_COMPILE_CACHE: cache, PEERLINT_DEBUG_CACHE: '1' };
    const run = () => spawnSync(process.execPath, [bin, 'long-run', '--concurrency', '1'], { cwd: dir, encoding: 'utf8', env, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const first = run();
      const second = run();
      expect([0, 1]).toContain(first.status); // linted, with or without errors
      // Node 22+ keeps its own compile cache and prints nothing here; on Node 20 the bin's cache speaks.
      if (first.stderr.includes('cache:')) {
        expect(first.stderr).toContain('cache: none');
        expect(second.stderr).toContain('cache: used');
      }
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
