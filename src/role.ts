import type { PostingDocument, Span } from './document/types.ts';
import { peerSignals, type Signal } from './peer-signals.ts';
import { searchWithBudget } from './safe-regex.ts';
import { analyseTitle, type TitleAnalysis } from './title-words.ts';

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
/**
 * Why a posting was (or was not) treated as a peer role, as the JSON report's `role.reason` says it:
 * - `--role`: the run's role setting (`--role`, or `role` in the configuration);
 * - `front matter role`: the posting's own `role:` key;
 * - `peerTitles`: a configured title pattern matched the title;
 * - `front matter title`, `labelled title line`, `title`: the title named a peer role or another job;
 * - `lived-experience requirement`, `peer credential`, `peer support work`: the title is generic or
 *   silent ("Support Worker") and the body asks for the applicant's lived experience, asks for a peer
 *   credential, or describes the work as peer support;
 * - `clinical licence requirement`: the body has a peer signal, but also requires a clinical licence;
 * - `no peer signal`: a generic or silent title, and nothing in the body says peer.
 */
export type RoleReason =
  | '--role'
  | 'front matter role'
  | 'peerTitles'
  | 'front matter title'
  | 'labelled title line'
  | 'title'
  | 'lived-experience requirement'
  | 'peer credential'
  | 'peer support work'
  | 'clinical licence requirement'
  | 'no peer signal';

export interface RoleDecision {
  peer: boolean;
  /** The title the decision read ('' when the posting has none). */
  title: string;
  /** Where the title is in the file (absent when there is none). */
  titleSpan?: Span;
  reason: RoleReason;
  /**
   * A signal that points the other way (or that alone decided): the `ambiguous-role` rule reports it so
   * the author can say which it is. `against` is what outweighed it, when the posting is not treated as a peer role.
   */
  doubt?: { signal: Signal; against?: 'title' | 'licence' };
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

const BODY_REASONS = { 'lived-experience': 'lived-experience requirement', credential: 'peer credential', 'peer-work': 'peer support work' } as const;

/**
 * Decides whether a posting is for a peer role, and says why. The title decides when it names a job
 * (src/title-words.ts reads its head noun); the body decides when the title is generic or silent
 * (src/peer-signals.ts). Peer support offered to staff as a benefit, a manager of peer staff and a
 * clinician with "recovery" in the title are not peer roles.
 */
export function decideRole(document: PostingDocument, setting: RoleSetting = 'auto', titles: PeerTitles = {}): RoleDecision {
  const { title } = document;
  const base = { title: title.text, ...(title.source !== 'none' && title.text !== '' ? { titleSpan: { start: title.start, end: title.end } } : {}) };
  if (setting !== 'auto') return { ...base, peer: setting === 'peer', reason: '--role' };

  const role = document.frontMatter['role'];
  if (typeof role === 'string' && role.trim() !== '') {
    if (/^\s*(?:peer|other|clinical|non-peer)\s*$/i.test(role)) return { ...base, peer: /^\s*peer\s*$/i.test(role), reason: 'front matter role' };
    return { ...base, title: role, peer: readTitle(role, titles).peer, reason: 'front matter role' };
  }

  const byTitle = readTitle(title.text, titles);
  const titleReason: RoleReason = byTitle.configured ? 'peerTitles' : title.source === 'front matter' ? 'front matter title' : title.source === 'label' ? 'labelled title line' : 'title';
  if (byTitle.peer) return { ...base, peer: true, reason: titleReason };
  if (byTitle.configured || byTitle.analysis.kind === 'not-peer') {
    // A manager of peer staff whose posting asks for lived experience: not a peer role, but say so.
    const signal = byTitle.analysis.peerWord ? firstPeerSignal(document) : undefined;
    return { ...base, peer: false, reason: titleReason, ...(signal ? { doubt: { signal, against: 'title' as const } } : {}) };
  }

  // A generic or silent title ("Support Worker", "Join our team"): the body decides.
  const signals = peerSignals(document);
  const signal = signals['lived-experience'] ?? signals.credential ?? signals['peer-work'];
  if (!signal) return { ...base, peer: false, reason: 'no peer signal' };
  if (signals.licence) return { ...base, peer: false, reason: 'clinical licence requirement', doubt: { signal, against: 'licence' } };
  return { ...base, peer: true, reason: BODY_REASONS[signal.kind as keyof typeof BODY_REASONS], doubt: { signal } };
}

function firstPeerSignal(document: PostingDocument): Signal | undefined {
  const signals = peerSignals(document);
  return signals['lived-experience'] ?? signals.credential ?? signals['peer-work'];
}

/** A title read with the configured patterns first, then the built-in reading. */
function readTitle(text: string, titles: PeerTitles): { peer: boolean; configured: boolean; analysis: TitleAnalysis } {
  const analysis = analyseTitle(text);
  if (titlePattern(titles.notPeer)?.test(text)) return { peer: false, configured: true, analysis };
  if (titlePattern(titles.peer)?.test(text)) return { peer: true, configured: true, analysis };
  return { peer: analysis.kind === 'peer', configured: false, analysis };
}

/** Whether a posting is for a peer role (the decision without its reasons). */
export function isPeerPosting(document: PostingDocument, setting: RoleSetting = 'auto', titles: PeerTitles = {}): boolean {
  return decideRole(document, setting, titles).peer;
}

/** True when a title names a peer role by the built-in reading alone. */
export function isPeerTitle(title: string): boolean {
  return analyseTitle(title).kind === 'peer';
}
