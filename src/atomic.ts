import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
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
    try {
      this.fd = openSync(tempPath, 'wx', 0o644);
    } catch (error) {
      throw new WriteError(path, error);
    }
    ACTIVE.add(this);
  }

  static open(path: string): AtomicFile {
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
