import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * HTML (a Google Docs or Word export, a job board's page, mammoth's rendering of a .docx) as the
 * equivalent Markdown, so that the one Markdown reader builds the same document model (sections,
 * bullets, tables, a bold line acting as a heading) and the rules need no change. `paragraphs` holds
 * where each paragraph (heading, paragraph, list item, table cell) starts in the Markdown, in reading
 * order: findings in a Word document are reported by paragraph number.
 */
export interface ExtractedText {
  markdown: string;
  paragraphs: number[];
}

const processor = unified().use(rehypeParse);

/** Never prose: not rendered, or not text. */
const SKIPPED = new Set(['head', 'title', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button', 'input', 'img', 'video', 'audio', 'hr', 'nav']);
/** Elements whose content starts a new block. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'center',
]);

const HEADING = /^h([1-6])$/;
/** A bulleted line in text that HTML did not mark up as a list ("• Do this<br>• Do that"). */
const BULLET_LINE = /^[ \t]*[-*•·▪◦–][ \t]+/;

interface Styles {
  /** Class names that a `<style>` sheet makes bold (Google Docs puts its formatting in classes). */
  bold: Set<string>;
  italic: Set<string>;
}

function classesOf(node: Element): string[] {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function styleOf(node: Element): string {
  const value = node.properties?.['style'];
  return typeof value === 'string' ? value.toLowerCase() : '';
}

function isHidden(node: Element): boolean {
  return node.properties?.['hidden'] !== undefined && node.properties['hidden'] !== false || /display\s*:\s*none|visibility\s*:\s*hidden/.test(styleOf(node));
}

/** Class rules of the page's style sheets that set bold or italic (`.c3{font-weight:700}`). */
function readStyles(tree: Root): Styles {
  const styles: Styles = { bold: new Set(), italic: new Set() };
  const visit = (node: Root | ElementContent | RootContent): void => {
    if (node.type === 'element' && node.tagName === 'style') {
      const css = toText(node, { whitespace: 'pre' });
      // Rules are split with indexOf, not matched with a pattern: `((?:\.[\w-]+\s*,?\s*)+)\{` takes
      // exponential time on a long selector list without a brace (a hostile page).
      const rules = css.split('}').slice(0, -1);
      for (const rule of rules) {
        const open = rule.indexOf('{');
        if (open < 0) continue;
        const names = trailingClasses(rule.slice(0, open));
        const body = rule.slice(open + 1).toLowerCase();
        if (/font-weight\s*:\s*(?:bold|[6-9]00)/.test(body)) names.forEach((n) => styles.bold.add(n));
        if (/font-style\s*:\s*italic/.test(body)) names.forEach((n) => styles.italic.add(n));
      }
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return styles;
}

/** Whether an element makes its text bold (or, with `italic`, italic), by tag, inline style or class. */
function emphasis(node: Element, styles: Styles, italic: boolean): boolean | undefined {
  const style = styleOf(node);
  if (italic) {
    if (/font-style\s*:\s*normal/.test(style)) return false;
    if (node.tagName === 'em' || node.tagName === 'i' || /font-style\s*:\s*italic/.test(style)) return true;
    return classesOf(node).some((c) => styles.italic.has(c)) || undefined;
  }
  // Google Docs wraps pasted text in <b style="font-weight:normal">: not bold.
  if (/font-weight\s*:\s*(?:normal|[1-4]00)/.test(style)) return false;
  if (node.tagName === 'b' || node.tagName === 'strong' || /font-weight\s*:\s*(?:bold|[6-9]00)/.test(style)) return true;
  return classesOf(node).some((c) => styles.bold.has(c)) || undefined;
}

/** True when every letter of the inline content is bold (or italic): a line that acts as a heading. */
function allEmphasised(nodes: ElementContent[], styles: Styles, italic: boolean, inherited = false): boolean {
  let sawText = false;
  const visit = (node: ElementContent, on: boolean): boolean => {
    if (node.type === 'text') {
      if (!/\S/.test(node.value)) return true;
      sawText = true;
      return on;
    }
    if (node.type !== 'element' || SKIPPED.has(node.tagName)) return true;
    const here = emphasis(node, styles, italic) ?? on;
    return node.children.every((child) => visit(child, here));
  };
  return nodes.every((n) => visit(n, inherited)) && sawText;
}

/** Characters that would start Markdown markup at the start of a line. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^([>+\-*])(?=[ \t]|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
    .replace(/^([=\-_*])(?=[ \t]*\1[ \t]*\1|[ \t]*$)/, '\\$1');
}

/** Characters that would start Markdown markup inside a line: code spans, HTML, entity references, links. */
function escapeInline(text: string): string {
  return text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/\](?=[([])/g, '\\]');
}

/** Normalises the text of one inline run: no-break and zero-width spaces, runs of blank space. */
function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n');
}

class MarkdownWriter {
  private out = '';
  private lastWasItem = false;
  readonly paragraphs: number[] = [];
  constructor(private readonly styles: Styles) {}

  get markdown(): string {
    let end = this.out.length;
    while (end > 0 && this.out[end - 1] === '\n') end--; // not /\n+$/: quadratic on a long run of line breaks
    return this.out.slice(0, end) + '\n';
  }

  /** Starts a new block: a blank line after the one before (list items follow each other directly). */
  private startBlock(item = false): void {
    if (this.out !== '' && !this.out.endsWith('\n\n') && !(item && this.lastWasItem)) this.out += this.out.endsWith('\n') ? '\n' : '\n\n';
    this.lastWasItem = item;
  }

  /** One paragraph, with `prefix` ('# ', '- ', '> ') on its first line and `indent` on the others. */
  paragraph(text: string, prefix = '', indent = '', wrap = ''): void {
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) return;
    this.startBlock(/^(?:> )?[ ]*(?:[-*+]|\d{1,9}[.)]) $/.test(prefix));
    this.paragraphs.push(this.out.length);
    const body = lines.map((l, i) => (i === 0 && prefix.startsWith('#') ? escapeInline(l) : escapeLineStart(escapeInline(l))));
    this.out += prefix + wrap + body.join('\n' + indent) + wrap + '\n';
  }

  /** A list ended: whatever comes next is a block of its own (a blank line), even another list. */
  endList(): void {
    this.lastWasItem = false;
  }

  table(rows: string[][]): void {
    const width = Math.max(...rows.map((r) => r.length));
    if (width === 0) return;
    this.startBlock();
    const cell = (text: string) => escapeInline(text.replace(/\s+/g, ' ').trim()).replace(/\|/g, '\\|');
    rows.forEach((row, r) => {
      let line = '|';
      for (let c = 0; c < width; c++) {
        const text = cell(row[c] ?? '');
        if (text !== '') this.paragraphs.push(this.out.length + line.length + 1);
        line += ` ${text} |`;
      }
      this.out += line + '\n';
      if (r === 0) this.out += '|' + ' --- |'.repeat(width) + '\n';
    });
  }
}

interface Context {
  writer: MarkdownWriter;
  styles: Styles;
  /** Markdown prefix for list items and blockquotes at this depth. */
  indent: string;
  quote: boolean;
}

/** The text of inline content, as a browser's innerText would give it (whitespace collapsed, <br> a line break). */
function inlineText(nodes: ElementContent[]): string {
  const root: Root = { type: 'root', children: nodes.filter((n) => !(n.type === 'element' && SKIPPED.has(n.tagName))) as RootContent[] };
  return cleanText(toText(root));
}

/** Writes a run of inline content: one paragraph, or several when it holds blank lines or bulleted lines. */
function writeInline(nodes: ElementContent[], ctx: Context, kind: { heading?: number; listMarker?: string } = {}): void {
  const text = inlineText(nodes);
  if (!/\S/.test(text)) return;
  const quote = ctx.quote ? '> ' : '';
  if (kind.heading) {
    ctx.writer.paragraph(text.replace(/\n/g, ' '), quote + '#'.repeat(kind.heading) + ' ');
    return;
  }
  if (kind.listMarker) {
    ctx.writer.paragraph(text, quote + ctx.indent + kind.listMarker, quote + ctx.indent + ' '.repeat(kind.listMarker.length));
    return;
  }
  const short = text.trim().length <= 80 && !text.trim().includes('\n');
  const wrap = short && allEmphasised(nodes, ctx.styles, false) ? '**' : short && allEmphasised(nodes, ctx.styles, true) ? '*' : '';
  if (wrap) {
    ctx.writer.paragraph(text.trim(), quote + ctx.indent, '', wrap);
    return;
  }
  // Paragraphs separated by blank lines, and "• item" lines, as a plain-text reader would see them.
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) ctx.writer.paragraph(paragraph.join('\n'), quote + ctx.indent, quote + ctx.indent);
      paragraph = [];
    };
    for (const line of chunk.split('\n')) {
      if (BULLET_LINE.test(line)) {
        flush();
        ctx.writer.paragraph(line.replace(BULLET_LINE, ''), quote + ctx.indent + '- ', quote + ctx.indent + '  ');
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
}

const isBlock = (node: ElementContent): boolean => node.type === 'element' && (BLOCKS.has(node.tagName) || (node.tagName === 'p'));

/** Writes the children of a block container: runs of inline content become paragraphs, blocks recurse. */
function writeChildren(children: ElementContent[], ctx: Context): void {
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length) writeInline(run, ctx);
    run = [];
  };
  for (const child of children) {
    if (child.type === 'comment') continue;
    if (child.type === 'element' && (SKIPPED.has(child.tagName) || isHidden(child))) continue;
    if (child.type === 'element' && isBlock(child)) {
      flush();
      writeBlock(child, ctx);
    } else {
      run.push(child);
    }
  }
  flush();
}

/** A table of short cells is a table; one whose cells hold paragraphs, lists or headings only lays a page out. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function isSimpleCell(cell: Element): boolean {
  let blocks = 0;
  const visit = (node: Element): boolean => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (/^(?:ul|ol|table|h[1-6]|blockquote|pre)$/.test(child.tagName)) return false;
      if (child.tagName === 'p' || child.tagName === 'div') {
        if (++blocks > 1) return false;
      }
      if (!visit(child)) return false;
    }
    return true;
  };
  return visit(cell);
}

function writeBlock(node: Element, ctx: Context): void {
  const tag = node.tagName;
  const heading = HEADING.exec(tag);
  const classes = classesOf(node);
  if (heading) return writeInline(node.children, ctx, { heading: Number(heading[1]) });
  if (tag === 'p' && classes.includes('title')) return writeInline(node.children, ctx, { heading: 1 }); // Google Docs' "Title" style
  if (tag === 'ul' || tag === 'ol') {
    let number = Number(node.properties?.['start'] ?? 1) || 1;
    for (const item of node.children) {
      if (item.type !== 'element' || item.tagName !== 'li') {
        if (item.type === 'element' && (item.tagName === 'ul' || item.tagName === 'ol')) writeBlock(item, { ...ctx, indent: ctx.indent + '  ' });
        continue;
      }
      writeListItem(item, ctx, tag === 'ol' ? `${number++}. ` : '- ');
    }
    if (ctx.indent === '') ctx.writer.endList();
    return;
  }
  if (tag === 'li') return writeListItem(node, ctx, '- ');
  if (tag === 'table') {
    const rows = tableRows(node);
    if (rows.length > 0 && rows.every((row) => row.every(isSimpleCell))) {
      ctx.writer.table(rows.map((row) => row.map((cell) => inlineText(cell.children))));
    } else {
      for (const row of rows) for (const cell of row) writeChildren(cell.children, ctx);
    }
    return;
  }
  if (tag === 'blockquote') return writeChildren(node.children, { ...ctx, quote: true });
  if (tag === 'pre') {
    // In a posting, <pre> holds preformatted plain text, not code: its lines are prose.
    const text = toText(node, { whitespace: 'pre' });
    for (const chunk of cleanText(text).split(/\n[ \t]*\n/)) writeInline([{ type: 'text', value: chunk }], ctx);
    return;
  }
  writeChildren(node.children, ctx);
}

function writeListItem(item: Element, ctx: Context, marker: string): void {
  // The item's first paragraph carries the marker; later paragraphs and nested lists are indented under it.
  const inline: ElementContent[] = [];
  let rest = 0;
  for (; rest < item.children.length; rest++) {
    const child = item.children[rest]!;
    if (child.type === 'element' && isBlock(child)) {
      if (inline.every((n) => n.type === 'text' && !/\S/.test(n.value)) && child.tagName === 'p') {
        inline.push(...child.children); // <li><p>text</p></li>, as Google Docs and Word write it
        rest++;
      }
      break;
    }
    inline.push(child);
  }
  writeInline(inline, ctx, { listMarker: marker });
  const nested = { ...ctx, indent: ctx.indent + ' '.repeat(marker.length) };
  writeChildren(item.children.slice(rest), nested);
}

/** Converts an HTML document (or fragment) to the equivalent Markdown. */
export function htmlToMarkdown(html: string): ExtractedText {
  const tree = processor.parse(html) as Root;
  const styles = readStyles(tree);
  const writer = new MarkdownWriter(styles);
  const ctx: Context = { writer, styles, indent: '', quote: false };
  writeChildren(tree.children.filter((n): n is ElementContent => n.type === 'element' || n.type === 'text'), ctx);
  return { markdown: writer.markdown, paragraphs: writer.paragraphs };
}

/** The class names that end a selector list, right before its `{` (".c1, .c2" -> c1, c2; "p.c3" -> c3), read from the end. */
function trailingClasses(selector: string): string[] {
  const names: string[] = [];
  let end = selector.length;
  for (;;) {
    while (end > 0 && /[\s,]/.test(selector[end - 1]!)) end--;
    let start = end;
    while (start > 0 && /[\w-]/.test(selector[start - 1]!)) start--;
    if (start === end || selector[start - 1] !== '.') return names;
    names.unshift(selector.slice(start, end));
    end = start - 1;
  }
}
