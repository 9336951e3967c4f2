import type { RawBlock } from './layout.ts';

/**
 * The fast path for Markdown postings: most postings are paragraphs, ATX headings and flat lists of
 * plain text, and for those this line scanner gives exactly the blocks and prose that remark-parse's
 * tree gives (test/simple-markdown.test.ts compares them on generated documents; `npm run bench --
 * --check-fast-paths` compares findings over the whole corpus). Anything else, or anything it is not
 * sure of, returns undefined and the caller parses the text with remark-parse.
 *
 * Why the result is the same: micromark's text nodes hold a line's characters from its first to its
 * last non-blank one, so with no inline syntax (no emphasis, code, escapes, entities, HTML, links,
 * tables, tabs) the prose mask is the text itself with the heading and list markers blanked. Blocks
 * are CommonMark's: a paragraph runs from its first character to the end of its last line (trailing
 * blanks included), a heading from its first `#` to the end of its line.
 */

/** Inline syntax anywhere (and `*` is checked per line: it is allowed only as a bullet). */
const INLINE_SYNTAX = /[\\`_<[|\t\0]|&(?:#|[A-Za-z][A-Za-z0-9]*;)/;

const SPACE = 32;
const HASH = 35;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const PAREN = 41;
const CR = 13;
const LF = 10;

const isDigit = (c: number) => c >= 48 && c <= 57;

interface Marker {
  /** Bullet character, or `.`/`)` for an ordered item. */
  kind: number;
  ordered: boolean;
  /** The ordered item's number as written ("1", "02"). */
  digits: string;
  /** Characters of the marker itself. */
  width: number;
}

/** A list marker at `at` (followed by a space or the end of the line), or undefined. */
function markerAt(text: string, at: number, end: number): Marker | undefined {
  const c = text.charCodeAt(at);
  if (c === DASH || c === STAR || c === PLUS) {
    return at + 1 === end || text.charCodeAt(at + 1) === SPACE ? { kind: c, ordered: false, digits: '', width: 1 } : undefined;
  }
  let i = at;
  while (i < end && i - at < 10 && isDigit(text.charCodeAt(i))) i++;
  const digits = i - at;
  if (digits === 0 || digits > 9 || i >= end) return undefined;
  const d = text.charCodeAt(i);
  if (d !== DOT && d !== PAREN) return undefined;
  if (i + 1 < end && text.charCodeAt(i + 1) !== SPACE) return undefined;
  return { kind: d, ordered: true, digits: text.slice(at, i), width: digits + 1 };
}

/** Thematic breaks, setext underlines, fences, block quotes: constructs this path leaves to remark. */
function otherBlockStart(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 62 /* > */) return true;
  if (c === 126 /* ~ */ && text.startsWith('~~~', at)) return true;
  if (c === DASH || c === STAR || c === 95 /* _ */ || c === 61 /* = */) {
    // A line of only these characters and spaces is a break or an underline (or an empty item).
    for (let i = at; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d !== DASH && d !== STAR && d !== 95 && d !== 61 && d !== SPACE) return false;
    }
    return true;
  }
  return false;
}

/** Length of an ATX heading's `#` run at `at` when the line is a heading this path can take; 0 if not a heading, -1 if it must go to remark. */
function headingAt(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && text.charCodeAt(i) === HASH) i++;
  const n = i - at;
  if (n === 0 || n > 6 || (i < end && text.charCodeAt(i) !== SPACE)) return 0;
  let last = end - 1;
  while (last >= i && text.charCodeAt(last) === SPACE) last--;
  // An empty heading, or a closing `#` sequence: rare, and remark knows the rules.
  if (last < i || text.charCodeAt(last) === HASH) return -1;
  return n;
}

export interface SimpleLayout {
  prose: string;
  blocks: RawBlock[];
}

/**
 * Blocks and prose for `text` (front matter already blanked) when it is simple Markdown; undefined
 * when remark-parse must read it.
 */
export function simpleMarkdownLayout(text: string): SimpleLayout | undefined {
  if (INLINE_SYNTAX.test(text)) return undefined;
  const blocks: RawBlock[] = [];
  /** [start, end) ranges of markup to blank in the prose. */
  const markup: number[] = [];
  let paragraph: RawBlock | undefined;
  /** The open list item: the column its content starts at. */
  let item: { indent: number } | undefined;
  const close = () => {
    if (paragraph) blocks.push(paragraph);
    paragraph = undefined;
  };
  let star = text.indexOf('*'); // the next `*` not yet passed

  for (let start = 0; start < text.length || start === 0; ) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    const next = end < text.length ? (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1) : text.length + 1;
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    const indent = p - start;

    if (star >= 0 && star <= p) star = text.indexOf('*', p + 1);
    if (p === end) {
      close(); // a blank line
    } else if (star >= 0 && star < end) {
      return undefined; // emphasis (a `*` bullet is the line's first character)
    } else if (item && indent >= item.indent) {
      // Inside the list item: nested blocks are remark's.
      const relIndent = indent - item.indent;
      if (relIndent >= 4) {
        if (!paragraph) return undefined; // indented code
        paragraph.end = end;
      } else if (headingAt(text, p, end) !== 0 || markerAt(text, p, end) || otherBlockStart(text, p, end) || text.charCodeAt(p) === STAR) {
        return undefined;
      } else if (paragraph) {
        paragraph.end = end;
      } else {
        paragraph = { kind: 'list-item', start: p, end, depth: 0 };
      }
    } else if (indent >= 4) {
      if (!paragraph) return undefined; // indented code
      paragraph.end = end; // a continuation line (lazy, when in a list item)
    } else {
      const hashes = headingAt(text, p, end);
      if (hashes < 0 || otherBlockStart(text, p, end)) return undefined;
      const marker = hashes === 0 ? markerAt(text, p, end) : undefined;
      if (hashes > 0) {
        close();
        item = undefined;
        blocks.push({ kind: 'heading', start: p, end, depth: hashes });
        markup.push(p, p + hashes);
      } else if (marker) {
        let content = p + marker.width;
        while (content < end && text.charCodeAt(content) === SPACE) content++;
        const spaces = content - p - marker.width;
        if (content === end || spaces > 4) return undefined; // an empty item, or one that starts with code
        // An item that opens with another block ("- 1. step", "- # Title") nests it: remark's.
        if (headingAt(text, content, end) !== 0 || markerAt(text, content, end) || otherBlockStart(text, content, end)) return undefined;
        // In a list, a marker line not indented into the item starts the next item (of this list, or of
        // a new one when the marker differs). Outside one, an ordered list interrupts a paragraph only
        // when it starts at 1; otherwise the line continues the paragraph.
        if (!item && paragraph && marker.ordered && marker.digits !== '1') {
          paragraph.end = end;
          start = next;
          continue;
        }
        close();
        item = { indent: content - start };
        paragraph = { kind: 'list-item', start: content, end, depth: 0 };
        markup.push(p, p + marker.width);
      } else if (text.charCodeAt(p) === STAR) {
        return undefined;
      } else if (paragraph) {
        paragraph.end = end; // continuation (lazy, when in a list item)
      } else {
        item = undefined;
        paragraph = { kind: 'paragraph', start: p, end, depth: 0 };
      }
    }
    start = next;
  }
  close();

  let prose = '';
  let from = 0;
  for (let k = 0; k < markup.length; k += 2) {
    prose += text.slice(from, markup[k]) + ' '.repeat(markup[k + 1]! - markup[k]!);
    from = markup[k + 1]!;
  }
  prose += text.slice(from);
  return { prose, blocks };
}
