import { extname } from 'node:path';
import { formatOf } from '../document/build.ts';
import type { DocumentFormat } from '../document/types.ts';
import { InputError } from '../errors.ts';
import { decodeText, type DecodedText } from '../read.ts';
import { lastAtOrBefore } from '../sorted.ts';

/**
 * Input adapters: each kind of file HR staff have becomes text in a format the document builder
 * reads (Markdown or plain text), so every rule works the same on a Word draft, a Google Docs
 * export and a Markdown file.
 */
export type InputKind = 'markdown' | 'text' | 'html' | 'docx';

export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
export const DOCX_EXTENSIONS = ['.docx'];
/** Every extension a folder search picks up. */
export const POSTING_EXTENSIONS = ['.md', '.markdown', '.txt', ...HTML_EXTENSIONS, ...DOCX_EXTENSIONS];

/** Formats HR staff have that peerlint cannot read, with what to do instead. */
const REFUSED: Record<string, string> = {
  '.pdf': 'peerlint cannot read PDF files: save the posting as Word .docx (or copy its text into a .txt file) and lint that',
  '.doc': 'peerlint cannot read old Word .doc files: open it in Word and save it as .docx (File > Save As > Word Document)',
  '.rtf': 'peerlint cannot read RTF files: open it in Word and save it as .docx, or save it as plain text (.txt)',
  '.odt': 'peerlint cannot read OpenDocument .odt files: save it as Word .docx (File > Save As) or as plain text (.txt)',
  '.pages': 'peerlint cannot read Pages files: export it as Word .docx (File > Export To > Word)',
  '.wpd': 'peerlint cannot read WordPerfect files: save it as Word .docx or as plain text (.txt)',
};

/** The problem with a file of this kind, when peerlint cannot read it at all (by extension). */
export function refusedFormat(path: string): string | undefined {
  return REFUSED[extname(path).toLowerCase()];
}

export function inputKind(path: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if (DOCX_EXTENSIONS.includes(ext)) return 'docx';
  return formatOf(path) === 'text' ? 'text' : 'markdown';
}

/** A posting ready for the document builder. */
export interface Posting {
  /** What the rules read: the file's text, or the Markdown extracted from HTML or Word. */
  text: string;
  format: DocumentFormat;
  kind: InputKind;
  /** How a Markdown or text file was stored (`--fix` writes it back the same way). */
  encoding?: Pick<DecodedText, 'encoding' | 'bom'>;
  /** Things the user should know that do not stop the lint (a Windows-1252 file). */
  warnings: string[];
  /** For HTML and Word: where each paragraph starts in `text` (paragraph n is index n - 1). */
  paragraphs?: number[];
}

/**
 * Reads a Markdown or text posting from its bytes. HTML and Word need `loadPosting`: their readers
 * (rehype-parse, mammoth) are loaded only when such a file comes, so a run over Markdown never pays for them.
 */
export function loadPostingSync(bytes: Uint8Array, path: string): Posting {
  const refused = refusedFormat(path);
  if (refused) throw new InputError(path, refused);
  const kind = inputKind(path);
  if (kind === 'docx' || kind === 'html') throw new InputError(path, `a ${kind === 'docx' ? '.docx' : 'HTML'} file is read asynchronously: use lintFileAsync(), lint() or the command line`);
  return decodedPosting(bytes, path, kind);
}

function decodedPosting(bytes: Uint8Array, path: string, kind: InputKind): Posting & { format: DocumentFormat } {
  if (startsWith(bytes, '{\\rtf')) throw new InputError(path, REFUSED['.rtf']!);
  const decoded = decodeText(bytes, path);
  const warnings = decoded.warning ? [decoded.warning] : [];
  const format: DocumentFormat = kind === 'text' ? 'text' : 'markdown';
  return { text: decoded.text, format, kind, encoding: { encoding: decoded.encoding, bom: decoded.bom }, warnings };
}

/** Reads any posting from its bytes: Markdown, plain text, HTML or Word .docx. */
export async function loadPosting(bytes: Uint8Array, path: string): Promise<Posting> {
  const refused = refusedFormat(path);
  if (refused) throw new InputError(path, refused);
  const kind = inputKind(path);
  if (kind === 'docx') {
    const { docxToMarkdown } = await import('./docx.ts');
    const { markdown, paragraphs } = await docxToMarkdown(bytes, path);
    return { text: markdown, format: 'markdown', kind, warnings: [], paragraphs };
  }
  const posting = decodedPosting(bytes, path, kind);
  if (kind !== 'html') return posting;
  const { htmlToMarkdown } = await import('./html.ts');
  const { markdown, paragraphs } = htmlToMarkdown(posting.text);
  return { text: markdown, format: 'markdown', kind, warnings: posting.warnings, paragraphs };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** The 1-based paragraph that holds `offset`, given the paragraphs' start offsets. */
export function paragraphAt(paragraphs: number[], offset: number): number {
  return lastAtOrBefore(paragraphs, offset) + 1;
}
