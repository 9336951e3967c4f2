import type { PostingDocument } from './document/types.ts';

export type RoleSetting = 'peer' | 'other' | 'auto';

/**
 * Peer job titles. A title names a peer role when it has one of these; "peer support" as a benefit
 * in the body of a nurse posting does not, since only the title, headings and front matter are read.
 */
const PEER_TITLE = new RegExp(
  [
    String.raw`\bpeers?\b(?:[\s-]+\w+){0,3}?[\s-]+(?:support|specialists?|workers?|mentors?|navigators?|advocates?|counsel(?:l)?ors?|coach(?:es)?|partners?|supporters?|leads?|facilitators?|practitioners?|recovery|wellness|bridger|liaison|trainers?)\b`,
    String.raw`\brecovery\s+(?:coach(?:es)?|mentors?|support\s+(?:specialists?|workers?|navigators?)|navigators?|advocates?|allies?)\b`,
    String.raw`\b(?:family|parent|youth|caregiver)\s+(?:peer\s+)?(?:partners?|advocates?|support\s+partners?|peer\s+\w+)\b`,
    String.raw`\bcertified\s+(?:peer|recovery)\b`,
    String.raw`\b(?:CPS|CPRS|CRPA|CPRC|CRPS|CPSS|FPA|YPA)\b`,
    String.raw`\blived\s+experience\s+(?:practitioners?|workers?|roles?|facilitators?|advisors?|coach(?:es)?)\b`,
  ].join('|'),
  'i',
);

/** Job titles that are clearly clinical, so "peer" elsewhere in them is not enough ("Peer review nurse"). */
const NOT_PEER_TITLE = /\bpeer\s+review|\bsupervisor\s+of\s+peer|\bpeer\s+support\s+(?:program\s+)?(?:manager|director|supervisor|coordinator)s?\b/i;

/** Decides from the title, top-level headings and front matter (`role:`) whether a posting is for a peer role. */
export function isPeerPosting(document: PostingDocument, setting: RoleSetting = 'auto'): boolean {
  if (setting !== 'auto') return setting === 'peer';
  const role = document.frontMatter['role'];
  if (typeof role === 'string' && role.trim() !== '') {
    if (/^\s*(?:peer|other|clinical|non-peer)\s*$/i.test(role)) return /^\s*peer\s*$/i.test(role);
    return isPeerTitle(role);
  }
  const candidates = [document.title.text];
  const jobTitle = document.frontMatter['title'];
  if (typeof jobTitle === 'string') candidates.push(jobTitle);
  // A first-level heading (or the first heading of a plain-text file) can carry the job title too.
  for (const section of document.sections) if (section.depth === 1) candidates.push(section.heading);
  return candidates.some(isPeerTitle);
}

export function isPeerTitle(title: string): boolean {
  return PEER_TITLE.test(title) && !NOT_PEER_TITLE.test(title);
}
