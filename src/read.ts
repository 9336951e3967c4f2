import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.ts';

/** Files larger than this are refused rather than read; a posting is a few KB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes: UTF-8 (BOM removed) or UTF-16 with a BOM; refuses binary and invalid UTF-8. */
export function decode(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) throw new InputError(path, `binary file (NUL byte at offset ${nul}); peerlint reads Markdown and plain text`);
  try {
    return utf8.decode(body);
  } catch {
    throw new InputError(path, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(body)}); save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links (a link loop)',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENXIO: 'not a regular file (a socket or device)',
  EMFILE: 'too many open files',
};

/** "10 MB" for 10485760, "512 bytes" for 512: limits are shown as people write them. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GB', 1024 ** 3], ['MB', 1024 ** 2], ['KB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** Parses a size such as `1048576`, `500KB`, `10MB`, `1.5 GB` (1 KB = 1024 bytes); undefined if malformed. */
export function parseByteSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|bytes?|kb?|kib|mb?|mib|gb?|gib)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const bytes = Math.floor(Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1));
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** "cannot read: permission denied": a file-system error in words, without the errno jargon. */
export function cannotReadReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return `cannot read: ${REASONS[code] ?? (error as Error).message}`;
}

function cannotRead(path: string, error: unknown): InputError {
  return new InputError(path, cannotReadReason(error));
}

/** "file is 50 MB (52428800 bytes), over the 10 MB size limit (...)". */
export function oversizeProblem(what: 'file' | 'input', size: number, maxBytes: number): string {
  const shown = size >= 1024 ? `${formatBytes(size)} (${size} bytes)` : formatBytes(size);
  return `${what} is ${shown}, over the ${formatBytes(maxBytes)} size limit (set it with --max-file-size)`;
}

export function readPosting(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  return decode(readPostingBytes(path, maxBytes), path);
}

/**
 * Reads a posting's bytes (for decode, or for hashing first, as the cache does), refusing before
 * reading anything that is not a regular file or is over the size limit. `path` names the file in
 * errors; `readFrom` is where it is read (default: `path`). O_NONBLOCK keeps open() from waiting
 * forever on a FIFO; it changes nothing for a regular file.
 */
export function readPostingBytes(path: string, maxBytes = DEFAULT_MAX_BYTES, readFrom = path): Buffer {
  let fd: number;
  try {
    fd = openSync(readFrom, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(path, `cannot read: ${REASONS['EISDIR']}`);
    if (!stat.isFile()) throw new InputError(path, 'cannot read: not a regular file (a pipe, socket or device)');
    if (stat.size > maxBytes) {
      throw new InputError(path, oversizeProblem('file', stat.size, maxBytes));
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    // The size can change while we read; read what was there when we looked, no more.
    for (let n = -1; n !== 0 && filled < bytes.length; filled += n) n = readSync(fd, bytes, filled, bytes.length - filled, filled);
    return bytes.subarray(0, filled);
  } catch (error) {
    throw error instanceof InputError ? error : cannotRead(path, error);
  } finally {
    closeSync(fd);
  }
}
