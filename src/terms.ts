import { lowerCased, lowerCaseAligned } from './caseless.ts';
import { inProperName } from './proper-names.ts';
import { byFirstChar } from './first-chars.ts';
import { countBefore } from './sorted.ts';
import { allMatches } from './matches.ts';

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
  /** Skip a hit inside a proper name ("Substance Abuse and Mental Health Services Administration"). */
  properNames?: boolean;
}

export interface TermHit {
  entry: TermEntry;
  start: number;
  end: number;
}

/** Named word lists that term patterns use as `{name}` (people, conditions, lengths of time…). */
export type TermWords = Record<string, string[]>;

/** Replaces each `{name}` in the entries' patterns with the alternation of that word list. */
export function expandTerms(entries: TermEntry[], words: TermWords): TermEntry[] {
  const expand = (source: string) =>
    source.replace(/\{([a-z][a-z-]*)\}/g, (_, name: string) => {
      const list = words[name];
      if (!list) throw new Error(`term pattern uses {${name}}, which is not a word list`);
      return `(?:${list.join('|')})`;
    });
  return entries.map((e) => ({ ...e, terms: e.terms.map(expand), ...(e.unless ? { unless: e.unless.map(expand) } : {}) }));
}

interface CompiledEntry {
  entry: TermEntry;
  /** Sticky: tried only where the combined scan found a candidate. */
  pattern: RegExp;
  unless: RegExp | undefined;
}

interface Range {
  start: number;
  end: number;
}

// ASCII-and-Latin word characters without the `u` flag: the terms are English, and a non-unicode
// regex compiles several times faster, which matters for a one-file run.
const BEFORE = String.raw`(?<![A-Za-z0-9\u00C0-\u024F'’-])`;
const AFTER = String.raw`(?![A-Za-z0-9\u00C0-\u024F-])`;
const wrap = (sources: string[]) => `${BEFORE}(?:${sources.join('|')})${AFTER}`;

export class TermMatcher {
  private readonly scan: RegExp;
  /** The scan when no call is using it (see takeScan). */
  private idleScan: RegExp | undefined;
  private readonly scanAnyCase: () => RegExp;
  private readonly entries: TermEntry[];
  private caselessEntries: ((c: string) => CompiledEntry[]) | undefined;
  private anyCaseEntries: ((c: string) => CompiledEntry[]) | undefined;

  constructor(entries: TermEntry[]) {
    this.entries = entries;
    // One combined scan finds every place where some term may start; most text has none. It reads the
    // text lower-cased (src/caseless.ts), or as written with the i flag when that would move offsets.
    const sources = wrap(entries.flatMap((e) => e.terms));
    this.scan = new RegExp(lowerCased(sources), 'g');
    this.idleScan = this.scan;
    this.scanAnyCase = () => new RegExp(sources, 'gi');
  }

  /**
   * The entries that can match from character `c`, in their order: lower-cased patterns for lower-cased
   * text (`caseless`; V8 compiles a pattern with the i flag ~4x slower), else with the i flag. They are
   * made on the first candidate, so text without one never pays for them, and V8 compiles each on its
   * first search: only the entries tried at some candidate are compiled.
   */
  private entriesStartingWith(c: string, caseless: boolean): CompiledEntry[] {
    const table = caseless ? (this.caselessEntries ??= this.compileEntries(true)) : (this.anyCaseEntries ??= this.compileEntries(false));
    return table(c);
  }

  private compileEntries(caseless: boolean): (c: string) => CompiledEntry[] {
    const compile = (source: string, flags: string) => (caseless ? new RegExp(lowerCased(source), flags) : new RegExp(source, `${flags}i`));
    return byFirstChar(
      this.entries.map((entry) => ({
        entry,
        pattern: compile(wrap(entry.terms), 'y'),
        unless: entry.unless?.length ? compile(entry.unless.join('|'), 'g') : undefined,
      })),
      ({ entry }) => lowerCased(entry.terms.join('|')),
    );
  }

  /** Hits in `text[from, to)`, with offsets into `text`. */
  match(text: string, from = 0, to = text.length): TermHit[] {
    return this.matchIn(text, [{ start: from, end: to }]);
  }

  /**
   * Hits in each of `ranges` (sorted, not overlapping: a document's blocks), with offsets into `text`.
   * One scan of the whole text finds the candidates; a term never spans two ranges, and look-alike
   * checks read the candidate's whole range. Work per hit is bounded (look-alikes are found once per
   * range, proper names are judged from a fixed window), so the time stays linear in the text.
   */
  matchIn(text: string, ranges: ReadonlyArray<Range>): TermHit[] {
    const hits: TermHit[] = [];
    const lower = lowerCaseAligned(text);
    const scan = lower === undefined ? this.scanAnyCase() : this.takeScan();
    const subject = lower ?? text;
    const lookalikes = new LookalikeCache(subject);
    let r = 0;
    scan.lastIndex = 0;
    try {
      for (let candidate = scan.exec(subject); candidate; candidate = scan.exec(subject)) {
        while (r < ranges.length && ranges[r]!.end <= candidate.index) r++;
        const range = ranges[r];
        if (!range || candidate.index < range.start || candidate.index + candidate[0].length > range.end) {
          scan.lastIndex = candidate.index + 1; // a shorter term may still start inside this one
          continue;
        }
        hits.push(...this.hitsAt(text, lower, range, candidate.index, lookalikes));
      }
    } finally {
      if (lower !== undefined) this.idleScan = scan;
    }
    return dropNested(hits);
  }

  /**
   * The scan, with a lastIndex of its own for this call: the one kept idle, or (in a call nested inside
   * another) a copy. Not a copy every time: V8 takes ~2.5 µs per KB of source to copy a pattern, and
   * this one is ~13 KB (~8% of linting a posting).
   */
  private takeScan(): RegExp {
    const scan = this.idleScan ?? new RegExp(this.scan);
    this.idleScan = undefined;
    return scan;
  }

  /** Every entry that matches at offset `at` of `text` (searched in `lower`, it lower-cased, where there is one), inside `range`. */
  private hitsAt(text: string, lower: string | undefined, range: Range, at: number, lookalikes: LookalikeCache): TermHit[] {
    const hits: TermHit[] = [];
    const subject = lower ?? text;
    for (const compiled of this.entriesStartingWith(text[at]!, lower !== undefined)) {
      const { entry, pattern } = compiled;
      pattern.lastIndex = at;
      const m = pattern.exec(subject);
      if (!m) continue;
      const end = at + m[0].length;
      if (end > range.end) continue;
      if (compiled.unless && lookalikes.overlaps(compiled, range, at, end)) continue;
      if (entry.properNames && inProperName(text, at, end, range.start, range.end)) continue;
      hits.push({ entry, start: at, end });
    }
    return hits;
  }
}

/** Look-alike ("unless") matches, found once per entry and range, then looked up per hit. */
class LookalikeCache {
  private range: Range | undefined;
  private readonly spans = new Map<CompiledEntry, Array<[number, number]>>();

  constructor(private readonly text: string) {}

  overlaps(compiled: CompiledEntry, range: Range, start: number, end: number): boolean {
    if (this.range !== range) {
      this.range = range;
      this.spans.clear();
    }
    let spans = this.spans.get(compiled);
    if (!spans) {
      spans = [];
      const slice = this.text.slice(range.start, range.end);
      for (const m of allMatches(compiled.unless!, slice)) {
        if (m[0].length > 0) spans.push([range.start + m.index, range.start + m.index + m[0].length]);
      }
      this.spans.set(compiled, spans);
    }
    // Matches of one global regex are sorted and disjoint: find the first that ends after `start`.
    const first = countBefore(spans.length, (i) => spans[i]![1] <= start);
    return first < spans.length && spans[first]![0] < end;
  }
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
