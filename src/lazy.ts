import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A dependency loaded on first use, synchronously, so that a run that never needs it never pays for
 * loading it: a one-file lint starts in ~60 ms of Node plus what it loads (globbing, ignore files,
 * YAML, hashing each cost a few milliseconds). Such packages are required at run time from
 * node_modules, not bundled (scripts/build.mjs).
 */
export function lazy<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFromHere(id) as T);
}
