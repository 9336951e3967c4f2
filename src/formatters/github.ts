import type { Severity } from '../rule.ts';
import type { ReportWriter } from './types.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message of a workflow command, as GitHub's runner expects (`%`, CR, LF). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title): also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}\n`;
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
export function githubWriter(): ReportWriter {
  return {
    start: () => '',
    file(file) {
      const path = file.path.replace(/\\/g, '/');
      if (file.error) return command('error', { file: path, title: 'peerlint: file could not be linted' }, file.error);
      let out = '';
      for (const f of file.findings) {
        const message = f.suggestions.length ? `${f.message}\n→ ${f.suggestions.join(' / ')}` : f.message;
        out += command(COMMAND[f.severity], { file: path, line: f.line, col: f.column, endLine: f.endLine, endColumn: f.endColumn, title: `peerlint (${f.ruleId})` }, message);
      }
      return out;
    },
    end: () => '',
  };
}
