/**
 * Switches for the fast paths (the simple-Markdown scanner, src/document/simple-markdown.ts). They
 * are on; `npm run bench -- --check-fast-paths` and the tests turn them off to check that the full
 * path reports exactly the same findings.
 */
export const fastPaths = { markdown: true };

/** Turns every fast path on or off (for equivalence checks). */
export function setFastPaths(enabled: boolean): void {
  fastPaths.markdown = enabled;
}
