import type { Directive, DirectiveKind } from './types.ts';

/** `peerlint-disable rule-a, rule-b -- reason`: the words of a directive, without the comment markers. */
const DIRECTIVE = /^\s*peerlint-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/**
 * Reads one directive's words. Rule ids are separated by commas or spaces; everything after a
 * ` -- ` is the reason, kept so that reviewers can see why a check was switched off.
 */
export function parseDirective(body: string, start: number, end: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const rest = m[2]!;
  const dashes = rest.search(/(?:^|\s)--(?:\s|$)/);
  const ruleText = dashes < 0 ? rest : rest.slice(0, dashes);
  const reason = dashes < 0 ? '' : rest.slice(dashes).replace(/^\s*--/, '').trim();
  const rules = ruleText.split(/[\s,]+/).filter(Boolean);
  const directive: Directive = { kind: m[1] as DirectiveKind, rules, start, end };
  if (reason) directive.reason = reason;
  return directive;
}

/**
 * Directives in the HTML comments of a raw HTML node's source (`text[from, to)`). Found with
 * indexOf, not a lazy `<!--([\s\S]*?)-->` regex: that one rescans to the end of the text from
 * every `<!--` when a comment is never closed, quadratic in a file of unclosed comments.
 */
export function directivesInHtml(text: string, from: number, to: number): Directive[] {
  const found: Directive[] = [];
  for (let open = text.indexOf('<!--', from); open >= 0 && open < to; ) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0 || close + 3 > to) break; // unclosed: no comment can follow
    const directive = parseDirective(text.slice(open + 4, close), open, close + 3);
    if (directive) found.push(directive);
    open = text.indexOf('<!--', close + 3);
  }
  return found;
}

/** A plain-text line that is only a directive ("peerlint-disable require-pay -- reason"). */
export function directiveLine(line: string, start: number): Directive | undefined {
  const lead = line.length - line.trimStart().length;
  const trimmed = line.trim();
  return trimmed.startsWith('peerlint-') ? parseDirective(trimmed, start + lead, start + lead + trimmed.length) : undefined;
}
