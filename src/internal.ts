/**
 * Internals for the benchmark (bench/in-process.mjs), built as dist/internal.js beside the library and
 * sharing its modules: not part of the library API, and free to change.
 * - setFastPaths(false) sends every posting through remark-parse, for the byte-identical check.
 * - layoutMarkdown and markdownRegions time the Markdown parse on its own (the parse share).
 */
export { setFastPaths } from './document/fast-paths.ts';
export { layoutMarkdown } from './document/markdown.ts';
export { markdownRegions } from './document/simple-markdown.ts';
