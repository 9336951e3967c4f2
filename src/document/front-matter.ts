import { InputError } from '../errors.ts';
import { lazy } from '../lazy.ts';
import type { Layout } from './layout.ts';

/** yaml loads only for a posting with front matter. */
const yaml = lazy<typeof import('yaml')>('yaml');

/**
 * Parses YAML front matter. `from`/`to` delimit the whole block (with its --- fences) in `text`.
 * Returns the data and where the `title:` value sits, so "missing" findings can point at it.
 */
export function parseFrontMatter(text: string, from: number, to: number, value: string, path: string): Layout['frontMatter'] {
  const doc = yaml().parseDocument(value, { keepSourceTokens: false });
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
  // Only the key is matched; the line's end is found by indexOf and trimEnd (a lazy `(.*?)[ \t]*$` retried
  // the space run from every position: quadratic on a long run of spaces or tabs).
  const titleMatch = /^title[ \t]*:/m.exec(value);
  let titleSpan: Layout['frontMatter']['titleSpan'];
  if (titleMatch && valueStart >= 0 && valueStart < to) {
    const lineEnd = value.indexOf('\n', titleMatch.index);
    const line = value.slice(titleMatch.index, lineEnd < 0 ? value.length : lineEnd);
    titleSpan = { start: valueStart + titleMatch.index, end: valueStart + titleMatch.index + line.trimEnd().length };
  }
  return { data: data as Record<string, unknown>, titleSpan };
}
