import { byCodeUnits } from '../sorted.ts';
import { Chalk, type ChalkInstance } from 'chalk';
import type { FileResult, Finding } from '../finding.ts';
import type { LintReport } from '../lint.ts';
import type { Severity } from '../rule.ts';
import { writeAll } from './json.ts';
import type { FormatOptions, ReportWriter } from './types.ts';
import { escapeControl as safe } from '../escape.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const ORDER: Severity[] = ['error', 'warning', 'info'];
/** Narrower than this, a message is not worth wrapping beside its position: it wraps under it. */
const MIN_MESSAGE_WIDTH = 30;

/** Splits text into lines of at most `width` characters at spaces (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  if (!Number.isFinite(width) || text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Where a finding is, in words a reader knows: "whole posting", "paragraph 7" (Word, HTML), or line:column. */
export function whereIs(f: Finding): string {
  if (f.wholePosting) return 'whole posting';
  if (f.paragraph !== undefined) return `paragraph ${f.paragraph}`;
  return `${f.line}:${f.column}`;
}

/**
 * The terminal report, for people: each file's findings errors first, then warnings, then infos, each
 * with what to write instead under it, wrapped to the terminal's width; a finding about something
 * missing says "whole posting"; the end counts problems by category and says how many --fix can fix.
 */
export function stylishWriter(options: Pick<FormatOptions, 'color' | 'width'>): ReportWriter {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const width = options.width && options.width > 0 ? options.width : Infinity;
  const byCategory = new Map<string, Record<Severity, number>>();
  let fixable = 0;

  const findingLines = (f: Finding, whereWidth: number): string[] => {
    const indent = 2 + whereWidth + 2 + 7 + 2;
    const room = width - indent;
    const narrow = room < MIN_MESSAGE_WIDTH;
    const pad = narrow ? '    ' : ' '.repeat(indent);
    const textWidth = narrow ? Math.max(MIN_MESSAGE_WIDTH, width - 4) : room;
    const head = `  ${c.dim(whereIs(f).padEnd(whereWidth))}  ${paint[f.severity](f.severity.padEnd(7))}  `;
    const message = wrap(`${safe(f.message)}  ${f.ruleId}`, textWidth).map((line, i, all) => (i === all.length - 1 ? line.replace(new RegExp(`${f.ruleId}$`), c.dim(f.ruleId)) : line));
    const out = narrow ? [head.trimEnd(), ...message.map((l) => pad + l)] : [head + message[0], ...message.slice(1).map((l) => pad + l)];
    // In a Word or HTML document there is no line to go to: quote the text, unless the message does.
    if (f.paragraph !== undefined && !f.wholePosting && !f.message.includes(f.text)) out.push(...wrap(`“${safe(f.text.replace(/\s+/g, ' '))}”`, textWidth).map((l) => pad + c.dim(l)));
    if (f.fix) out.push(...wrap(`--fix writes “${f.fix.text}”`, textWidth - 2).map((l, i) => `${pad}${i === 0 ? c.green('✎') : ' '} ${l}`));
    if (f.suggestions.length > 0) {
      const lines = wrap(safe(f.suggestions.join(' / ')), textWidth - 2);
      out.push(`${pad}${c.green('→')} ${lines[0]}`, ...lines.slice(1).map((l) => `${pad}  ${l}`));
    }
    return out;
  };

  return {
    start: () => '',
    file(file) {
      // Control characters from file names, ids and posting text are escaped (src/escape.ts).
      if (file.error) return [c.underline(safe(file.path)), `  ${paint.error('error')}  ${safe(file.error)}`, ''].join('\n') + '\n';
      for (const f of file.findings) {
        const counts = byCategory.get(String(f.category)) ?? { error: 0, warning: 0, info: 0 };
        counts[f.severity]++;
        byCategory.set(String(f.category), counts);
        if (f.fix) fixable++;
      }
      if (file.findings.length === 0) return '';
      const out: string[] = [c.underline(safe(file.path)) + c.dim(`  ${safe(roleNote(file))}`)];
      const whereWidth = Math.max(...file.findings.map((f) => whereIs(f).length));
      const ordered = ORDER.flatMap((severity) => file.findings.filter((f) => f.severity === severity));
      for (const f of ordered) out.push(...findingLines(f, whereWidth));
      return out.join('\n') + '\n\n';
    },
    end(summary) {
      const { errors, warnings, infos, fileErrors, files } = summary;
      const problems = errors + warnings + infos;
      const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(infos ? [plural(infos, 'info')] : [])];
      const unreadable = fileErrors ? `, ${plural(fileErrors, 'file')} could not be linted` : '';
      if (problems === 0 && fileErrors === 0) return c.green(`✔ ${plural(files, 'file')} checked, no problems`) + '\n';
      const lines = [(errors || fileErrors ? c.red : c.yellow)(`✖ ${plural(problems, 'problem')} (${parts.join(', ')}) in ${plural(files, 'file')}${unreadable}`)];
      const categories = [...byCategory].sort((a, b) => byCodeUnits(a[0], b[0]));
      const nameWidth = Math.max(0, ...categories.map(([name]) => name.length));
      for (const [name, counts] of categories) {
        const said = ORDER.filter((s) => counts[s] > 0).map((s) => paint[s](plural(counts[s], s)));
        lines.push(`  ${name.padEnd(nameWidth)}  ${said.join(', ')}`);
      }
      if (fixable > 0) lines.push(...wrap(`${plural(fixable, 'problem')} can be fixed with --fix (--fix-dry-run shows the result first)`, width - 4).map((l, i) => c.green(`${i ? '    ' : '  '}${l}`)));
      return lines.join('\n') + '\n';
    },
  };
}

/** The peer-role decision in a few words: `peer role: "Recovery Coach" (title, line 1)`. */
function roleNote(file: FileResult): string {
  const decided = file.peerRole ? 'peer role' : 'not a peer role';
  const role = file.role;
  if (!role) return `(${decided})`;
  const where = role.titleLine === null ? role.reason : `${role.reason}, line ${role.titleLine}`;
  // The title is the posting's own text: no control characters on the terminal, and not a paragraph.
  const title = role.title.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 80);
  return title ? `${decided}: "${title}" (${where})` : `${decided} (${where})`;
}

export function formatStylish(report: LintReport, options: { color: boolean; width?: number }): string {
  return writeAll(stylishWriter(options), report);
}
