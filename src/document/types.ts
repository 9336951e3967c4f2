/** The document model every rule sees. All offsets index the original file text (UTF-16 code units). */

export type DocumentFormat = 'markdown' | 'text';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell';

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: BlockKind;
  /** Index into `PostingDocument.sections`. */
  section: number;
}

export interface Sentence extends Span {
  /** The sentence's prose: `document.prose.slice(start, end)`. */
  text: string;
  /** Index into `PostingDocument.blocks`. */
  block: number;
}

/** What a section is about, from its heading; lets rules tell "Duties" from "About us". */
export type SectionKind =
  | 'preamble'
  | 'about'
  | 'duties'
  | 'qualifications'
  | 'supervision'
  | 'pay'
  | 'benefits'
  | 'training'
  | 'apply'
  | 'other';

export interface Section extends Span {
  /** Heading text ('' for the text before the first heading). */
  heading: string;
  /** Heading depth (0 for the preamble). */
  depth: number;
  kind: SectionKind;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

/** An inline `peerlint-disable` / `peerlint-enable` / `peerlint-disable-next-line` comment. */
export interface Directive extends Span {
  kind: DirectiveKind;
  /** Rule ids it names; empty means every rule. */
  rules: string[];
  /** Text after ` -- `, when given. */
  reason?: string;
}

/**
 * Where the title was found: front matter `title`, a labelled line ("Job title: ..."), a heading, a plain
 * line that names a role (or, with nothing better, the first line), or nowhere.
 */
export type TitleSource = 'front matter' | 'label' | 'heading' | 'line' | 'none';

export interface PostingDocument {
  path: string;
  format: DocumentFormat;
  /** The file text as read (BOM removed). */
  text: string;
  /**
   * Same length as `text`, with everything that is not prose (markup, code, HTML, URLs, front matter)
   * replaced by spaces and newlines kept, so a match in `prose` has the same offsets in `text`.
   */
  prose: string;
  /** Parsed YAML front matter, or {}. */
  frontMatter: Record<string, unknown>;
  /** The job title, where it was found (src/document/title.ts). */
  title: { text: string; source?: TitleSource } & Span;
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
  /** Inline directives (Markdown comments, or lines of their own in plain text), in document order. */
  directives: Directive[];
}
