import { closeSync, fchmodSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  ENOSPC: 'no space left on the device',
};

/** A write that failed, named by the file it was meant for. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    super(`cannot write ${path}: ${REASONS[code] ?? (cause as Error).message}`);
    this.name = 'WriteError';
  }
}

/**
 * Writes a file so that readers see either the old file or the whole new one, never a part:
 * the data goes to a temporary file in the same folder (so the rename cannot cross file systems),
 * which is flushed and then renamed over the target. `abort()` (or any failure) removes the temporary file.
 */
export class AtomicFile {
  private fd: number | undefined;
  private constructor(
    readonly path: string,
    readonly tempPath: string,
  ) {
    // The target's mode is kept (a report made group-writable stays so); a new file gets 0644.
    let mode = 0o644;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      mode = stat.mode & 0o7777;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(path, error);
    }
    try {
      this.fd = openSync(tempPath, 'wx', mode);
      fchmodSync(this.fd, mode); // open() applies the umask
    } catch (error) {
      if (this.fd !== undefined) this.abort();
      throw new WriteError(path, error);
    }
    ACTIVE.add(this);
  }

  /** Opens a temporary file beside `path` (after removing those a killed run left there). */
  static open(path: string): AtomicFile {
    removeStaleTempFiles(path);
    return new AtomicFile(path, join(dirname(path), `.${basename(path)}.${process.pid}.${(process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex')}.tmp`));
  }

  write(data: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.path}: write after commit or abort`);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
    } catch (error) {
      this.abort();
      throw new WriteError(this.path, error);
    }
  }

  commit(): void {
    if (this.fd === undefined) throw new Error(`${this.path}: commit after commit or abort`);
    try {
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = undefined;
      renameSync(this.tempPath, this.path);
    } catch (error) {
      this.abort();
      throw new WriteError(this.path, error);
    }
    ACTIVE.delete(this);
  }

  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed or broken: the unlink below is what matters
      }
      this.fd = undefined;
    }
    try {
      unlinkSync(this.tempPath);
    } catch {
      // never created, or already renamed
    }
    ACTIVE.delete(this);
  }
}

/** Temporary files still open, removed if the process is interrupted (SIGINT/SIGTERM) or exits early. */
const ACTIVE = new Set<AtomicFile>();
let handlersInstalled = false;

/** Installs signal handlers that remove unfinished temporary files, then exit as the signal would. CLI only. */
export function cleanUpTempFilesOnSignals(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const file of [...ACTIVE]) file.abort();
      process.kill(process.pid, signal);
    });
  }
  process.once('exit', () => {
    for (const file of [...ACTIVE]) file.abort();
  });
}

/** Writes the whole file atomically in one go. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const file = AtomicFile.open(path);
  file.write(data);
  file.commit();
}

/**
 * Temporary files of `path` whose process is gone: a run killed with SIGKILL (or a power cut) cannot
 * clean up, so the next run that writes the same file does. A file of a live process is left alone.
 */
function removeStaleTempFiles(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // opening the file will say what is wrong with the folder
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || isAlive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dirname(path), name));
    } catch {
      // removed by someone else meanwhile
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}
