/**
 * How many of the indices 0..length-1 satisfy `before`, for a test that holds up to some index and never
 * after it (offsets sorted ascending, "starts at or before x"): a binary search, the one used for every
 * "which line / section / region holds this offset" question.
 */
export function countBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last of `starts` (sorted ascending) at or before `offset`; 0 when none is. */
export function lastAtOrBefore(starts: ArrayLike<number>, offset: number): number {
  return Math.max(0, countBefore(starts.length, (i) => starts[i]! <= offset) - 1);
}

/**
 * Orders strings by their UTF-16 code units: rule ids and category names, which are ASCII. Not
 * localeCompare: its first call loads ICU's collator, ~7 ms of a one-file lint.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
