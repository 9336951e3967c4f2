import type { BlockKind, Directive, Span } from './types.ts';

/** What a format-specific parser hands to the document builder. */
export interface RawBlock extends Span {
  kind: BlockKind;
  /** Heading depth (1-6; 7 for a bold-only line acting as a heading); 0 for other blocks. */
  depth: number;
}

/** The longest paragraph of nothing but bold (or italic) text that acts as a heading ("**Duties**"), depth 7. */
export const PSEUDO_HEADING_LENGTH = 80;

export interface Layout {
  prose: string;
  blocks: RawBlock[];
  frontMatter: { data: Record<string, unknown>; titleSpan: Span | undefined };
  directives: Directive[];
}

/** Same-length blank: every character but line breaks becomes a space. */
export const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/**
 * Bare URLs and e-mail addresses are not prose. The e-mail half starts only where a run of
 * local-part characters starts (the look-behind): without it, a long run with no `@` (a pasted
 * base64 blob, a row of digits or dots) is rescanned from every position, quadratic in its length.
 */
export const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
// The look-behind never fails where this is tried (just after an `@`), but keeps the pattern linear
// if searched anywhere: without it a long run of word characters is retried from each of its positions.
const EMAIL_DOMAIN = /(?<![\w-])[\w-]+(?:\.[\w-]+)+/y;

/**
 * `prose` with what BARE_URL matches blanked. Each half is searched only where the text can hold it:
 * most postings have an e-mail address and no web address, and the pattern's e-mail half, tried at
 * the start of every word, cost ~5% of linting a posting; here addresses are found from their `@`s.
 */
export function blankUrls(prose: string): string {
  const web = prose.includes('://') || prose.includes('www.');
  const mail = prose.includes('@');
  if (web) return prose.replace(mail ? BARE_URL : WEB_ADDRESS, blank);
  if (!mail) return prose;
  let blanked = '';
  let copied = 0;
  for (let at = prose.indexOf('@'); at !== -1; at = prose.indexOf('@', at + 1)) {
    // The local part is the whole run of its characters before the `@`, back to the last address.
    let start = at;
    while (start > copied && isLocalPart(prose.charCodeAt(start - 1))) start--;
    if (start === at || (start > 0 && isLocalPart(prose.charCodeAt(start - 1)))) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (!EMAIL_DOMAIN.test(prose)) continue;
    blanked += prose.slice(copied, start) + ' '.repeat(EMAIL_DOMAIN.lastIndex - start);
    copied = EMAIL_DOMAIN.lastIndex;
    at = copied - 1;
  }
  return copied === 0 ? prose : blanked + prose.slice(copied);
}

/** `[\w.+-]`: a character of an e-mail address's local part. */
function isLocalPart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45;
}
