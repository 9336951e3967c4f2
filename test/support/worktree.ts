import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname;

/**
 * Copies the repository as a clone would have it (tracked files and new files that are not ignored,
 * as they are in the work tree now; no node_modules, no dist), so install tests can build, pack and
 * commit without touching the dist/ that the other tests run.
 */
export function copyWorkTree(dest: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(dest, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted in the work tree, not yet committed
    }
  }
}

/** npm as a user runs it, quiet about audits and funding, preferring the local cache to the registry. */
export const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true', npm_config_update_notifier: 'false' };
