// A run's worker pool is started once, however many batches ask for it at the same moment (every batch
// of a run does, before the first has the pool). It once started a pool per batch: 16 files with
// --concurrency 2 ran 32 threads, each loading the NLP model (4 s and 1 GB instead of 0.6 s and 150 MB).
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BudgetedPool } from '../src/budget.ts';
import { ConfigResolver } from '../src/config/index.ts';

const root = new URL('..', import.meta.url).pathname;
let pool: BudgetedPool | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await pool?.destroy();
  pool = undefined;
});

describe('BudgetedPool', () => {
  it('starts one pool of workers for batches that ask at the same time', { timeout: 120_000 }, async () => {
    // Every batch runs on a piscina pool: the distinct pools that ran one are the pools started.
    const pools = new Set<unknown>();
    const run = Piscina.prototype.run;
    vi.spyOn(Piscina.prototype, 'run').mockImplementation(function (this: Piscina, ...args: Parameters<Piscina['run']>) {
      pools.add(this);
      return run.apply(this, args);
    });
    const path = join(root, 'fixtures', 'model-peer-support-specialist.md');
    const config = await new ConfigResolver({ config: false }).resolve(path);
    pool = new BudgetedPool(2);
    const results = await Promise.all(Array.from({ length: 6 }, () => pool!.lint([{ path, config }])));
    expect(results.map((r) => r.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(results.every(([r]) => r!.error === undefined)).toBe(true);
    expect(pools.size).toBe(1);
    await pool.lint([{ path, config }]); // and a later batch uses the same pool
    expect(pools.size).toBe(1);
  });
});
