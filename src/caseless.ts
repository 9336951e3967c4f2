/**
 * Case-insensitive matching without the `i` flag: the pattern's letters lower-cased, matched against
 * lower-cased text. V8 compiles a large pattern (the lexicons' alternations run to tens of kilobytes)
 * a quarter faster without `i`, and a one-file lint compiles each of them once. Escapes (`\S`, `\W`,
 * `\u00C0`) are kept as written; character ranges become lower-case ranges, which is what they meet.
 */
export const lowerCased = (source: string): string => source.replace(/\\.|[A-Z]/g, (m) => (m.length === 2 ? m : m.toLowerCase()));

/**
 * The text to match a lower-cased pattern against, when its offsets are the text's own: lower-casing
 * keeps the length of all but a few characters ("İ" becomes two); undefined when it does not.
 */
export function lowerCaseAligned(text: string): string | undefined {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}
