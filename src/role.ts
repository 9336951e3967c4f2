import type { PostingDocument } from './document/types.ts';
import { searchWithBudget } from './safe-regex.ts';

export type RoleSetting = 'peer' | 'other' | 'auto';

/**
 * Configured title patterns (regex sources, matched case-insensitively): `peer` titles are peer roles
 * as well as the built-in ones ("Lived Experience Worker"); `notPeer` titles never are.
 */
export interface PeerTitles {
  peer?: string[];
  notPeer?: string[];
}

/**
 * One case-insensitive alternation per pattern list. They are users' patterns, so they run under the
 * per-file time budget (src/safe-regex.ts), not directly.
 */
function titlePattern(sources: string[] | undefined): { test(title: string): boolean } | undefined {
  if (!sources?.length) return undefined;
  const pattern = { source: sources.map((s) => `(?:${s})`).join('|'), flags: 'i' };
  return { test: (title) => searchWithBudget([pattern], [title], { maxMatches: 1 })[0]![0]!.length > 0 };
}

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
const NOT_PEER_TITLE = /\bpeer\s+review|\b(?:team\s+leader|manager|director|supervisor|coordinator|head\s+of)s?\b/i;

/** Support titles that are peer roles when the posting asks for the applicant's own lived experience. */
const SUPPORT_TITLE = /\b(?:coach(?:es)?|mentors?|support\s+workers?|navigators?|advocates?|champions?|ambassadors?|befrienders?|connectors?|recovery\s+workers?)\b/i;
const ASKS_LIVED_EXPERIENCE = /\b(?:(?:your|own|personal)\s+lived\s+experience|lived\s+experience\s+(?:of|with)\s+(?:recovery|mental|substance|addiction|coping|using\s+services)|(?:you|applicants?|candidates?)\s+(?:will\s+|must\s+|should\s+)?have\s+(?:personal\s+|your\s+own\s+)?lived\s+experience|expert\s+by\s+experience)/i;

/** Decides from the title, top-level headings and front matter (`role:`) whether a posting is for a peer role. */
export function isPeerPosting(document: PostingDocument, setting: RoleSetting = 'auto', titles: PeerTitles = {}): boolean {
  if (setting !== 'auto') return setting === 'peer';
  const extraPeer = titlePattern(titles.peer);
  const notPeer = titlePattern(titles.notPeer);
  const isPeerTitle = (title: string) => !notPeer?.test(title) && (isBuiltinPeerTitle(title) || Boolean(extraPeer?.test(title)));
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
  if (candidates.some(isPeerTitle)) return true;
  // A support title ("Wellbeing Coach") is a peer role when the posting asks for the applicant's lived experience.
  if (notPeer?.test(document.title.text)) return false;
  return SUPPORT_TITLE.test(document.title.text) && !NOT_PEER_TITLE.test(document.title.text) && ASKS_LIVED_EXPERIENCE.test(document.prose);
}

/** True when a title names a peer role by the built-in patterns alone. */
export function isPeerTitle(title: string): boolean {
  return isBuiltinPeerTitle(title);
}

function isBuiltinPeerTitle(title: string): boolean {
  return PEER_TITLE.test(title) && !NOT_PEER_TITLE.test(title);
}
