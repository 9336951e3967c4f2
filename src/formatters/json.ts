import type { LintReport } from '../lint.ts';
import type { ReportWriter } from './types.ts';

/** Version of the JSON output contract (README, "JSON output"). Bump on any incompatible change. */
export const JSON_SCHEMA_VERSION = 1;

/**
 * The JSON report, written as a stream: the opening, then each file object as it comes, then the
 * summary. The text is the same as `JSON.stringify({ version, files, summary }, null, 2)`.
 */
export function jsonWriter(): ReportWriter {
  let count = 0;
  return {
    start: () => `{\n  "version": ${JSON_SCHEMA_VERSION},\n  "files": [`,
    file(result) {
      const text = JSON.stringify(result, null, 2).replace(/\n/g, '\n    ');
      return `${count++ === 0 ? '\n' : ',\n'}    ${text}`;
    },
    end: (summary) => `${count === 0 ? ']' : '\n  ]'},\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`,
  };
}

/** JSON Lines: one finding per line (with its file), a line per unreadable file, then the summary. Streams per file. */
export function jsonLinesWriter(): ReportWriter {
  return {
    start: () => '',
    file(file) {
      let out = '';
      for (const finding of file.findings) out += JSON.stringify({ type: 'finding', version: JSON_SCHEMA_VERSION, path: file.path, peerRole: file.peerRole, ...finding }) + '\n';
      if (file.error) out += JSON.stringify({ type: 'file-error', version: JSON_SCHEMA_VERSION, path: file.path, error: file.error }) + '\n';
      return out;
    },
    end: (summary) => JSON.stringify({ type: 'summary', version: JSON_SCHEMA_VERSION, ...summary }) + '\n',
  };
}

export function writeAll(writer: ReportWriter, report: LintReport): string {
  return writer.start() + report.files.map((file) => writer.file(file)).join('') + writer.end(report.summary);
}

export function formatJson(report: LintReport): string {
  return writeAll(jsonWriter(), report);
}

export function formatJsonLines(report: LintReport): string {
  return writeAll(jsonLinesWriter(), report);
}
