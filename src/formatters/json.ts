import type { LintReport } from '../lint.ts';

/** Version of the JSON output contract (README, "JSON output"). Bump on any incompatible change. */
export const JSON_SCHEMA_VERSION = 1;

export function formatJson(report: LintReport): string {
  return JSON.stringify({ version: JSON_SCHEMA_VERSION, files: report.files, summary: report.summary }, null, 2) + '\n';
}

/** JSON Lines: one finding per line (with its file), then one line per unreadable file, then the summary. */
export function formatJsonLines(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) lines.push(JSON.stringify({ type: 'finding', version: JSON_SCHEMA_VERSION, path: file.path, peerRole: file.peerRole, ...finding }));
    if (file.error) lines.push(JSON.stringify({ type: 'file-error', version: JSON_SCHEMA_VERSION, path: file.path, error: file.error }));
  }
  lines.push(JSON.stringify({ type: 'summary', version: JSON_SCHEMA_VERSION, ...report.summary }));
  return lines.join('\n') + '\n';
}
