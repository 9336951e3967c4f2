import type { FileResult, Finding } from './finding.ts';

/** One posting of `--input jsonl`: the shape job boards export. */
export interface JsonLinesPosting {
  id: string | number;
  title: string;
  text: string;
}

/** A line that is not a posting: its error, and the id and title when the line still shows them. */
export interface BadLine {
  problem: string;
  id?: string;
  title?: string;
}

const validId = (id: unknown): id is string | number => (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id));

/** An `"id": "…"` or `"id": 17` member near the start of a line that is not valid JSON (a truncated export). */
// Each run of white space has one owner (`\s*` beside `[^{}]*?` is quadratic on a line of spaces).
const ID_IN_BROKEN_LINE = /^\s*\{(?:[^{}]*?,)?\s*"id"\s*:\s*("(?:[^"\\\r\n]|\\.)+"|-?\d+(?:\.\d+)?)\s*[,}]/;

/** Reads one line of JSON Lines input as a posting, or says what is wrong with it (keeping its id when it has one). */
export function parsePostingLine(line: string): JsonLinesPosting | BadLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const id = ID_IN_BROKEN_LINE.exec(line)?.[1];
    let salvaged: unknown;
    try {
      salvaged = id === undefined ? undefined : JSON.parse(id);
    } catch {
      salvaged = undefined;
    }
    return { problem: `not valid JSON (${(error as Error).message})`, ...(validId(salvaged) ? { id: String(salvaged) } : {}) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: 'expected an object {"id","title","text"}' };
  const { id, title, text } = value as Record<string, unknown>;
  const known = { ...(validId(id) ? { id: String(id) } : {}), ...(typeof title === 'string' ? { title } : {}) };
  if (!validId(id)) return { problem: '"id" must be a non-empty string or a number', ...known };
  if (typeof title !== 'string') return { problem: '"title" must be a string', ...known };
  if (typeof text !== 'string') return { problem: '"text" must be a string', ...known };
  return { id, title, text };
}

export const isPosting = (value: JsonLinesPosting | BadLine): value is JsonLinesPosting => !('problem' in value);

/**
 * A posting as the Markdown peerlint lints: `# title`, a blank line, then the text. Line breaks in the
 * title become spaces (same length), so the title stays one heading and every offset still maps back.
 */
export function composePosting(posting: JsonLinesPosting): { markdown: string; textStart: number } {
  const heading = `# ${posting.title.replace(/[\r\n]/g, ' ')}`;
  return { markdown: `${heading}\n\n${posting.text}`, textStart: heading.length + 2 };
}

/**
 * Positions in the composed Markdown, turned into positions in the input record's own fields:
 * `field` is `text` or `title`, offsets index that field, and lines and columns count within it.
 */
export function toInputFields(result: FileResult, posting: JsonLinesPosting, textStart: number): FileResult {
  const titleStart = 2; // after "# "
  const findings = result.findings.map((finding): Finding => {
    const move = (offset: number) => (finding.offset >= textStart ? offset - textStart : Math.min(Math.max(offset - titleStart, 0), posting.title.length));
    const mapped: Finding =
      finding.offset >= textStart
        ? { ...finding, field: 'text', offset: move(finding.offset), endOffset: move(finding.endOffset), line: finding.line - 2, endLine: finding.endLine - 2 }
        : {
            ...finding,
            field: 'title',
            offset: move(finding.offset),
            endOffset: move(finding.endOffset),
            line: 1,
            endLine: 1,
            column: move(finding.offset) + 1,
            endColumn: move(finding.endOffset) + 1,
            text: posting.title.slice(move(finding.offset), move(finding.endOffset)),
          };
    const fix = (finding as { fix?: { range: [number, number]; text: string } }).fix;
    if (fix) (mapped as { fix?: unknown }).fix = { ...fix, range: [move(fix.range[0]), move(fix.range[1])] };
    return mapped;
  });
  return withTitle({ ...result, findings }, posting.title);
}

/** The result with the posting's title, right after its path (the id). */
export function withTitle(result: FileResult, title: string | undefined): FileResult {
  if (title === undefined) return result;
  const { path, ...rest } = result;
  return { path, title, ...rest };
}
