import { parseDocument } from 'yaml';
import { InputError } from '../errors.ts';
import type { Layout } from './layout.ts';

/**
 * Parses YAML front matter. `from`/`to` delimit the whole block (with its --- fences) in `text`.
 * Returns the data and where the `title:` value sits, so "missing" findings can point at it.
 */
export function parseFrontMatter(text: string, from: number, to: number, value: string, path: string): Layout['frontMatter'] {
  const doc = parseDocument(value, { keepSourceTokens: false });
  if (doc.errors.length > 0) {
    throw new InputError(path, `invalid YAML front matter: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  let data: unknown;
  try {
    data = doc.toJS(); // refuses a document whose aliases expand too far (a "billion laughs")
  } catch (error) {
    throw new InputError(path, `invalid YAML front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return { data: {}, titleSpan: undefined };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(path, 'front matter must be a YAML mapping (key: value lines)');
  }
  const valueStart = text.indexOf(value, from);
  const titleMatch = /^title[ \t]*:.*$/m.exec(value); // trimmed below: `(.*?)[ \t]*$` is quadratic on a run of spaces
  const titleSpan =
    titleMatch && valueStart >= 0 && valueStart < to
      ? { start: valueStart + titleMatch.index, end: valueStart + titleMatch.index + titleMatch[0].trimEnd().length }
      : undefined;
  return { data: data as Record<string, unknown>, titleSpan };
}
