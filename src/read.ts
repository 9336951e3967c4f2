import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.ts';

/** Files larger than this are refused rather than read; a posting is a few KB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** How a text file was stored, so that `--fix` can write it back the same way. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file started with a byte order mark (removed from `text`). */
  bom: boolean;
  /** Set when the text was not UTF-8 but was read anyway (Windows-1252). */
  warning?: string;
}

/**
 * Decodes a file's bytes: UTF-8 (BOM removed), UTF-16 with a BOM, or, when the bytes are not UTF-8
 * but are valid Windows-1252 (Notepad's and Word's "ANSI"), Windows-1252 with a warning. Refuses
 * binary data and anything else, naming what the bytes look like when it can.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) throw new InputError(path, binaryProblem(body, nul));
  try {
    return { text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    if (bom || !isWindows1252(body)) throw new InputError(path, `not valid UTF-8 (first bad byte at offset ${bad}); save the file as UTF-8`);
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      bom: false,
      warning: `not UTF-8 (first non-UTF-8 byte at offset ${bad}): read as Windows-1252 ("ANSI"); save it as UTF-8 to be sure every character is read right`,
    };
  }
}

/** Decodes a file's bytes to text (see decodeText); the encoding and any warning are dropped. */
export function decode(bytes: Uint8Array, path: string): string {
  return decodeText(bytes, path).text;
}

/** Bytes that Windows-1252 leaves undefined, and control characters no text file holds. */
function isWindows1252(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** What a binary file most likely is, from its first bytes, and what to do about it. */
function binaryProblem(bytes: Uint8Array, nul: number): string {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const what = `binary file (NUL byte at offset ${nul})`;
  if (starts(0x50, 0x4b, 0x03, 0x04)) return `${what}: a ZIP archive, such as a Word .docx or OpenDocument file; name it .docx if it is a Word document, or save it as .docx`;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return `${what}: an old Word .doc file; open it in Word and save it as .docx`;
  if (starts(0x25, 0x50, 0x44, 0x46)) return `${what}: a PDF; save the posting as .docx or copy its text into a .txt file`;
  return `${what}; peerlint reads Markdown, plain text, HTML and Word .docx`;
}

/** Encodes text the way it was read (see decodeText), BOM included, for writing a fixed file back. */
export function encodeText(text: string, { encoding, bom }: Pick<DecodedText, 'encoding' | 'bom'>): Uint8Array {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(2 + text.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, encoding === 'utf-16le');
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), encoding === 'utf-16le');
    return out;
  }
  if (encoding === 'windows-1252') {
    const table = windows1252Table();
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const byte = table.get(text.charCodeAt(i));
      if (byte === undefined) throw new Error(`"${text[i]}" cannot be written in Windows-1252`);
      out[i] = byte;
    }
    return out;
  }
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

let cp1252: Map<number, number> | undefined;
/** Character code -> Windows-1252 byte, built from the platform's own decoder. */
function windows1252Table(): Map<number, number> {
  if (!cp1252) {
    cp1252 = new Map();
    const decoded = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    for (let i = 0; i < 256; i++) cp1252.set(decoded.charCodeAt(i), i);
  }
  return cp1252;
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
