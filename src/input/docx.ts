import { InputError } from '../errors.ts';
import { htmlToMarkdown, type ExtractedText } from './html.ts';

/** Word's "Title" and "Subtitle" styles are the posting's title and a plain line, as a reader sees them. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A Word .docx through mammoth, which keeps the structure (headings, lists, tables, bold) as HTML,
 * then the HTML reader: one path for Word and HTML. Images are dropped unread (a data URI of each
 * would cost more than the text), and a document never reaches outside itself (no external files).
 */
export async function docxToMarkdown(bytes: Uint8Array, path: string): Promise<ExtractedText> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new InputError(path, 'not a Word .docx file (a .docx is a ZIP archive; this file is not one)');
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new InputError(path, `cannot read this .docx (${(error as Error).message.split('\n')[0]}); open it in Word and save it again, or paste its text into a .txt file`);
  }
  return htmlToMarkdown(html);
}
