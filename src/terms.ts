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
  /** Sticky: tried only where the combined scan found a candidate. */
  pattern: RegExp;
  unless: RegExp | undefined;
}

// ASCII-and-Latin word characters without the `u` flag: the terms are English, and a non-unicode
// regex compiles several times faster, which matters for a one-file run.
const BEFORE = String.raw`(?<![A-Za-z0-9\u00C0-\u024F'’-])`;
const AFTER = String.raw`(?![A-Za-z0-9\u00C0-\u024F-])`;
const wrap = (sources: string[]) => `${BEFORE}(?:${sources.join('|')})${AFTER}`;

export class TermMatcher {
  private readonly scan: RegExp;
  private readonly entries: TermEntry[];
  private compiled: CompiledEntry[] | undefined;

  constructor(entries: TermEntry[]) {
    this.entries = entries;
    // One combined scan finds every place where some term may start; most text has none.
    this.scan = new RegExp(wrap(entries.flatMap((e) => e.terms)), 'gi');
  }

  /** Per-entry patterns are compiled on the first candidate, so text without one never pays for them. */
  private entryPatterns(): CompiledEntry[] {
    this.compiled ??= this.entries.map((entry) => ({
      entry,
      pattern: new RegExp(wrap(entry.terms), 'iy'),
      unless: entry.unless?.length ? new RegExp(entry.unless.join('|'), 'gi') : undefined,
    }));
    return this.compiled;
  }

  /** Hits in `text[from, to)`, with offsets into `text`. */
  match(text: string, from = 0, to = text.length): TermHit[] {
    return this.matchIn(text, [{ start: from, end: to }]);
  }

  /**
   * Hits in each of `ranges` (sorted, not overlapping: a document's blocks), with offsets into `text`.
   * One scan of the whole text finds the candidates; a term never spans two ranges, and look-alike
   * checks read the candidate's whole range.
   */
  matchIn(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): TermHit[] {
    const hits: TermHit[] = [];
    const scan = new RegExp(this.scan); // its own lastIndex, so nested calls cannot disturb it
    let r = 0;
    for (let candidate = scan.exec(text); candidate; candidate = scan.exec(text)) {
      while (r < ranges.length && ranges[r]!.end <= candidate.index) r++;
      const range = ranges[r];
      if (!range || candidate.index < range.start || candidate.index + candidate[0].length > range.end) {
        scan.lastIndex = candidate.index + 1; // a shorter term may still start inside this one
        continue;
      }
      hits.push(...this.hitsAt(text, range, candidate.index - range.start));
    }
    return dropNested(hits);
  }

  /** Every entry that matches at `at` (an offset into `range`), with offsets into `text`. */
  private hitsAt(text: string, range: { start: number; end: number }, at: number): TermHit[] {
    const slice = text.slice(range.start, range.end);
    const hits: TermHit[] = [];
    for (const { entry, pattern, unless } of this.entryPatterns()) {
      pattern.lastIndex = at;
      const m = pattern.exec(slice);
      if (!m) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (unless && overlapsAny(slice, unless, start, end)) continue;
      if (entry.properNames && inProperName(slice, start, end)) continue;
      hits.push({ entry, start: range.start + start, end: range.start + end });
    }
    return hits;
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
      const bare = w.replace(/(?<![.,;:()])[.,;:()]+$/, ''); // the look-behind keeps a long run linear
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
