import type { BlockKind, Span } from './types.ts';

/** What a format-specific parser hands to the document builder. */
export interface RawBlock extends Span {
  kind: BlockKind;
  /** Heading depth (1-6; 7 for a bold-only line acting as a heading); 0 for other blocks. */
  depth: number;
}

export interface Layout {
  prose: string;
  blocks: RawBlock[];
  frontMatter: { data: Record<string, unknown>; titleSpan: Span | undefined };
}
