import { PSEUDO_HEADING_LENGTH, type RawBlock } from './layout.ts';

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
const TAB = 9;
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

/** What the scanner found in a simple part of a file: its blocks, and the markup to blank (start, end pairs). */
export interface SimpleLayout {
  blocks: RawBlock[];
  markup: number[];
}

/** A part of the file that the scanner read (`simple`), or one to parse with remark-parse. */
export interface MarkdownRegion {
  start: number;
  end: number;
  simple?: SimpleLayout;
}

/**
 * Cuts `text` (front matter already blanked) into regions read alike by remark whole or in parts:
 * a region starts at a line that follows a blank line and is not indented, where every block
 * Markdown opens has ended (a list continues only with indented lines). Link reference definitions,
 * HTML and fenced code can reach across blank lines, so a text with any of them is one region.
 * Each region is scanned; the regions the scanner cannot read are joined up for remark-parse.
 */
export function markdownRegions(text: string): MarkdownRegion[] {
  if (/[[<]|```|~~~/.test(text)) return [{ start: 0, end: text.length, simple: INLINE_SYNTAX.test(text) ? undefined : scanSimple(text, 0, text.length) }];
  const syntax: number[] = [];
  const find = new RegExp(INLINE_SYNTAX.source, 'g');
  for (let m = find.exec(text); m; m = find.exec(text)) syntax.push(m.index);
  const regions: MarkdownRegion[] = [];
  let next = 0; // index into syntax
  const add = (start: number, end: number) => {
    while (next < syntax.length && syntax[next]! < start) next++;
    const simple = next < syntax.length && syntax[next]! < end ? undefined : scanSimple(text, start, end);
    const last = regions[regions.length - 1];
    if (last && !simple && !last.simple) last.end = end;
    else if (last && simple && last.simple) {
      // Adjacent scanned regions are one: most postings are a single scanned region.
      for (const block of simple.blocks) last.simple.blocks.push(block);
      for (const at of simple.markup) last.simple.markup.push(at);
      last.end = end;
    } else regions.push(simple ? { start, end, simple } : { start, end });
  };
  let from = 0;
  let blankBefore = false;
  // Indented code runs on across blank lines (and in micromark, keeps the next line from starting an
  // ordered list at 10): a region does not end after an indented line.
  let indentedBefore = false;
  const lineEnd = lineEnds(text);
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(start);
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    const blank = p === end || (text.charCodeAt(p) === TAB && /^[ \t]*$/.test(text.slice(p, end)));
    if (!blank && p === start && text.charCodeAt(p) !== TAB && blankBefore && !indentedBefore && start > from) {
      add(from, start);
      from = start;
    }
    blankBefore = blank;
    if (!blank) indentedBefore = p - start >= 4 || text.charCodeAt(p) === TAB;
    start = end < text.length && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  }
  add(from, text.length);
  return regions;
}

/** Blocks and prose for `text` when all of it is simple Markdown; undefined when remark-parse must read (some of) it. */
export function simpleMarkdownLayout(text: string): { blocks: RawBlock[]; prose: string } | undefined {
  const simple = INLINE_SYNTAX.test(text) ? undefined : scanSimple(text, 0, text.length);
  return simple && { blocks: simple.blocks, prose: simpleProse(text, simple) };
}

/** The prose of a text read by the scanner: the text, its markup blanked. */
export function simpleProse(text: string, { markup }: SimpleLayout): string {
  let prose = '';
  let from = 0;
  for (let k = 0; k < markup.length; k += 2) {
    prose += text.slice(from, markup[k]) + ' '.repeat(markup[k + 1]! - markup[k]!);
    from = markup[k + 1]!;
  }
  return prose + text.slice(from);
}

/** Copies a scanned region's prose into `chars` (UTF-16 code units, markup blanked) and its blocks into `blocks`. */
export function copySimple(text: string, start: number, end: number, { blocks, markup }: SimpleLayout, chars: Uint16Array, into: RawBlock[]): void {
  for (let i = start; i < end; i++) chars[i] = text.charCodeAt(i);
  for (let k = 0; k < markup.length; k += 2) chars.fill(SPACE, markup[k], markup[k + 1]);
  for (const block of blocks) into.push(block);
}

const isAsciiAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Punctuation that may stand between a closing `**` and what follows, or after a line's last word before it. */
const isClosingPunctuation = (c: number) => c === 44 || c === DOT || c === 58 || c === 59 || c === 33 || c === 63 || c === PAREN;

/**
 * The `**` of strong text in `text[from, end)` (one line's inline content), as markup ranges, when every
 * `*` there belongs to a pair micromark reads as strong and nothing else: "**Pay:** $20/hour", "a
 * **full-time** role". An opener follows a space (or opens the content) and precedes a letter or digit;
 * its closer follows a letter or digit (or closing punctuation followed by a space or the line's end)
 * and precedes a space, punctuation or the line's end. Neither delimiter can then also act the other
 * way (CommonMark's flanking rules), so each closer closes the opener before it. Undefined for any
 * other `*` (emphasis, a lone or ambiguous delimiter), which remark-parse reads.
 */
function strongPairs(text: string, from: number, end: number): number[] | undefined {
  const pairs: number[] = [];
  let open = -1;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== STAR) continue;
    if (text.charCodeAt(i + 1) !== STAR || text.charCodeAt(i + 2) === STAR) return undefined;
    const before = i > from ? text.charCodeAt(i - 1) : SPACE;
    const after = i + 2 < end ? text.charCodeAt(i + 2) : SPACE;
    if (open < 0) {
      if (before !== SPACE || !isAsciiAlnum(after)) return undefined;
      open = i;
    } else {
      const closes = isAsciiAlnum(before) || (isClosingPunctuation(before) && after === SPACE);
      if (!closes || !(after === SPACE || isClosingPunctuation(after))) return undefined;
      pairs.push(open, open + 2, i, i + 2);
      open = -1;
    }
    i++;
  }
  return open < 0 ? pairs : undefined;
}

/**
 * Whether a paragraph (or list item) is one piece of strong text and short, which the layout reads as a
 * heading ("**Duties**", src/document/markdown.ts). Its markup is the last in `markup`, which is sorted.
 */
function onlyStrong(text: string, paragraph: RawBlock, markup: number[]): boolean {
  let first = markup.length;
  while (first > 0 && markup[first - 1]! >= paragraph.start) first--;
  if (markup.length - first !== 4 || markup[first] !== paragraph.start || paragraph.end - paragraph.start > PSEUDO_HEADING_LENGTH) return false;
  for (let i = markup[first + 3]!; i < paragraph.end; i++) if (text.charCodeAt(i) !== SPACE) return false;
  return true;
}

/**
 * The next `char` in `text` at or after an offset (the text's length when there is none). Searches
 * with indexOf (V8's is vectorised), and remembers what it found until an offset passes it, so a
 * caller going through a text line by line reads each character about once.
 */
function nextOf(text: string, char: string): (from: number) => number {
  let found = -1;
  let last = 0;
  return (from) => {
    if (from < last || found < from) {
      found = text.indexOf(char, from);
      if (found < 0) found = text.length;
    }
    last = from;
    return found;
  };
}

/** Where the line at an offset ends: its CR or LF, or the text's end. */
function lineEnds(text: string): (from: number) => number {
  const lf = nextOf(text, '\n');
  const cr = nextOf(text, '\r');
  return (from) => Math.min(lf(from), cr(from));
}

/** Scans `text[from, to)`, a run of whole lines with no inline syntax; undefined when it holds anything but simple blocks. */
function scanSimple(text: string, from: number, to: number): SimpleLayout | undefined {
  const blocks: RawBlock[] = [];
  /** [start, end) ranges of markup to blank in the prose. */
  const markup: number[] = [];
  let paragraph: RawBlock | undefined;
  /** The open list item: the column its content starts at. */
  let item: { indent: number } | undefined;
  const close = () => {
    if (paragraph && onlyStrong(text, paragraph, markup)) {
      paragraph.kind = 'heading';
      paragraph.depth = 7;
    }
    if (paragraph) blocks.push(paragraph);
    paragraph = undefined;
  };
  const lineEnd = lineEnds(text);
  const nextStar = nextOf(text, '*');
  for (let start = from; start < to || start === from; ) {
    const end = Math.min(lineEnd(start), to);
    const next = end < to ? (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1) : to + 1;
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE) p++;
    const indent = p - start;

    // Strong text ("**Pay:**") on the line, after a `*` bullet if it opens with one; any other `*` is remark's.
    const strong = nextStar(p) < end ? strongPairs(text, text.charCodeAt(p) === STAR && text.charCodeAt(p + 1) !== STAR ? p + 1 : p, end) : [];
    /** Whether the line's first `*` opens strong text rather than a bullet or a thematic break. */
    const opensStrong = strong !== undefined && strong.length > 0 && strong[0] === p;
    if (p === end) {
      close(); // a blank line
    } else if (!strong) {
      return undefined; // emphasis, or a `*` that is neither a bullet nor strong text
    } else if (item && indent >= item.indent) {
      // Inside the list item: nested blocks are remark's.
      const relIndent = indent - item.indent;
      if (relIndent >= 4) {
        if (!paragraph) return undefined; // indented code
        paragraph.end = end;
      } else if (headingAt(text, p, end) !== 0 || markerAt(text, p, end) || otherBlockStart(text, p, end) || (text.charCodeAt(p) === STAR && !opensStrong)) {
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
          markup.push(...strong);
          start = next;
          continue;
        }
        close();
        item = { indent: content - start };
        paragraph = { kind: 'list-item', start: content, end, depth: 0 };
        markup.push(p, p + marker.width);
      } else if (text.charCodeAt(p) === STAR && !opensStrong) {
        return undefined;
      } else if (paragraph) {
        paragraph.end = end; // continuation (lazy, when in a list item)
      } else {
        item = undefined;
        paragraph = { kind: 'paragraph', start: p, end, depth: 0 };
      }
    }
    if (strong) markup.push(...strong);
    start = next;
  }
  close();
  return { blocks, markup };
}
