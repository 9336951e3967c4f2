import { blank, blankUrls, type Layout, type RawBlock } from './layout.ts';
import { directiveLine } from './directives.ts';
import type { Directive } from './types.ts';

const BULLET = /^[ \t]*(?:[-*•·–]|\d{1,2}[.)])[ \t]+/;
/** "ESSENTIAL FUNCTIONS", "Duties:" on a line of their own. */
/** Tested on the trimmed line: white space at both ends of a class that holds spaces is quadratic. */
const CAPS_HEADING = /^[A-Z][A-Z0-9 &/,'’()-]{2,60}:?$/;
const COLON_HEADING = /^[ \t]*[A-Z][A-Za-z0-9 &/,'’()-]{2,50}:[ \t]*$/;

/**
 * Plain text: the prose is the text itself. Blocks are paragraphs separated by blank lines, except
 * that bullet lines, heading-like lines and short "Label: value" lines stand alone. HTML comments
 * are blanked first (same length, so offsets stay exact).
 */
export function layoutPlainText(original: string): Layout {
  // `<!-- ... -->` is a comment in plain text too (as in Markdown): never prose, never the title.
  const text = blankSpans(original, htmlComments(original));
  const blocks: RawBlock[] = [];
  const lines = /([^\r\n]*)(?:\r\n|\r|\n|$)/g;
  let paragraph: RawBlock | undefined;
  const flush = () => {
    if (paragraph) blocks.push(paragraph);
    paragraph = undefined;
  };
  let first = true;
  const directives: Directive[] = [];
  for (let m = lines.exec(text); m && m[0].length > 0; m = lines.exec(text)) {
    const line = m[1]!;
    const start = m.index;
    const end = start + line.length;
    const directive = directiveLine(line, start);
    if (directive) {
      // A directive line is not prose and ends the paragraph, like a blank line.
      directives.push(directive);
      flush();
      continue;
    }
    if (line.trim() === '') {
      flush();
    } else if (first) {
      // The first line of a plain-text posting is its title.
      blocks.push({ kind: 'heading', start, end, depth: 1 });
    } else if (CAPS_HEADING.test(line.trim()) && /[A-Z]{3}/.test(line)) {
      flush();
      blocks.push({ kind: 'heading', start, end, depth: 2 });
    } else if (COLON_HEADING.test(line)) {
      flush();
      blocks.push({ kind: 'heading', start, end, depth: 3 });
    } else if (BULLET.test(line)) {
      flush();
      const marker = BULLET.exec(line)![0].length;
      paragraph = { kind: 'list-item', start: start + marker, end, depth: 0 };
    } else if (paragraph && !/^[^:]{1,30}:\s/.test(line)) {
      paragraph.end = end; // a wrapped line continues the paragraph or bullet
    } else {
      flush();
      paragraph = { kind: 'paragraph', start, end, depth: 0 };
    }
    if (line.trim() !== '') first = false;
  }
  flush();
  // Bullet markers are not prose.
  let prose = blankUrls(text.replace(new RegExp(BULLET.source, 'gm'), (marker) => marker.replace(/[^\t ]/g, ' ')));
  if (directives.length > 0) prose = blankSpans(prose, directives);
  return { prose, blocks, frontMatter: { data: {}, titleSpan: undefined }, directives };
}

/** Blanks each span (in order, not overlapping) in one pass: rebuilding the text per span is quadratic. */
function blankSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    parts.push(text.slice(at, start), blank(text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Where the HTML comments are, found with indexOf: a lazy `<!--[\s\S]*?-->` is quadratic when one is never closed. */
function htmlComments(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    spans.push({ start: open, end: close + 3 });
    open = text.indexOf('<!--', close + 3);
  }
  return spans;
}
