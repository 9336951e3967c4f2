import type { BlockKind, Directive, Span } from './types.ts';

/** What a format-specific parser hands to the document builder. */
export interface RawBlock extends Span {
  kind: BlockKind;
  /** Heading depth (1-6; 7 for a bold-only line acting as a heading); 0 for other blocks. */
  depth: number;
}

/** The longest paragraph of nothing but bold (or italic) text that acts as a heading ("**Duties**"), depth 7. */
export const PSEUDO_HEADING_LENGTH = 80;

export interface Layout {
  prose: string;
  blocks: RawBlock[];
  frontMatter: { data: Record<string, unknown>; titleSpan: Span | undefined };
  directives: Directive[];
}

/** Same-length blank: every character but line breaks becomes a space. */
export const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/**
 * Bare URLs and e-mail addresses are not prose. The e-mail half starts only where a run of
 * local-part characters starts (the look-behind): without it, a long run with no `@` (a pasted
 * base64 blob, a row of digits or dots) is rescanned from every position, quadratic in its length.
 */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export const blankUrls = (prose: string): string => prose.replace(BARE_URL, blank);
