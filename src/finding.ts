import type { RoleReason } from './role.ts';
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
  /**
   * A replacement safe to make without a human (`--fix`), as ESLint's: `text` replaces the file
   * text between the two UTF-16 offsets of `range`. Only on findings of rules with `meta.fixable`.
   */
  fix?: Fix;
  /** True on a finding about the posting as a whole (something missing); its position is the title's. */
  wholePosting?: true;
  /** For .docx and HTML input: the paragraph it is in (1-based, headings, list items and table cells count). */
  paragraph?: number;
}

export interface Fix {
  range: [number, number];
  text: string;
}

/** The peer-role decision as the JSON report carries it (`role`). */
export interface RoleSummary {
  peer: boolean;
  /** The job title the decision read ('' when none was found). */
  title: string;
  /** 1-based line of that title in the file; null when there is none. */
  titleLine: number | null;
  /** Why: see RoleReason in src/role.ts. */
  reason: RoleReason;
}

export interface FileResult {
  path: string;
  peerRole: boolean;
  /** How `peerRole` was decided; absent on a file that could not be linted. */
  role?: RoleSummary;
  findings: Finding[];
  /** `--input jsonl` only: the posting's title, as given. */
  title?: string;
  /** Set when the file could not be linted; then `findings` is empty. */
  error?: string;
  /** Problems that did not stop the lint (a file read as Windows-1252). */
  warnings?: string[];
  /** With --fix or --fix-dry-run: the text after every fix was applied, when any was. */
  output?: string;
  /**
   * The text that was linted (Markdown extracted from HTML or Word), for reports that show the
   * posting (`--format html`); only when asked for, never in JSON.
   */
  source?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
