import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.ts';

/** The package root: dist/ (bundled) or src/ (tests) sits one level below it. */
function packageRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** Up to three rule ids closest to `id`: ids containing it first, then by edit distance. */
export function closestRuleIds(id: string, ids: string[] = builtinRules.map((r) => r.meta.id)): string[] {
  const wanted = id.toLowerCase();
  return ids
    .map((candidate) => ({ candidate, score: candidate.includes(wanted) || wanted.includes(candidate) ? 0 : distance(wanted, candidate) }))
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .filter((x, i) => i === 0 || x.score <= Math.max(3, wanted.length / 3))
    .slice(0, 3)
    .map((x) => x.candidate);
}

/** The text without its HTML comments (and the line break after each), found with indexOf: a lazy regex is quadratic on an unclosed one. */
function withoutComments(markdown: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let open = markdown.indexOf('<!--'); open >= 0; open = markdown.indexOf('<!--', at)) {
    const close = markdown.indexOf('-->', open + 4);
    if (close < 0) break;
    parts.push(markdown.slice(at, open));
    at = markdown[close + 3] === '\n' ? close + 4 : close + 3;
  }
  parts.push(markdown.slice(at));
  return parts.join('');
}

/** Markdown made readable in a terminal: no link targets, emphasis markers or HTML comments; tables and lists kept. */
export function markdownToTerminal(markdown: string): string {
  return withoutComments(markdown)
    .replace(/\[([^\][]+)\]\(([^()]+)\)/g, (_, text: string, url: string) => (/^https?:/.test(url) ? `${text} <${url}>` : text))
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])_([^_\n]+)_(?=[^\w]|$)/g, '$1$2')
    .replace(/(^|[^*])\*([^*\n]+)\*(?!\*)/g, '$1$2')
    .replace(/^(#{1,6}) (.*)$/gm, (_, hashes: string, title: string) => (hashes.length === 1 ? `${title.toUpperCase()}\n${'='.repeat(title.length)}` : `${title}\n${'-'.repeat(title.length)}`));
}

/** The docs page of a rule, ready to print, or an error naming the closest rule ids. */
export function explainRule(id: string | undefined): { text?: string; error?: string } {
  const ids = builtinRules.map((r) => r.meta.id);
  if (!id) return { error: `explain needs a rule id; one of: ${ids.join(', ')}` };
  const rule = builtinRules.find((r) => r.meta.id === id);
  if (!rule) return { error: `unknown rule "${id}"; did you mean ${closestRuleIds(id, ids).join(', ')}?\nrules: ${ids.join(', ')}` };
  const path = join(packageRoot(), rule.meta.docs);
  if (!existsSync(path)) return { error: `the docs page of ${id} (${rule.meta.docs}) is missing from this installation` };
  const { meta } = rule;
  const header = `${meta.id} · ${meta.category} · default ${meta.recommended === false ? `off (opt-in; ${meta.defaultSeverity} when on)` : meta.defaultSeverity}\n${meta.docs}\n\n`;
  return { text: header + markdownToTerminal(readFileSync(path, 'utf8')).trimEnd() + '\n' };
}
