import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { SEARCH_PLACES } from '../config/files.ts';
import { IGNORE_FILE } from '../files.ts';

/** Globs of the files whose change can change a posting's configuration (for the client's file watcher). */
export const CONFIG_GLOBS = ['**/package.json', '**/.peerlintrc', '**/.peerlintrc.*', '**/peerlint.config.*', `**/${IGNORE_FILE}`];

/** A config file by its name (what the search looks for), or the ignore file. */
export function isConfigFileName(path: string): boolean {
  const name = basename(path);
  return SEARCH_PLACES.includes(name) || name.startsWith('.peerlintrc') || name.startsWith('peerlint.config.') || name === IGNORE_FILE;
}

/**
 * For clients that cannot watch files for the server: watches the folders from each open posting's
 * folder up to the root (where its configuration is searched for), one non-recursive watch each, and
 * calls `onChange` when a config file in one of them is written, created or removed.
 */
export class ConfigFolderWatcher {
  private readonly watchers = new Map<string, FSWatcher | undefined>();

  constructor(private readonly onChange: () => void) {}

  watchAbove(path: string): void {
    for (let dir = dirname(path); !this.watchers.has(dir); dir = dirname(dir)) {
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(dir, { persistent: false }, (_event, name) => {
          // YAML files too: a config's `extends` often names one beside it.
          if (name && (isConfigFileName(String(name)) || /\.ya?ml$/.test(String(name)))) this.onChange();
        });
        watcher.on('error', () => watcher?.close()); // the folder went away: its config went with it
      } catch {
        // An unreadable folder holds no config peerlint could read either.
      }
      this.watchers.set(dir, watcher);
      if (dirname(dir) === dir) break;
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher?.close();
    this.watchers.clear();
  }
}
