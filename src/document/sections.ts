import type { PostingDocument, Section, SectionKind } from './types.ts';
import { countBefore } from '../sorted.ts';

/**
 * Heading words -> what the section is about. Checked in order, so "About the role" is a duties
 * section (not "about us") and "Pay and benefits" is a pay section.
 */
const SECTION_KINDS: Array<[SectionKind, RegExp]> = [
  ['duties', /\b(?:duties|responsibilit|what you(?:'|’)?ll do|what you will do|about the (?:role|position|job)|the role|role (?:summary|overview|purpose)|(?:job|position) (?:summary|purpose|overview|description)|essential functions|key (?:tasks|functions|areas)|day[- ]to[- ]day|main tasks|your role|scope)/i],
  ['supervision', /\b(?:supervis|reporting|reports? to|line management)/i],
  ['pay', /\b(?:pay|salary|salaries|compensation|wages?|rate|remuneration)\b/i],
  ['benefits', /\b(?:benefits?|perks|what we offer|we offer|rewards?)\b/i],
  ['training', /\b(?:training|growth|development|career|learning|advancement)\b/i],
  ['qualifications', /\b(?:qualif|requirements?|requir|who you are|looking for|skills|experience|person spec|education|competenc|eligib|criteria|you (?:have|bring))/i],
  ['apply', /\b(?:apply|application|how to|next steps|contact)\b/i],
  ['about', /\b(?:about|who we are|our (?:mission|story|organi[sz]ation|agency|team|service)|mission|overview|company|employer|equal opportunit)/i],
];

export function classifySection(heading: string): SectionKind {
  for (const [kind, pattern] of SECTION_KINDS) if (pattern.test(heading)) return kind;
  return 'other';
}

/** The section that holds `offset` (sections tile the file, so there always is one). */
export function sectionAt(document: PostingDocument, offset: number): Section {
  const { sections } = document;
  return sections[Math.max(0, countBefore(sections.length, (i) => sections[i]!.start <= offset) - 1)]!;
}
