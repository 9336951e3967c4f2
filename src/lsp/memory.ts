import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A lint leaves only garbage behind (the live heap stays ~10-20 MB), but V8 runs its first full
 * collection only when the old generation reaches its initial limit, so a server that lints on every
 * keystroke grows to 140-160 MB of resident memory, most of it dead. A full collection when editing
 * pauses (and every `every` lints while it does not) keeps it near 100 MB for ~10 ms each time.
 * `--expose-gc` set at run time gives new contexts a `gc` function; without it nothing changes.
 */
export function idleCollector(every = 200, idleMs = 1000): () => void {
  let gc: (() => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
  let lints = 0;
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (++lints % every === 0) gc!();
    clearTimeout(timer);
    timer = setTimeout(gc!, idleMs).unref();
  };
}
