import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temp folder filled from a { relative path: content } map; `cleanup` removes it. */
export function tempTree(files: Record<string, string>): { dir: string; path: (p: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'peerlint-config-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * What the document-level peer rules ask for (duties, scope, lived experience, training,
 * certification, advancement), placed after the body so the body's line numbers stay 3, 4...
 */
const COMPLETE =
  '## What you will do\n\n- Meet participants and share your lived experience of recovery.\n\nPeers do not provide therapy, diagnose or handle medication.\n\n' +
  'Requires lived experience of recovery. Paid peer training, and state peer certification within your first year. A career ladder leads to Senior Peer Specialist.\n';
export const PEER = (body: string) => `# Peer Support Specialist\n\n${body}\n\n${COMPLETE}`;
/** A posting with pay and supervision, so only what a test adds is reported. */
export const CLEAN = PEER('Pay: $20–$24 per hour. Reports to the Lead Peer Specialist.');
