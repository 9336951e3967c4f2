/** A Word .docx of a Markdown posting (title, headings, bullets, tables, bold lines), for tests and the benchmark. */
export function markdownToDocx(markdown: string): Promise<Buffer>;
