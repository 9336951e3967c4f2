// Rewrites a bundle's source as ASCII with the same meaning: Node decodes ~1 MB of UTF-8 that holds a few
// non-ASCII characters (curly quotes in patterns) far slower than pure ASCII, ~10 ms of a one-file lint
// (bin/compile-cache.js reads dist/cli.cjs on every run), and V8 keeps ASCII as one-byte text. esbuild already escapes
// strings; it leaves regular expression literals, tagged templates (String.raw) and comments as written.
// Outside templates a character becomes \uXXXX (the same character in strings, patterns, identifiers
// and comments alike); in a String.raw template it becomes ${"\uXXXX"}, since String.raw would keep a
// \uXXXX escape as six characters. TypeScript's parser says which characters are in templates.
// Returns undefined when the text cannot be rewritten safely (another tag holds such a character) or
// TypeScript is not installed (the GitHub Action builds without it): the bundle then stays UTF-8.

const escape = (code) => `\\u${code.toString(16).padStart(4, '0')}`;

export async function asciiSource(code) {
  if (!/[^\x00-\x7f]/.test(code)) return code;
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    return undefined;
  }
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end) of the text of String.raw templates. */
  const raw = [];
  let safe = true;
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node)) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((s) => s.literal)];
      const isRaw = node.tag.getText(file) === 'String.raw';
      for (const part of parts) {
        const [start, end] = [part.getStart(file), part.end];
        if (!/[^\x00-\x7f]/.test(code.slice(start, end))) continue;
        if (isRaw) raw.push([start, end]);
        else safe = false;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (!safe) return undefined;
  raw.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  let r = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x80) continue;
    while (r < raw.length && raw[r][1] <= i) r++;
    const inRaw = r < raw.length && raw[r][0] <= i;
    out += code.slice(from, i) + (inRaw ? `\${"${escape(c)}"}` : escape(c));
    from = i + 1;
  }
  return out + code.slice(from);
}
