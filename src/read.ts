import { readFileSync } from 'node:fs';
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
};

export function readPosting(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  return decode(readPostingBytes(path, maxBytes), path);
}

/** Reads a file's bytes (for decode, or for hashing first, as the cache does); refuses unreadable and oversized files. */
export function readPostingBytes(path: string, maxBytes = DEFAULT_MAX_BYTES, readFrom = path): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(readFrom);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(path, `cannot read: ${REASONS[code] ?? (error as Error).message}`);
  }
  if (bytes.length > maxBytes) throw new InputError(path, `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit`);
  return bytes;
}
