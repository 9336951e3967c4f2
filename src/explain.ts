import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { builtinRules } from '../rules/index.ts';
import type { CustomRuleSpec } from './config/types.ts';
import { displayPath } from './files.ts';
import { packageRoot } from './package-info.ts';
import type { RuleMeta } from './rule.ts';

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
  const header = `${headerOf(meta)}\n${meta.docs}\n\n`;
  return { text: header + markdownToTerminal(readFileSync(path, 'utf8')).trimEnd() + '\n' };
}

/** The header line of a rule's explanation: id, category, default severity (and where it comes from). */
const headerOf = (meta: RuleMeta, origin?: string) =>
  `${meta.id} · ${meta.category} · default ${meta.recommended === false ? `off (opt-in; ${meta.defaultSeverity} when on)` : meta.defaultSeverity}${origin ? ` · ${origin}` : ''}`;

/** A plugin or custom rule, explained from its meta (and, for a plugin, its docs page when it ships one). */
function explainConfigured(meta: RuleMeta, origin: string, docsFile: string | undefined, spec: CustomRuleSpec | undefined): string {
  const lines = [headerOf(meta, origin), meta.docs, '', meta.description, ''];
  const messages = Object.entries(meta.messages);
  if (messages.length === 1) lines.push(`Message: ${messages[0]![1]}`);
  else if (messages.length > 1) lines.push('Messages:', ...messages.map(([id, text]) => `  ${id}: ${text}`));
  if (spec?.type === 'substitution') lines.push('Swaps:', ...Object.entries(spec.swap ?? {}).map(([from, to]) => `  ${from} -> ${to}`));
  else if (spec) lines.push(`${spec.type === 'requirement' ? 'Requires one of' : 'Flags'}: ${(spec.tokens ?? []).join(', ')}`);
  if (spec?.scope?.peerOnly || meta.appliesTo === 'peer') lines.push('Applies to peer postings only.');
  if (spec?.scope?.section) lines.push(`Only in sections whose heading matches: ${spec.scope.section}`);
  if (meta.options) lines.push('Options (JSON Schema):', JSON.stringify(meta.options, null, 2));
  if (docsFile) lines.push('', markdownToTerminal(readFileSync(docsFile, 'utf8')).trimEnd());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/**
 * `peerlint explain RULE` with the configuration of the working folder: built-in rules print their
 * docs page; the plugin and custom rules that `peerlint rules` lists are explained from their
 * definition. A configuration that cannot be loaded only matters for a rule that is not built in.
 */
export async function explainAnyRule(id: string | undefined, options: { config?: string | false; cwd?: string } = {}): Promise<{ text?: string; error?: string }> {
  if (!id || builtinRules.some((r) => r.meta.id === id)) return explainRule(id);
  const cwd = options.cwd ?? process.cwd();
  const { ConfigResolver } = await import('./config/resolve.ts');
  const { knownRules } = await import('./config/instantiate.ts');
  const { loadPlugin } = await import('./config/plugins.ts');
  const { ConfigError } = await import('./config/errors.ts');
  let resolved;
  let rules;
  try {
    resolved = await new ConfigResolver({ cwd, config: options.config }).resolve(join(cwd, 'posting.md'));
    rules = await knownRules(resolved.customRules, resolved.plugins);
  } catch (error) {
    if (error instanceof ConfigError) return { error: `unknown rule "${id}" (the configuration here could not be loaded: ${error.message.split('\n')[0]})` };
    throw error;
  }
  const rule = rules.get(id);
  if (!rule) {
    const ids = [...rules.keys()];
    return { error: `unknown rule "${id}"; did you mean ${closestRuleIds(id, ids).join(', ')}?\nrules: ${ids.join(', ')}` };
  }
  const spec = resolved.customRules.find((s) => s.id === id);
  if (spec) return { text: explainConfigured(rule.meta, 'custom rule (customRules in the configuration)', undefined, spec) };
  for (const plugin of resolved.plugins) {
    if (!(await loadPlugin(plugin)).includes(rule)) continue;
    const page = /^[a-z]+:/i.test(rule.meta.docs) ? undefined : resolve(dirname(plugin), rule.meta.docs);
    return { text: explainConfigured(rule.meta, `plugin ${displayPath(plugin, cwd)}`, page && existsSync(page) ? page : undefined, undefined) };
  }
  return explainRule(id);
}
