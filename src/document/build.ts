import { extname } from 'node:path';
import { layoutMarkdown } from './markdown.ts';
import { layoutPlainText } from './plain-text.ts';
import { splitSentences } from './sentences.ts';
import { classifySection } from './sections.ts';
import { findTitle } from './title.ts';
import type { Layout } from './layout.ts';
import type { Block, DocumentFormat, PostingDocument, Section, Sentence } from './types.ts';

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
export const TEXT_EXTENSIONS = ['.txt'];

export function formatOf(path: string): DocumentFormat {
  return TEXT_EXTENSIONS.includes(extname(path).toLowerCase()) ? 'text' : 'markdown';
}

/** Builds the document model from a file's text (BOM already removed). */
export function buildDocument(text: string, path: string, format: DocumentFormat = formatOf(path)): PostingDocument {
  const layout: Layout = format === 'markdown' ? layoutMarkdown(text, path) : layoutPlainText(text);
  const { prose } = layout;

  const sections: Section[] = [{ heading: '', depth: 0, kind: 'preamble', start: 0, end: text.length }];
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const raw of layout.blocks) {
    if (raw.kind === 'heading') {
      sections[sections.length - 1]!.end = raw.start;
      const heading = prose.slice(raw.start, raw.end).trim().replace(/\s+/g, ' ');
      sections.push({ heading, depth: raw.depth, kind: classifySection(heading), start: raw.start, end: text.length });
    }
    const blockIndex = blocks.push({ kind: raw.kind, start: raw.start, end: raw.end, section: sections.length - 1 }) - 1;
    for (const span of splitSentences(prose, raw.start, raw.end)) {
      // Written out, not spread from the span: V8 builds an object from a spread several times slower.
      sentences.push({ start: span.start, end: span.end, text: prose.slice(span.start, span.end), block: blockIndex });
    }
  }

  return { path, format, text, prose, frontMatter: layout.frontMatter.data, title: findTitle(text, layout, blocks, prose), sections, blocks, sentences, directives: layout.directives };
}
