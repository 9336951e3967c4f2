import type { FileResult, Fix } from '../finding.ts';

/** ESLint's limit: fixes can make new fixable findings, but never more than this many passes. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies fixes to `text` as ESLint does: in order of position, skipping any fix that overlaps one
 * already applied (the next pass gets it, if it still applies). Returns the new text and the fixes applied.
 */
export function applyFixes(text: string, fixes: Fix[]): { output: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let output = '';
  let at = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < at || end > text.length) continue;
    if (text.slice(start, end) === fix.text) continue; // nothing would change
    output += text.slice(at, start) + fix.text;
    at = end;
    applied.push(fix);
  }
  return { output: output + text.slice(at), applied };
}

/** Where `offset` of the text before `applied` (sorted, from applyFixes) is in the text after them. */
export function shiftOffset(offset: number, applied: Fix[]): number {
  let shift = 0;
  for (const { range, text } of applied) {
    if (range[1] <= offset) shift += text.length - (range[1] - range[0]);
    else if (range[0] < offset) return range[0] + shift + text.length; // inside a replaced range: its end
    else break;
  }
  return offset + shift;
}

export interface FixedText {
  /** The findings left in the fixed text. */
  result: FileResult;
  /** The fixed text; undefined when no fix applied. */
  output: string | undefined;
}

/**
 * Lints, applies the findings' fixes, and lints the new text again, until no fix is left or applies
 * (at most MAX_FIX_PASSES passes). `lint` gets each text and how offsets moved from the original.
 */
export function fixText(text: string, lint: (text: string, moved: (offset: number) => number) => FileResult): FixedText {
  const history: Fix[][] = [];
  const moved = (offset: number) => history.reduce((at, applied) => shiftOffset(at, applied), offset);
  let current = text;
  let result = lint(current, moved);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = result.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(current, fixes);
    if (applied.length === 0) break;
    history.push(applied);
    current = output;
    result = lint(current, moved);
  }
  return { result, output: current === text ? undefined : current };
}
