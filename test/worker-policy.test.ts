// The default worker policy (src/worker-policy.ts): workers only where they are expected to win.
import { describe, expect, it } from 'vitest';
import { autoThreads, oneThreadMs, WORKER_START_MS } from '../src/worker-policy.ts';

const posting = 2_500; // bytes: the corpus average
const idle = (cores: number) => ({ cores, load: 0 });

describe('the default number of threads', () => {
  it('is one on two cores for every run size benchmarked (1 to 5,000 postings)', () => {
    for (const files of [1, 16, 100, 1_000, 5_000]) expect(autoThreads(files, files * posting, idle(2)), `${files} files`).toBe(1);
  });

  it('uses workers on two idle cores only for very large runs', () => {
    expect(autoThreads(50_000, 50_000 * posting, idle(2))).toBe(2);
  });

  it('uses workers on four cores and more from about a thousand postings', () => {
    expect(autoThreads(100, 100 * posting, idle(4))).toBe(1);
    expect(autoThreads(2_000, 2_000 * posting, idle(4))).toBeGreaterThan(1);
    expect(autoThreads(5_000, 5_000 * posting, idle(8))).toBeGreaterThan(2);
  });

  it('is one when other processes keep the cores busy', () => {
    expect(autoThreads(50_000, 50_000 * posting, { cores: 2, load: 1 })).toBe(1);
    expect(autoThreads(5_000, 5_000 * posting, { cores: 8, load: 7.5 })).toBe(1);
  });

  it('never asks for more threads than allowed, or than there are files', () => {
    expect(autoThreads(100_000, 100_000 * posting, idle(16), 4)).toBeLessThanOrEqual(4);
    expect(autoThreads(3, 3 * 10_000_000, idle(16))).toBeLessThanOrEqual(3);
  });

  it('expects workers to save at least their start and a fifth of the time', () => {
    for (const cores of [2, 4, 8, 16]) {
      for (const files of [10, 300, 3_000, 30_000]) {
        const threads = autoThreads(files, files * posting, idle(cores));
        if (threads > 1) expect(oneThreadMs(files, files * posting)).toBeGreaterThan(WORKER_START_MS / 0.2);
      }
    }
  });
});
