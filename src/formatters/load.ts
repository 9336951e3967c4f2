import type { WriterFactory } from './types.ts';

/**
 * Each format's writer, loaded on demand: a run loads only the formatter it uses (the stylish report
 * brings chalk, the HTML report its renderer). `writers` in ./index.ts has them all, for the library.
 */
const LOADERS: Record<string, () => Promise<WriterFactory>> = {
  stylish: async () => (await import('./stylish.ts')).stylishWriter,
  json: async () => (await import('./json.ts')).jsonWriter,
  jsonl: async () => (await import('./json.ts')).jsonLinesWriter,
  sarif: async () => (await import('./sarif.ts')).sarifWriter,
  github: async () => (await import('./github.ts')).githubWriter,
  junit: async () => (await import('./junit.ts')).junitWriter,
  html: async () => (await import('./html.ts')).htmlWriter,
};

export function loadWriter(format: string): Promise<WriterFactory> {
  const load = LOADERS[format];
  if (!load) throw new Error(`unknown format "${format}"`);
  return load();
}
