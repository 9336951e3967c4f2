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

export const PEER = (body: string) => `# Peer Support Specialist\n\n${body}\n`;
/** A posting with pay and supervision, so only what a test adds is reported. */
export const CLEAN = PEER('Pay: $20–$24 per hour. Reports to the Lead Peer Specialist.');
