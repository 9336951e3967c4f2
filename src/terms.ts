/**
 * One generic matcher for word lists that are data (as retext-equality does): each entry lists
 * regex sources for its terms and for the look-alikes ("unless") that must not be reported.
 */
export interface TermEntry {
  id: string;
  terms: string[];
  alternatives: string[];
  why: string;
  source: string;
  unless?: string[];
  /** Skip a hit inside a Title-Case proper name ("Substance Abuse and Mental Health Services Administration"). */
  properNames?: boolean;
}

export interface TermHit {
  entry: TermEntry;
  start: number;
  end: number;
}

interface CompiledEntry {
  entry: TermEntry;
  pattern: RegExp;
  unless: RegExp | undefined;
}

const wrap = (sources: string[]) => String.raw`(?<![\p{L}\p{N}'’-])(?:${sources.join('|')})(?![\p{L}\p{N}-])`;

export class TermMatcher {
  private readonly prefilter: RegExp;
  private readonly compiled: CompiledEntry[];

  constructor(entries: TermEntry[]) {
    this.compiled = entries.map((entry) => ({
      entry,
      pattern: new RegExp(wrap(entry.terms), 'giu'),
      unless: entry.unless?.length ? new RegExp(entry.unless.join('|'), 'giu') : undefined,
    }));
    // One combined scan rejects the vast majority of text before any per-entry work.
    this.prefilter = new RegExp(wrap(entries.flatMap((e) => e.terms)), 'iu');
  }

  /** Hits in `text[from, to)`, with offsets into `text`. */
  match(text: string, from = 0, to = text.length): TermHit[] {
    const slice = text.slice(from, to);
    if (!this.prefilter.test(slice)) return [];
    const hits: TermHit[] = [];
    for (const { entry, pattern, unless } of this.compiled) {
      for (const m of slice.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (unless && overlapsAny(slice, unless, start, end)) continue;
        if (entry.properNames && inProperName(slice, start, end)) continue;
        hits.push({ entry, start: from + start, end: from + end });
      }
    }
    return dropNested(hits);
  }
}

function overlapsAny(text: string, pattern: RegExp, start: number, end: number): boolean {
  for (const m of text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    if (m.index < end && m.index + m[0].length > start) return true;
  }
  return false;
}

const CAPITALISED = /^[A-Z][\p{L}'’-]*$/u;
const CONNECTOR = /^(?:and|of|for|&|on|the|in)$/;

/** True when the hit's words are all capitalised and sit in a run of 3+ capitalised words. */
function inProperName(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(/[\s/]+/).filter(Boolean);
  if (!words.every((w) => CAPITALISED.test(w))) return false;
  const before = text.slice(0, start).split(/\s+/).filter(Boolean).reverse();
  const after = text.slice(end).split(/\s+/).filter(Boolean);
  const count = (list: string[]) => {
    let n = 0;
    for (const w of list) {
      const bare = w.replace(/[.,;:()]+$/, '');
      if (CAPITALISED.test(bare)) n++;
      else if (!CONNECTOR.test(bare)) break;
      if (bare !== w) break; // punctuation ends the name
    }
    return n;
  };
  if (/^\s*\([A-Z]{2,}\)/.test(text.slice(end))) return true; // "... Counselor (CADC)"
  return words.length + count(before) + count(after) >= 3;
}

/** When two hits overlap, keep the longer ("substance abusers" over "abuse"). */
function dropNested(hits: TermHit[]): TermHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}
