import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { blank, blankUrls, PSEUDO_HEADING_LENGTH, type Layout, type RawBlock } from './layout.ts';
import { parseFrontMatter } from './front-matter.ts';
import { directivesInHtml } from './directives.ts';
import type { Directive } from './types.ts';
import { InputError } from '../errors.ts';
import { fastPaths } from './fast-paths.ts';
import { copySimple, markdownRegions, simpleProse } from './simple-markdown.ts';
import { lastAtOrBefore } from '../sorted.ts';

// Only the mdast shapes this module reads; avoids a dependency on @types/mdast.
interface Node {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * GFM tables only: the rest of GFM (autolink literals above all) doubles parse time and adds nothing
 * a posting needs; bare URLs are blanked separately. Front matter is cut out before parsing (below),
 * which is faster than remark-frontmatter and keeps every offset.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
const processor = unified().use(remarkParse).use(gfmTables);

/** YAML front matter: a `---` line at the very start, up to the next `---` or `...` line. */
export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

const start = (node: Node) => node.position?.start.offset ?? 0;
const end = (node: Node) => node.position?.end.offset ?? 0;

/** Node types whose text is never prose. */
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'break', 'thematicBreak']);

const NAMED_ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

const SPACE = 32;
const utf16 = new TextDecoder('utf-16le');

/**
 * Copies a text node's source into `out` (UTF-16 code units), aligned with its decoded value:
 * backslash escapes and entity references are reduced to their character (padded with spaces), and
 * source characters that are not in the value (blockquote and list-continuation prefixes) become spaces.
 */
function copyText(source: string, from: number, to: number, value: string, out: Uint16Array): void {
  if (to - from === value.length && source.startsWith(value, from)) {
    for (let i = from; i < to; i++) out[i] = source.charCodeAt(i); // the common case: text as written
    return;
  }
  let i = from;
  let j = 0;
  while (i < to) {
    const c = source[i]!;
    if (j < value.length && c === value[j]) {
      out[i] = source.charCodeAt(i);
      i++;
      j++;
    } else if (c === '\\' && i + 1 < to && ASCII_PUNCTUATION.test(source[i + 1]!) && value[j] === source[i + 1]) {
      out[i] = SPACE;
      out[i + 1] = source.charCodeAt(i + 1);
      i += 2;
      j++;
    } else if (c === '&' && NAMED_ENTITY.test(source.slice(i, Math.min(to, i + 34)))) {
      const entity = NAMED_ENTITY.exec(source.slice(i, Math.min(to, i + 34)))![0];
      const code = value.codePointAt(j) ?? SPACE;
      const decoded = String.fromCodePoint(code);
      // A decoded character that is not a letter would not help the NLP; keep it only if it fits.
      out[i] = decoded.length === 1 ? code : SPACE;
      for (let k = 1; k < entity.length; k++) out[i + k] = SPACE;
      i += entity.length;
      j += decoded.length;
    } else {
      if (c !== '\n' && c !== '\r') out[i] = SPACE;
      i++;
    }
  }
}

/** Spaces, with the text's line breaks kept. */
function blankCodes(text: string): Uint16Array {
  const codes = new Uint16Array(text.length).fill(SPACE);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) codes[i] = 10;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) codes[i] = 13;
  return codes;
}

function isAutolink(node: Node): boolean {
  const only = node.children?.length === 1 ? node.children[0] : undefined;
  return only?.type === 'text' && (only.value === node.url || /^(?:https?:|www\.|mailto:)/i.test(only.value ?? ''));
}

/** A paragraph that is only bold or italic text and short acts as a heading ("**Duties**"). */
function pseudoHeading(node: Node): boolean {
  const kids = node.children ?? [];
  if (kids.length !== 1 || (kids[0]!.type !== 'strong' && kids[0]!.type !== 'emphasis')) return false;
  return end(node) - start(node) <= PSEUDO_HEADING_LENGTH;
}

/**
 * Shapes no posting has, refused before the parser sees them: micromark's time grows with the square
 * of the nesting (10,000 list markers on one line take half a minute; deep markers on many lines are
 * quadratic too), a list of thousands of items is slow, and a huge table needs gigabytes.
 */
export const MAX_NESTING = 32;
/** Container markers summed over all lines that nest (a few hundred in the most structured posting). */
export const MAX_NESTED_MARKERS = 10_000;
/** Items in one list (a long posting has fifty). */
export const MAX_LIST_ITEMS = 5_000;
/** Table cell separators in the file (a posting's table has a few dozen cells). */
export const MAX_TABLE_CELLS = 20_000;

const CONTAINER_MARKERS = /^(?:[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]|(?=[\r\n]|$)))+/gm;
const MARKER = /^[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

function checkShape(text: string, path: string): void {
  const refuse = (what: string) => {
    throw new InputError(path, `${what}: not a posting`);
  };
  const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length;
  let nested = 0;
  CONTAINER_MARKERS.lastIndex = 0;
  for (let m = CONTAINER_MARKERS.exec(text); m; m = CONTAINER_MARKERS.exec(text)) {
    const depth = m[0].length <= 2 ? 1 : m[0].match(/>|[-*+]|\d{1,9}[.)]/g)!.length; // each marker takes a character or more
    if (depth > MAX_NESTING) refuse(`Markdown nested ${depth} levels deep on line ${lineOf(m.index)} (blockquotes or lists; the limit is ${MAX_NESTING})`);
    if (depth > 1 && (nested += depth) > MAX_NESTED_MARKERS) {
      refuse(`Markdown nests lists or blockquotes on line after line: more than ${MAX_NESTED_MARKERS} nested markers by line ${lineOf(m.index)}`);
    }
  }
  let cells = 0;
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    if (++cells > MAX_TABLE_CELLS) refuse(`Markdown with more than ${MAX_TABLE_CELLS} table cells ("|" separators; line ${lineOf(i)})`);
  }
  // One list: item lines, indented continuation lines and blank lines, until a line that is none of these.
  let items = 0;
  let first = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, Math.min(end, start + 16));
    if (MARKER.test(line)) {
      if (items++ === 0) first = start;
      if (items > MAX_LIST_ITEMS) refuse(`Markdown with a list of more than ${MAX_LIST_ITEMS} items (from line ${lineOf(first)})`);
    } else if (!/^(?:[ \t]|\r?$)/.test(line)) {
      items = 0;
    }
    start = end + 1;
  }
}

export function layoutMarkdown(text: string, path: string): Layout {
  checkShape(text, path);
  let frontMatter: Layout['frontMatter'] = { data: {}, titleSpan: undefined };
  let body = text;
  const fm = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  if (fm && fm.index === 0) {
    frontMatter = parseFrontMatter(text, 0, fm[0].length, fm[1] ?? '', path);
    body = blank(fm[0]) + text.slice(fm[0].length);
  }
  // Most postings are paragraphs, headings and lists of plain text: a line scanner reads those
  // exactly; only the parts it cannot read (split where nothing Markdown opens can continue) go to remark.
  const regions = fastPaths.markdown ? markdownRegions(body) : [{ start: 0, end: body.length }];
  const only = regions.length === 1 ? regions[0]!.simple : undefined;
  if (only) return { prose: blankUrls(simpleProse(body, only)), blocks: only.blocks, frontMatter, directives: [] };
  const chars = blankCodes(text);
  const blocks: RawBlock[] = [];
  const directives: Directive[] = [];
  // The regions remark must read are parsed together (each parse has a fixed cost): put end to end,
  // they read as they do in place, since each starts where every block has ended.
  const parsed = regions.filter((r) => !r.simple);
  const source = parsed.length === 1 && parsed[0]!.start === 0 && parsed[0]!.end === body.length ? body : parsed.map((r) => body.slice(r.start, r.end)).join('');
  const where = new PlaceInFile(parsed);
  readTree(processor.parse(source) as Node, where, text, chars, blocks, directives);
  for (const { start, end, simple } of regions) if (simple) copySimple(body, start, end, simple, chars, blocks);
  blocks.sort((a, b) => a.start - b.start);
  directives.sort((a, b) => a.start - b.start);
  return { prose: blankUrls(utf16.decode(chars)), blocks, frontMatter, directives };
}

/** Maps offsets in the parsed regions, put end to end, to offsets in the file. */
class PlaceInFile {
  private readonly starts: number[] = [];
  private readonly shifts: number[] = [];

  constructor(regions: Array<{ start: number; end: number }>) {
    let at = 0;
    for (const { start, end } of regions) {
      this.starts.push(at);
      this.shifts.push(start - at);
      at += end - start;
    }
  }

  /** The shift of the region a node starting at `offset` is in (a node never spans two). */
  shift(offset: number): number {
    return this.shifts[lastAtOrBefore(this.starts, offset)]!;
  }
}

/**
 * Reads a remark tree of the parsed regions: copies its prose into `chars` and adds its blocks and
 * directives (offsets into `text`).
 */
function readTree(tree: Node, where: PlaceInFile, text: string, chars: Uint16Array, blocks: RawBlock[], directives: Directive[]): void {
  const from = (node: Node) => start(node) + where.shift(start(node));
  const to = (node: Node) => end(node) + where.shift(start(node));
  // HTML is not prose, but its comments can hold peerlint directives.
  const collectDirectives = (node: Node): void => {
    if (node.type === 'html') directives.push(...directivesInHtml(text, from(node), to(node)));
  };

  // Both walks are iterative: 10,000 nested blockquotes or lists would overflow the call stack.
  const copyInline = (root: Node): void => {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      collectDirectives(node);
      if (SKIPPED.has(node.type)) continue;
      if (node.type === 'link' && isAutolink(node)) continue;
      if (node.type === 'text' && typeof node.value === 'string') copyText(text, from(node), to(node), node.value, chars);
      else if (node.children) for (const child of node.children) stack.push(child);
    }
  };

  const block = (kind: RawBlock['kind'], node: Node, depth = 0): void => {
    copyInline(node);
    blocks.push({ kind, start: from(node), end: to(node), depth });
  };

  // Depth-first in document order, so blocks come out in the order they appear.
  const stack: Array<{ node: Node; parent: Node | undefined }> = [{ node: tree, parent: undefined }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, parent } = item;
    switch (node.type) {
      case 'heading':
        block('heading', node, node.depth ?? 1);
        break;
      case 'paragraph':
        if (pseudoHeading(node)) block('heading', node, 7);
        else block(parent?.type === 'listItem' ? 'list-item' : 'paragraph', node);
        break;
      case 'tableCell':
        block('table-cell', node);
        break;
      default:
        collectDirectives(node);
        if (SKIPPED.has(node.type)) break;
        for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push({ node: node.children![i]!, parent: node });
    }
  }
}
