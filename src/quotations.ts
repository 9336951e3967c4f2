import type { Span } from './document/types.ts';

/**
 * Passages in which a person speaks of themselves: a quotation (in quotation marks, or a Markdown
 * blockquote) that is in the first person singular, or a paragraph in the first person signed with
 * "— Name". What people say about their own lives ("I was an addict for ten years," says Dee) is their
 * word to use, so word-list rules leave it alone; scare quotes ("we never call anyone an 'addict'") and
 * staff quoted about others ("our residents are alcoholics," the director said) are not first-person
 * singular and still count.
 */

/** First person singular: "I", "I'm", "me", "my", "myself"… ("I" only as a capital, so not a list marker "i."). */
const FIRST_PERSON = /(?<![A-Za-z0-9-])(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![A-Za-z0-9-])/;
/** A signature at the end of a testimonial: "— Luis, Peer Mentor", "- Dee". */
const SIGNATURE = /(?:^|\s)[—–-]{1,2}\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?(?:,[^\n]{0,60})?\s*$/;

const OPENING = new Set(['“', '‘', '«', '„', '‚']);
const CLOSING: Record<string, string> = { '“': '”', '„': '”', '«': '»', '‘': '’', '‚': '’' };
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /[\s([{—–-]/.test(c);

/** Quoted passages of `text[start, end)`: pairs of quotation marks, apostrophes told apart by context. */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open: { at: number; close: string } | undefined;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c !== '"' && c !== "'" && c !== '’' && !OPENING.has(c) && c !== '”' && c !== '»') continue;
    const before = i > start ? text[i - 1] : undefined;
    const after = i + 1 < end ? text[i + 1] : undefined;
    if (open) {
      const closes = c === open.close || (open.close === "'" && c === '’') || (open.close === '’' && c === "'");
      // An apostrophe inside a word ("I'm", "Dee's") never closes a quotation.
      if (closes && !(isLetter(before) && isLetter(after))) {
        spans.push({ start: open.at, end: i + 1 });
        open = undefined;
      }
      continue;
    }
    if (c === '"') open = { at: i, close: '"' };
    else if (OPENING.has(c)) open = { at: i, close: CLOSING[c]! };
    else if ((c === "'" || c === '’') && isSpace(before) && after !== undefined && !/\s/.test(after)) open = { at: i, close: c };
  }
  // A quotation left open runs to the end of the block (a testimonial quoted over several paragraphs).
  if (open) spans.push({ start: open.at, end });
  return spans;
}

/**
 * The spans of `text[start, end)` (one block) in which a person speaks of themselves. `blockquote` says
 * the block is a Markdown blockquote, which is a quotation as a whole.
 */
export function selfSpokenSpans(text: string, start: number, end: number, blockquote: boolean): Span[] {
  const block = text.slice(start, end);
  if (!FIRST_PERSON.test(block)) return [];
  if (blockquote || SIGNATURE.test(block)) return [{ start, end }];
  return quotedSpans(text, start, end).filter((q) => FIRST_PERSON.test(text.slice(q.start, q.end)));
}

/** True when the block starting at `start` sits in a Markdown blockquote ("> …" on its first line). */
export function inBlockquote(source: string, start: number): boolean {
  let quoted = false;
  // Walk back over the line's prefix only (indentation, ">" markers, list markers), so this stays cheap.
  for (let i = start - 1; i >= 0; i--) {
    const c = source[i]!;
    if (c === '\n') return quoted;
    if (c === '>') quoted = true;
    else if (!/[ \t*+\-\d.)]/.test(c)) return false;
  }
  return quoted;
}
