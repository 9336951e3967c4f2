import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../src/finding.ts';
import { htmlToMarkdown } from '../src/input/html.ts';
import { loadPosting } from '../src/input/index.ts';
import { lintFile, lintFileAsync, lintText } from '../src/lint.ts';
import { markdownToDocx } from '../scripts/markdown-to-docx.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/peerlint.js');
const FORMATS = join(root, 'fixtures/formats');
const markdown = readFileSync(join(FORMATS, 'peer-support-specialist.md'), 'utf8');
let dir: string;

/** What a finding says, wherever it is: the same posting in any format must say the same things. */
const said = (result: FileResult) => result.findings.map((f) => `${f.ruleId} | ${f.text.replace(/\s+/g, ' ')} | ${f.message}`).sort();

function peerlint(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-inputs-'));
  writeFileSync(join(dir, 'posting.docx'), await markdownToDocx(markdown));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the same posting as Markdown, a Google Docs export and a Word document', () => {
  const fromMarkdown = lintText(markdown, { filePath: 'posting.md' });

  it('the Markdown posting has the findings the other formats must match', () => {
    expect(fromMarkdown.peerRole).toBe(true);
    expect(fromMarkdown.findings.map((f) => f.ruleId).sort()).toEqual(['no-clinical-duties', 'no-clinical-duties', 'no-stigmatizing-language', 'no-stigmatizing-language']);
  });

  it('a Google Docs .html export (classes for bold, the Title style, spans that split words, a table) reports the same findings', async () => {
    const html = await lintFileAsync(join(FORMATS, 'peer-support-specialist.html'));
    expect(html.error).toBeUndefined();
    expect(html.peerRole).toBe(true);
    expect(said(html)).toEqual(said(fromMarkdown));
  });

  it('a Word .docx reports the same findings', async () => {
    const docx = await lintFileAsync(join(dir, 'posting.docx'));
    expect(docx.error).toBeUndefined();
    expect(docx.peerRole).toBe(true);
    expect(said(docx)).toEqual(said(fromMarkdown));
  });

  it('Word and HTML findings carry the paragraph they are in, counting headings, list items and table cells', async () => {
    const docx = await lintFileAsync(join(dir, 'posting.docx'));
    const html = await lintFileAsync(join(FORMATS, 'peer-support-specialist.html'));
    for (const result of [docx, html]) {
      const at = Object.fromEntries(result.findings.map((f) => [f.text, f.paragraph]));
      // 1 title, 2 place, 3 "About us", 4 its paragraph, 5 "What you will do", 6-10 the duties
      expect(at).toMatchObject({ 'Conduct intake assessments': 7, 'Provide individual counseling': 8, addicts: 8 });
    }
    expect(fromMarkdown.findings.every((f) => f.paragraph === undefined)).toBe(true);
  });

  it('the command line reads .docx in a folder and shows Word positions as paragraphs with the quoted text', () => {
    mkdirSync(join(dir, 'folder'), { recursive: true });
    writeFileSync(join(dir, 'folder/posting.docx'), readFileSync(join(dir, 'posting.docx')));
    const { code, stdout } = peerlint(['folder']);
    expect(code).toBe(1);
    expect(stdout).toContain('folder/posting.docx');
    expect(stdout).toMatch(/paragraph 7 +error +Role drift/);
    expect(stdout).not.toMatch(/^\s+\d+:\d+ /m);
  });
});

describe('HTML', () => {
  it('keeps headings, lists and a bold line as structure', () => {
    const { markdown: md } = htmlToMarkdown('<h1>Peer Mentor</h1><p><b>Duties</b></p><ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul><ol><li>First</li></ol><h3>Pay</h3>');
    expect(md).toBe('# Peer Mentor\n\n**Duties**\n\n- One\n- Two\n  - Nested\n\n1. First\n\n### Pay\n');
  });

  it('never lints script, style or hidden text, and drops link addresses but keeps link text', () => {
    const html = '<html><head><title>addicts</title><style>.addicts{}</style><script>const addicts = 1</script></head><body><h1>Peer Mentor</h1><p hidden>addicts</p><p style="display:none">ex-offenders</p><p>Apply at <a href="https://example.org/addicts">our careers page</a>.</p><noscript>junkies</noscript></body></html>';
    const { markdown: md } = htmlToMarkdown(html);
    expect(md).toBe('# Peer Mentor\n\nApply at our careers page.\n');
  });

  it('escapes text that would be Markdown markup, so it stays text', () => {
    const { markdown: md } = htmlToMarkdown('<p># not a heading</p><p>1. not a list</p><p>a `tick` and &lt;b&gt; and &amp;amp;</p>');
    const result = lintText(md, { filePath: 'x.md', rules: [] });
    expect(result.findings).toEqual([]);
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('1\\. not a list');
    expect(md).toContain('a \\`tick\\` and \\<b> and \\&amp;');
  });

  it('splits text that a page laid out with line breaks and bullets into paragraphs and list items', () => {
    const { markdown: md } = htmlToMarkdown('<div>Duties:<br>• Meet participants<br>• Run groups<br><br>Pay: $20 per hour</div>');
    expect(md).toBe('Duties:\n\n- Meet participants\n- Run groups\n\nPay: $20 per hour\n');
  });

  it('a layout table (cells holding lists and headings) is read as the blocks it holds', () => {
    const { markdown: md } = htmlToMarkdown('<table><tr><td><h2>Duties</h2><ul><li>Meet participants</li></ul></td></tr></table>');
    expect(md).toBe('## Duties\n\n- Meet participants\n');
  });
});

describe('encodings and files peerlint cannot read', () => {
  it('Windows-1252 text ("ANSI") is decoded, with one warning', () => {
    const path = join(dir, 'ansi.txt');
    // "Peer Support Worker", then "café – role" with é = 0xE9 and an en dash = 0x96 in Windows-1252.
    writeFileSync(path, Buffer.concat([Buffer.from('PEER SUPPORT WORKER\nOur caf'), Buffer.from([0xe9, 0x20, 0x96]), Buffer.from(' we have worked with addicts for years.\n')]));
    const result = lintFile(path);
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([expect.stringMatching(/^not UTF-8 \(first non-UTF-8 byte at offset 27\): read as Windows-1252/)]);
    const addicts = result.findings.find((f) => f.ruleId === 'no-stigmatizing-language')!;
    expect(addicts.text).toBe('addicts');
    expect(readFileSync(path, 'latin1').slice(addicts.offset, addicts.endOffset)).toBe('addicts');
    const { stderr } = peerlint(['ansi.txt']);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^peerlint: warning: ansi\.txt: not UTF-8 .* read as Windows-1252/)]);
  });

  it.each([
    ['cv.pdf', '%PDF-1.7', /cannot read PDF files: save the posting as Word \.docx/],
    ['old.doc', '\u00d0\u00cf\u0011\u00e0', /cannot read old Word \.doc files: open it in Word and save it as \.docx/],
    ['draft.rtf', '{\\rtf1 Peer Support Specialist}', /cannot read RTF files/],
    ['draft.odt', 'PK', /cannot read OpenDocument \.odt files/],
  ])('%s gets a clear error that says what to do', (name, content, message) => {
    writeFileSync(join(dir, name), content, 'latin1');
    expect(lintFile(join(dir, name)).error).toMatch(message);
  });

  it('RTF content under another name is refused as RTF, and a ZIP named .md is named as one', () => {
    writeFileSync(join(dir, 'rtf.txt'), '{\\rtf1\\ansi Peer}');
    expect(lintFile(join(dir, 'rtf.txt')).error).toMatch(/cannot read RTF files/);
    writeFileSync(join(dir, 'zip.md'), readFileSync(join(dir, 'posting.docx')));
    expect(lintFile(join(dir, 'zip.md')).error).toMatch(/a ZIP archive, such as a Word \.docx/);
  });

  it('the synchronous lintFile() says to use lintFileAsync() for Word and HTML', () => {
    expect(lintFile(join(FORMATS, 'peer-support-specialist.html')).error).toMatch(/read asynchronously: use lintFileAsync\(\)/);
  });

  it('a .docx that is not a Word document is a clear error, not a crash', async () => {
    writeFileSync(join(dir, 'fake.docx'), 'just text');
    expect((await lintFileAsync(join(dir, 'fake.docx'))).error).toMatch(/not a Word \.docx file/);
    writeFileSync(join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 truncated', 'latin1'));
    expect((await loadPosting(readFileSync(join(dir, 'broken.docx')), 'broken.docx').catch((e: Error) => e.message))).toMatch(/broken\.docx: cannot read this \.docx/);
  });

  it('a folder holding only files peerlint cannot read is exit 2 "no postings to lint", naming them', () => {
    mkdirSync(join(dir, 'scans'), { recursive: true });
    writeFileSync(join(dir, 'scans/a.pdf'), '%PDF-1.7');
    writeFileSync(join(dir, 'scans/b.doc'), 'x');
    const { code, stdout, stderr } = peerlint(['scans']);
    expect(code).toBe(2);
    expect(stderr).toContain('peerlint: scans: no postings to lint: skipped 2 files peerlint cannot read (scans/a.pdf, scans/b.doc)');
    expect(stdout).not.toContain('no problems');
  });

  it('a folder with postings and a PDF lints the postings and warns about the PDF', () => {
    mkdirSync(join(dir, 'mixed'), { recursive: true });
    writeFileSync(join(dir, 'mixed/a.pdf'), '%PDF-1.7');
    writeFileSync(join(dir, 'mixed/posting.md'), markdown);
    const { code, stderr } = peerlint(['mixed', '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toContain('peerlint: warning: mixed/a.pdf: skipped: peerlint cannot read PDF files');
  });

  it('an empty folder is still not an error', () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    expect(peerlint(['empty']).code).toBe(0);
  });

  it('standard input named .docx or .html is read as one', () => {
    const r = peerlint(['-', '--stdin-filename', 'draft.html', '--format', 'json'], readFileSync(join(FORMATS, 'peer-support-specialist.html'), 'utf8'));
    expect(JSON.parse(r.stdout).files[0].findings).toHaveLength(4);
  });
});
