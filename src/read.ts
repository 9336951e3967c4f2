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

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on decodable prefixes (a prefix may cut a valid character, so widen by 3).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, mid + 4)));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(path, `cannot read: ${REASONS[code] ?? (error as Error).message}`);
  }
  if (bytes.length > maxBytes) throw new InputError(path, `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit`);
  return decode(bytes, path);
}
