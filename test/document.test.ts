import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/document/build.ts';
import { LineIndex } from '../src/document/lines.ts';
import { InputError } from '../src/errors.ts';

const md = (text: string) => buildDocument(text, 'p.md');
const at = (text: string, word: string) => text.indexOf(word);

describe('prose mask', () => {
  it('keeps the length of the file and blanks markup', () => {
    const text = 'Hello **bold** and _it_ and [link text](https://example.org/x) `code` <!-- note -->.\n';
    const doc = md(text);
    expect(doc.prose).toHaveLength(text.length);
    expect(doc.prose.slice(at(text, 'bold'), at(text, 'bold') + 4)).toBe('bold');
    expect(doc.prose).not.toContain('**');
    expect(doc.prose).toContain('link text');
    expect(doc.prose).not.toContain('example.org');
    expect(doc.prose).not.toContain('code');
    expect(doc.prose).not.toContain('note');
  });

  it('does not lint code blocks, HTML comments, front matter or autolinks', () => {
    const text = '---\ntitle: Peer Support Specialist\n---\n\n```\naddicts\n```\n\n<!-- addicts -->\n\nSee <https://addicts.example>.\n';
    expect(md(text).prose).not.toMatch(/addicts/);
  });

  it('keeps escapes and entities at their offsets', () => {
    const text = 'Call \\*us\\* &amp; them &quot;now&quot;\n';
    const doc = md(text);
    expect(doc.prose.slice(at(text, 'us'), at(text, 'us') + 2)).toBe('us');
    expect(doc.prose[at(text, '&amp;')]).toBe('&');
    expect(doc.prose.slice(at(text, 'now'), at(text, 'now') + 3)).toBe('now');
  });

  it('keeps text in tables and blockquotes aligned', () => {
    const text = '| Pay | Rate |\n|---|---|\n| Hourly | $20 |\n\n> quoted\n> lines here\n';
    const doc = md(text);
    expect(doc.prose.slice(at(text, '$20'), at(text, '$20') + 3)).toBe('$20');
    expect(doc.prose.slice(at(text, 'lines'), at(text, 'lines') + 5)).toBe('lines');
    expect(doc.blocks.filter((b) => b.kind === 'table-cell')).toHaveLength(4);
  });
});

describe('document model', () => {
  it('takes the title from front matter, else the first heading, else the first line', () => {
    expect(md('---\ntitle: Recovery Coach\n---\n\n# Other\n').title.text).toBe('Recovery Coach');
    expect(md('Intro line\n\n## Peer Mentor\n').title.text).toBe('Peer Mentor');
    expect(buildDocument('PEER SUPPORT WORKER\nAcme Health\n', 'p.txt').title).toMatchObject({ text: 'PEER SUPPORT WORKER', start: 0, end: 19 });
  });

  it('splits sections by heading and classifies them', () => {
    const doc = md('# Peer Specialist\n\n## About us\n\nWe help.\n\n## What you will do\n\nListen.\n\n**Pay and benefits**\n\n$20/hr\n');
    expect(doc.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['', 'preamble'],
      ['Peer Specialist', 'other'],
      ['About us', 'about'],
      ['What you will do', 'duties'],
      ['Pay and benefits', 'pay'],
    ]);
  });

  it('finds plain-text headings, bullets and label lines', () => {
    const text = 'PEER SUPPORT SPECIALIST\nLocation: Salina\n\nESSENTIAL FUNCTIONS\n- Provide peer support.\n- Lead a group,\n  which meets weekly.\n';
    const doc = buildDocument(text, 'p.txt');
    expect(doc.sections.map((s) => s.kind)).toEqual(['preamble', 'other', 'duties']);
    expect(doc.blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['heading', 'PEER SUPPORT SPECIALIST'],
      ['paragraph', 'Location: Salina'],
      ['heading', 'ESSENTIAL FUNCTIONS'],
      ['list-item', 'Provide peer support.'],
      ['list-item', 'Lead a group,\n  which meets weekly.'],
    ]);
  });

  it('splits sentences with exact offsets, not at abbreviations', () => {
    const text = 'We serve adults, e.g. veterans. Peers lead groups! Dr. Lee supervises.\n';
    const doc = md(text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['We serve adults, e.g. veterans.', 'Peers lead groups!', 'Dr. Lee supervises.']);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('names the file in a front matter error', () => {
    expect(() => buildDocument('---\ntitle: [unclosed\n---\n', 'bad.md')).toThrow(InputError);
    expect(() => buildDocument('---\ntitle: [unclosed\n---\n', 'bad.md')).toThrow(/^bad\.md: invalid YAML front matter/);
  });
});

describe('LineIndex', () => {
  it('counts lines for LF, CRLF and lone CR, columns in UTF-16 units', () => {
    const index = new LineIndex('a\r\nb\nc\rd 😀e');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(3)).toEqual({ line: 2, column: 1 });
    expect(index.position(7)).toEqual({ line: 4, column: 1 });
    expect(index.position(11)).toEqual({ line: 4, column: 5 });
  });
});
