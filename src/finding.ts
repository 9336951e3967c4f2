import type { Category, Severity } from './rule.ts';

/** One problem in one file, as every formatter and the JSON contract see it. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  /** 1-based; columns in UTF-16 code units. End is exclusive, as in ESLint. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the file text (after a BOM). */
  offset: number;
  endOffset: number;
  /** The file's text at that position. */
  text: string;
  /** What to write instead. */
  suggestions: string[];
  /** The rule's documentation, relative to the package root. */
  docs: string;
  /**
   * `--input jsonl` only: the field of the input record that the position is in (`text`, or `title` for a
   * finding about the title or something missing); offsets, lines and columns count within that field.
   */
  field?: 'title' | 'text';
}

export interface FileResult {
  path: string;
  peerRole: boolean;
  findings: Finding[];
  /** `--input jsonl` only: the posting's title, as given. */
  title?: string;
  /** Set when the file could not be linted; then `findings` is empty. */
  error?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
