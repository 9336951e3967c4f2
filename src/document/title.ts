import type { Layout } from './layout.ts';
import type { Block, PostingDocument } from './types.ts';
import { analyseTitle, isDetailLine, isFurniture, isProse, isTitleShaped, MAX_TITLE_LINE, ROLE_WORDS, titleLabel } from '../title-words.ts';

export type Title = PostingDocument['title'];

/**
 * Finds the job title where a copied posting has it:
 * 1. front matter `title`;
 * 2. the first labelled title line ("Job title: ...", "Position: ...") or heading that names a role,
 *    in the posting's header: the first lines that hold text, up to the first line of running prose;
 * 3. else the first other line there that names a role and reads like a title, not a sentence;
 * 4. else the first heading there that could be a title (a job this file does not know, "Chaplain"), else
 *    the first heading or line.
 * On the way it skips what real copies put first: the employer's name, dates, reference numbers,
 * locations, job-detail and e-mail header lines, and site furniture ("Please wait...", navigation).
 * Everything it reads is in src/role-words.yaml.
 */
export function findTitle(text: string, layout: Layout, blocks: Block[], prose: string): Title {
  const fmTitle = layout.frontMatter.data['title'];
  if (typeof fmTitle === 'string' && layout.frontMatter.titleSpan) return { text: fmTitle, ...layout.frontMatter.titleSpan, source: 'front matter' };
  return titleNearTop(prose, blocks) ?? fallbackTitle(text, blocks, prose);
}

function titleNearTop(prose: string, blocks: Block[]): Title | undefined {
  let labelledOrHeading: Title | undefined;
  let plain: Title | undefined;
  let unknown: Title | undefined;
  let block = 0;
  let seen = 0;
  for (let pos = 0; pos < prose.length && seen < ROLE_WORDS.titleLines.window && !labelledOrHeading; ) {
    let end = prose.indexOf('\n', pos);
    if (end < 0) end = prose.length;
    const [start, stop] = trim(prose, pos, end);
    pos = end + 1;
    if (start === stop) continue;
    seen++;
    while (block < blocks.length && blocks[block]!.end <= start) block++;
    if (stop - start > MAX_TITLE_LINE) continue;
    const line = prose.slice(start, stop);
    const kind = blocks[block] && blocks[block]!.start < stop ? blocks[block]!.kind : 'paragraph';
    if (isFurniture(line)) continue;
    const label = titleLabel(line);
    if (label) {
      const value = label.value.trim();
      if (label.strong || analyseTitle(value).kind !== 'silent') labelledOrHeading = title(prose, start + label.offset, stop, 'label');
      continue;
    }
    if (kind !== 'heading' && isProse(line)) break;
    if (kind === 'list-item' || isDetailLine(line)) continue;
    const analysis = analyseTitle(line);
    if (analysis.employer) continue;
    if (analysis.kind === 'silent') {
      if (!unknown && kind === 'heading' && isTitleShaped(line) && /[A-Za-z]{3}/.test(line)) unknown = title(prose, start, stop, 'heading');
    } else if (kind === 'heading') labelledOrHeading = title(prose, start, stop, 'heading');
    else if (!plain && isTitleShaped(line)) plain = title(prose, start, stop, 'line');
  }
  return labelledOrHeading ?? plain ?? unknown;
}

/** Nothing in the header could be a title: the first heading, else the first line. */
function fallbackTitle(text: string, blocks: Block[], prose: string): Title {
  const heading = blocks.find((b) => b.kind === 'heading');
  if (heading) return title(prose, heading.start, heading.end, 'heading');
  const first = blocks[0];
  if (first) {
    const lineEnd = prose.slice(first.start, first.end).search(/[\r\n]/);
    return title(prose, first.start, lineEnd < 0 ? first.end : first.start + lineEnd, 'line');
  }
  return { text: '', start: 0, end: Math.min(text.length, text.search(/[\r\n]|$/)), source: 'none' };
}

/** Without surrounding white space (and the bars of a plain-text table row). */
function trim(prose: string, start: number, end: number): [number, number] {
  while (start < end && /[\s|]/.test(prose[start]!)) start++;
  while (end > start && /[\s|]/.test(prose[end - 1]!)) end--;
  return [start, end];
}

function title(prose: string, from: number, to: number, source: Title['source']): Title {
  const [start, end] = trim(prose, from, to);
  return { text: prose.slice(start, end).replace(/\s+/g, ' '), start, end, source };
}
