import type { FileResult } from '../finding.ts';
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

/**
 * JSON Lines: one line per finding (with its file), then one line for the file itself: a `file` record
 * with its counts, or a `file-error` record. So every file (every posting of `--input jsonl`) has a
 * record, with or without findings. The summary is the last line. Streams per file.
 */
export function jsonLinesWriter(): ReportWriter {
  const head = (type: string, file: FileResult) => ({ type, version: JSON_SCHEMA_VERSION, path: file.path, ...(file.title === undefined ? {} : { title: file.title }) });
  return {
    start: () => '',
    file(file) {
      if (file.error) return JSON.stringify({ ...head('file-error', file), error: file.error }) + '\n';
      let out = '';
      const counts = { errors: 0, warnings: 0, infos: 0 };
      for (const finding of file.findings) {
        out += JSON.stringify({ ...head('finding', file), peerRole: file.peerRole, ...finding }) + '\n';
        counts[finding.severity === 'error' ? 'errors' : finding.severity === 'warning' ? 'warnings' : 'infos']++;
      }
      return out + JSON.stringify({ ...head('file', file), peerRole: file.peerRole, ...counts }) + '\n';
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
