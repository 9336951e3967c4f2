import { Chalk, type ChalkInstance } from 'chalk';
import type { LintReport } from '../lint.ts';
import type { Severity } from '../rule.ts';
import { writeAll } from './json.ts';
import type { ReportWriter } from './types.ts';
import { escapeControl as safe } from '../escape.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint-like terminal output: findings grouped by file, the suggestion under each, then a summary. */
export function stylishWriter(options: { color: boolean }): ReportWriter {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  return {
    start: () => '',
    file(file) {
      if (file.error) return [c.underline(safe(file.path)), `  ${paint.error('error')}  ${safe(file.error)}`, ''].join('\n') + '\n';
      if (file.findings.length === 0) return '';
      const out: string[] = [c.underline(safe(file.path)) + c.dim(file.peerRole ? '  (peer role)' : '')];
      const width = Math.max(...file.findings.map((f) => `${f.line}:${f.column}`.length));
      for (const f of file.findings) {
        const where = `${f.line}:${f.column}`.padEnd(width);
        out.push(`  ${c.dim(where)}  ${paint[f.severity](f.severity.padEnd(7))}  ${safe(f.message)}  ${c.dim(safe(f.ruleId))}`);
        if (f.suggestions.length > 0) out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${c.green('→')} ${safe(f.suggestions.join(' / '))}`);
      }
      return out.join('\n') + '\n\n';
    },
    end(summary) {
      const { errors, warnings, infos, fileErrors, files } = summary;
      const problems = errors + warnings + infos;
      const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
      const unreadable = fileErrors ? `, ${plural(fileErrors, 'file')} could not be linted` : '';
      if (problems === 0 && fileErrors === 0) return c.green(`✔ ${plural(files, 'file')} checked, no problems`) + '\n';
      return (errors || fileErrors ? c.red : c.yellow)(`✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(files, 'file')}${unreadable}`) + '\n';
    },
  };
}

export function formatStylish(report: LintReport, options: { color: boolean }): string {
  return writeAll(stylishWriter(options), report);
}
