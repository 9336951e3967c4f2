import { chmodSync, realpathSync, statSync } from 'node:fs';
import { AtomicFile, WriteError } from '../atomic.ts';
import { InputError } from '../errors.ts';
import type { FileResult } from '../finding.ts';
import { loadPosting, type Posting } from '../input/index.ts';
import { fileErrorMessage, lintPosting, type LintTextOptions } from '../lint.ts';
import { encodeText, readPostingBytes } from '../read.ts';
import { fixText } from './apply.ts';

/** `--fix` writes the fixed file; `--fix-dry-run` only reports the fixed text (`output`). */
export type FixMode = 'write' | 'dry-run';

export interface FileLintOptions extends LintTextOptions {
  fix?: FixMode;
  /** Keep the linted text on the result (`source`), for reports that show the posting. */
  keepSource?: boolean;
}

/** Kinds of file that `--fix` rewrites; a Word document or an HTML export is never rewritten. */
const WRITABLE = new Set<Posting['kind']>(['markdown', 'text']);

/**
 * Lints a file of any kind peerlint reads, applying fixes as asked. `path` names the file in the
 * result and errors; `readFrom` is where it is (default: `path`).
 */
export async function lintFileWithFixes(path: string, options: FileLintOptions, readFrom = path): Promise<FileResult> {
  let bytes: Buffer;
  let posting: Posting;
  try {
    bytes = readPostingBytes(path, options.maxBytes, readFrom);
    posting = await loadPosting(bytes, path);
  } catch (error) {
    return { path, peerRole: false, findings: [], error: fileErrorMessage(error) };
  }
  try {
    return fixPosting(posting, path, options, writeFixedFile(readFrom, bytes, posting));
  } catch (error) {
    return { path, peerRole: false, findings: [], error: error instanceof WriteError ? error.message : fileErrorMessage(error) };
  }
}

/**
 * Lints a posting in memory with fixes applied as asked; `write(output)` saves the fixed text
 * (only called for Markdown and text with `fix: 'write'`).
 */
export function fixPosting(posting: Posting, path: string, options: FileLintOptions, write?: (output: string) => void): FileResult {
  const lintOnce = (text: string, moved: (offset: number) => number) =>
    lintPosting({ ...posting, text, paragraphs: posting.paragraphs?.map(moved) }, path, options);
  if (!options.fix || (options.fix === 'write' && !WRITABLE.has(posting.kind))) {
    const result = lintOnce(posting.text, (offset) => offset);
    const fixable = result.findings.filter((f) => f.fix).length;
    if (options.fix && fixable > 0) {
      (result.warnings ??= []).push(
        `${fixable} fix${fixable === 1 ? '' : 'es'} not applied: peerlint never rewrites a ${posting.kind === 'docx' ? 'Word .docx' : 'HTML'} file (see the fixed text with --fix-dry-run, or apply fixes in \`peerlint serve\`)`,
      );
    }
    if (options.keepSource) result.source = posting.text;
    return result;
  }
  const { result, output } = fixText(posting.text, lintOnce);
  if (output !== undefined) {
    result.output = output;
    if (options.fix === 'write') write?.(output);
  }
  if (options.keepSource) result.source = output ?? posting.text;
  return result;
}

/**
 * Writes the fixed text over the file atomically (a temporary file renamed over it), in the encoding
 * it was read in, BOM included, with its permissions, through a symbolic link to the file it names.
 * Refuses when the file changed since it was read: someone else's edit is never overwritten.
 */
function writeFixedFile(path: string, original: Uint8Array, posting: Posting): (output: string) => void {
  return (output) => {
    const target = realpathSync(path);
    const bytes = encodeText(output, posting.encoding ?? { encoding: 'utf-8', bom: false });
    const now = readPostingBytes(path, Infinity, target);
    if (Buffer.compare(now, original) !== 0) throw new InputError(path, 'changed while it was being fixed; not written (run peerlint --fix again)');
    const file = AtomicFile.open(target);
    try {
      file.write(bytes);
      chmodSync(file.tempPath, statSync(target).mode & 0o7777);
    } catch (error) {
      file.abort();
      throw error instanceof WriteError ? error : new WriteError(path, error);
    }
    file.commit();
  };
}
