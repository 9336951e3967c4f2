import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { requireFile } from '../host.ts';

/**
 * compromise's tagger ("compromise/two"), as built into dist/compromise.cjs: the same code with its
 * model precomputed at build time (scripts/build-compromise.mjs), which loads in a fifth of the time.
 * From the source tree (tests), compromise itself.
 */
export function loadCompromise(): unknown {
  const built = fileURLToPath(new URL('./compromise.cjs', import.meta.url));
  return existsSync(built) ? requireFile(built) : createRequire(import.meta.url)('compromise/two');
}
