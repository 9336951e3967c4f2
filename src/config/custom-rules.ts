import type { Span } from '../document/types.ts';
import { defineRule, type Rule, type RuleContext } from '../rule.ts';
import { ConfigError, keyPathOf, type ConfigIssue } from './errors.ts';
import { compileUserRegex } from './safe-regex.ts';
import type { CustomRuleSpec } from './types.ts';

const SEVERITY = { info: 'info', warn: 'warning', error: 'error' } as const;

const DEFAULT_MESSAGES: Record<CustomRuleSpec['type'], string> = {
  substitution: 'Write "{{replacement}}" instead of "{{match}}".',
  existence: 'Avoid "{{match}}".',
  requirement: 'Something every posting must mention is missing: none of {{tokens}} appears.',
};

// Whole words only, as Vale's tokens are: a pattern never matches inside a longer word.
const BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER = String.raw`(?![\p{L}\p{N}_])`;

interface Compiled {
  pattern: RegExp;
  replacement?: string;
}

/**
 * Turns a declarative rule from the config into a normal Rule, so the engine runs it like a built-in
 * one. Its patterns come from users, so each is checked for syntax and catastrophic backtracking.
 * `at` is where the spec sits in its config file, for error messages.
 */
export function compileCustomRule(spec: CustomRuleSpec, file = '<config>', at: Array<string | number> = ['customRules']): Rule {
  const issues: ConfigIssue[] = [];
  const flags = spec.ignoreCase === false ? 'gu' : 'giu';
  const compile = (source: string, where: Array<string | number>): RegExp | undefined => {
    const result = compileUserRegex(`${BEFORE}(?:${source})${AFTER}`, flags);
    const check = compileUserRegex(source, flags);
    const problem = typeof check === 'string' ? check : typeof result === 'string' ? result : undefined;
    if (problem) issues.push({ file, keyPath: keyPathOf([...at, ...where]), problem: `custom rule "${spec.id}": ${problem}` });
    return typeof result === 'string' ? undefined : result;
  };
  const patterns: Compiled[] = [];
  if (spec.type === 'substitution') {
    for (const [from, to] of Object.entries(spec.swap ?? {})) {
      const pattern = compile(from, ['swap', from]);
      if (pattern) patterns.push({ pattern, replacement: to });
    }
  } else {
    (spec.tokens ?? []).forEach((token, i) => {
      const pattern = compile(token, ['tokens', i]);
      if (pattern) patterns.push({ pattern });
    });
  }
  let section: RegExp | undefined;
  if (spec.scope?.section) {
    const result = compileUserRegex(spec.scope.section, 'iu');
    if (typeof result === 'string') issues.push({ file, keyPath: keyPathOf([...at, 'scope', 'section']), problem: `custom rule "${spec.id}": ${result}` });
    else section = result;
  }
  if (issues.length) throw new ConfigError(issues);

  const description = spec.description ?? describeSpec(spec);
  return defineRule({
    meta: {
      id: spec.id,
      category: spec.category ?? 'custom',
      defaultSeverity: SEVERITY[spec.severity ?? 'warn'],
      description,
      docs: spec.link ?? 'docs/configuration.md#custom-rules',
      appliesTo: spec.scope?.peerOnly ? 'peer' : 'all',
      messages: { match: spec.message ?? DEFAULT_MESSAGES[spec.type] },
    },
    create(context) {
      return { end: () => (spec.type === 'requirement' ? checkRequirement(context, patterns, section, spec.tokens ?? []) : checkMatches(context, patterns, section)) };
    },
  });
}

function describeSpec(spec: CustomRuleSpec): string {
  if (spec.type === 'substitution') return `House style: ${Object.values(spec.swap ?? {}).map((r) => `"${r}"`).join(', ')} instead of other wordings.`;
  if (spec.type === 'existence') return 'Words the configuration says must not appear.';
  return `Postings must mention one of: ${(spec.tokens ?? []).join(', ')}.`;
}

/** The blocks of the document that the rule looks at: all, or those in sections whose heading matches. */
function blocksInScope(context: RuleContext, section: RegExp | undefined): Span[] {
  const { document } = context;
  if (!section) return document.blocks;
  return document.blocks.filter((b) => b.kind !== 'heading' && section.test(document.sections[b.section]!.heading));
}

function checkMatches(context: RuleContext, patterns: Compiled[], section: RegExp | undefined): void {
  const { prose } = context.document;
  for (const block of blocksInScope(context, section)) {
    const text = prose.slice(block.start, block.end);
    const hits: Array<Span & { replacement?: string }> = [];
    for (const { pattern, replacement } of patterns) {
      for (const m of text.matchAll(pattern)) {
        if (m[0].length === 0) continue;
        // Already the preferred wording (a swap from "clients?" to "client" must not flag "client").
        if (replacement !== undefined && m[0].toLowerCase() === replacement.toLowerCase()) continue;
        const start = block.start + m.index;
        if (hits.some((h) => start < h.end && start + m[0].length > h.start)) continue;
        hits.push({ start, end: start + m[0].length, replacement });
      }
    }
    for (const hit of hits) {
      const match = prose.slice(hit.start, hit.end);
      context.report({
        messageId: 'match',
        data: { match, replacement: hit.replacement ?? '' },
        span: hit,
        suggestions: hit.replacement !== undefined ? [hit.replacement] : [],
      });
    }
  }
}

function checkRequirement(context: RuleContext, patterns: Compiled[], section: RegExp | undefined, tokens: string[]): void {
  const { prose } = context.document;
  for (const block of blocksInScope(context, section)) {
    const text = prose.slice(block.start, block.end);
    for (const { pattern } of patterns) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) return;
    }
  }
  context.report({ messageId: 'match', data: { match: '', tokens: tokens.map((t) => `"${t}"`).join(', ') } });
}
