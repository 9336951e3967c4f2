import { expect } from 'vitest';

/**
 * Growth checks instead of clock limits: CI shares two cores, so "took < 5 s" flakes, while "4x the input
 * costs at most ~5x the time" holds on a slow or busy machine too. Each size is timed several times and
 * the fastest run is kept, which filters out pauses caused by other processes and by the garbage collector.
 */
export interface GrowthOptions {
  /** Input size of the small run (what `make` receives); the large run gets `size * factor`. */
  size: number;
  /** Default 4. */
  factor?: number;
  /** Timed runs per size; the fastest counts. Default 5. */
  repeats?: number;
}

/** A full collection before each timed run (vitest.config.ts passes --expose-gc), so no run pays for the garbage of the one before. */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * CPU time (user + system, in ms) rather than wall-clock time: on a shared machine a process waits
 * for a core for a share of any run, and a longer run is more likely to be descheduled, which made
 * wall-clock ratios swing from 4x to 15x for the same code. CPU time counts only the work done.
 */
function timed(run: () => void): number {
  collectGarbage();
  // This thread's CPU time where Node has it (23.9+): GC and compiler threads then do not count either.
  const cpu = (process as { threadCpuUsage?: (since?: NodeJS.CpuUsage) => NodeJS.CpuUsage }).threadCpuUsage?.bind(process) ?? process.cpuUsage.bind(process);
  const started = cpu();
  run();
  const { user, system } = cpu(started);
  return (user + system) / 1000;
}

/** How many times longer `run` takes on the large input than on the small one. */
export function growthRatio<T>(make: (size: number) => T, run: (input: T) => void, options: GrowthOptions): number {
  const { size, factor = 4, repeats = 5 } = options;
  const small = make(size);
  const large = make(size * factor);
  // Warm up on both sizes, twice: compile the code paths before timing them. A large input reaches
  // optimization tiers (and heap sizes) that the small one did not: a linear scan's first two large runs
  // took 3-5x as long as the later ones, enough to read as super-linear on a busy machine.
  for (let i = 0; i < 2; i++) {
    run(small);
    run(large);
  }
  // Small and large runs alternate, so a burst of load from other processes slows both sides alike.
  let smallTime = Infinity;
  let largeTime = Infinity;
  for (let i = 0; i < repeats; i++) {
    smallTime = Math.min(smallTime, timed(() => run(small)));
    largeTime = Math.min(largeTime, timed(() => run(large)));
  }
  // Below ~1 ms the timer's resolution dominates; such a small input says nothing about growth.
  return largeTime / Math.max(smallTime, 1);
}

/**
 * Asserts near-linear growth: 4x the input costs at most `maxRatio` (default 6) times the time. A ratio
 * over the bound is measured again, up to five times, and the lowest counts: load from other processes
 * (CI's two shared cores, the rest of the suite) pushed linear code to 6.4-7.4x three times in a row, while
 * quadratic code measures about 16x every time, so a real regression still fails every attempt.
 */
export function expectLinearGrowth<T>(make: (size: number) => T, run: (input: T) => void, options: GrowthOptions & { maxRatio?: number }): void {
  const maxRatio = options.maxRatio ?? 6;
  const ratios: number[] = [];
  do ratios.push(growthRatio(make, run, options));
  while (ratios.length < 5 && Math.min(...ratios) > maxRatio);
  const ratio = Math.min(...ratios);
  expect(ratio, `${options.factor ?? 4}x the input took ${ratios.map((r) => `${r.toFixed(1)}x`).join(', then ')} the time`).toBeLessThanOrEqual(maxRatio);
}
