import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * What bin/peerlint.js hands the command-line bundle. The bin compiles the bundle from a V8 code
 * cache (vm.Script); on Node 20 code compiled that way cannot call import() without an experimental
 * flag, so the bin lends its own. It also lends its cached require, for other large CommonJS files
 * the run loads (compromise), and a way to let the heap grow once a run turns out long (`longRun`).
 * The library and worker threads use none of them.
 */
export interface Host {
  import: (specifier: string) => Promise<unknown>;
  requireCached: (file: string) => unknown;
  longRun: () => void;
}

let host: Partial<Host> = {};

export function useHost(given: Partial<Host>): void {
  host = given;
}

/** Imports an ES module or CommonJS file by path (a plugin). */
export async function importFile(path: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(path).href;
  return (await (host.import ? host.import(url) : import(url))) as Record<string, unknown>;
}

/** Requires a CommonJS file by absolute path, from the code cache when the bin lends one. */
export function requireFile(file: string): unknown {
  return host.requireCached ? host.requireCached(file) : createRequire(import.meta.url)(file);
}

/**
 * Says that this run is long (src/parallel.ts: LONG_RUN_FILES files or more): the bin then lets V8's
 * young generation grow (bin/peerlint.js says why it starts small). Nothing happens in the library.
 */
export function startingLongRun(): void {
  host.longRun?.();
}
