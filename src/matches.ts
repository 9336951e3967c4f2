/**
 * Every match of a global pattern in `text`, as `[...text.matchAll(pattern)]` finds them from the
 * start, without matchAll's copy of the pattern: V8 takes ~2.5 µs per KB of source to copy one, and
 * the lexicons' patterns run to tens of kilobytes and are searched many times per posting. The matches
 * are all found before any is handed back, so a caller may use the same pattern again meanwhile.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  const wide = pattern.flags.includes('u') || pattern.flags.includes('v');
  let at = 0;
  for (;;) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) break;
    found.push(match);
    at = match.index + match[0].length;
    // An empty match moves on by one character, as matchAll does (a code point with the u or v flag).
    if (match[0].length === 0) at += wide && (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    if (at > text.length) break;
  }
  pattern.lastIndex = 0;
  return found;
}
