/**
 * Text from files, JSON Lines ids and postings reaches the terminal in the stylish report and on
 * stderr. Control characters there are commands to the terminal, not text: ESC starts colour, cursor
 * and OSC 8/52 sequences (hyperlinks, clipboard writes), CR and line breaks forge lines of output.
 * They are shown as escapes instead (`\x1b`, `\r`, `\n`, `\u2028`).
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function escapeControl(text: string): string {
  return wellFormed(text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Lone surrogates (half of a UTF-16 pair) become U+FFFD: they cannot be encoded as UTF-8 or in a URI. */
export function wellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed();
}
