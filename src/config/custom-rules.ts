import type { Span } from '../document/types.ts';
import { defineRule, type Rule, type RuleContext } from '../rule.ts';
import { searchWithBudget, type Pattern } from '../safe-regex.ts';
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

interface Compiled extends Pattern {
  replacement?: string;
}

export function compileCustomRule(spec: CustomRuleSpec, file = '<config>', at: Array<string | number> = ['customRules']): Rule {
  const issues: ConfigIssue[] = [];
  const flags = spec.ignoreCase === false ? 'gu' : 'giu';
  // The user's pattern is rated (recheck); the whole-word wrapper around it adds only look-arounds.
  const compile = (source: string, where: Array<string | number>): Pattern | undefined => {
    const check = compileUserRegex(source, flags);
    if (typeof check === 'string') {
      issues.push({ file, keyPath: keyPathOf([...at, ...where]), problem: `custom rule "${spec.id}": ${check}` });
      return undefined;
    }
    return { source: `${BEFORE}(?:${source})${AFTER}`, flags };
  };
  const patterns: Compiled[] = [];
  if (spec.type === 'substitution') {
    for (const [from, to] of Object.entries(spec.swap ?? {})) {
      const pattern = compile(from, ['swap', from]);
      if (pattern) patterns.push({ ...pattern, replacement: to });
    }
  } else {
    (spec.tokens ?? []).forEach((token, i) => {
      const pattern = compile(token, ['tokens', i]);
      if (pattern) patterns.push(pattern);
    });
  }
  let section: Pattern | undefined;
  if (spec.scope?.section) {
    const result = compileUserRegex(spec.scope.section, 'iu');
    if (typeof result === 'string') issues.push({ file, keyPath: keyPathOf([...at, 'scope', 'section']), problem: `custom rule "${spec.id}": ${result}` });
    else section = { source: spec.scope.section, flags: 'iu' };
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

/**
 * The blocks of the document that the rule looks at (all, or those in sections whose heading
 * matches), with their text. User patterns run under the per-file time budget (src/safe-regex.ts).
 */
function blocksInScope(context: RuleContext, section: Pattern | undefined): Array<Span & { text: string }> {
  const { document } = context;
  let blocks: Span[] = document.blocks;
  if (section) {
    const headings = document.sections.map((s) => s.heading);
    const [matches] = searchWithBudget([section], headings, { maxMatches: 1 });
    blocks = document.blocks.filter((b) => b.kind !== 'heading' && matches![b.section]!.length > 0);
  }
  return blocks.map((b) => ({ start: b.start, end: b.end, text: document.prose.slice(b.start, b.end) }));
}

function checkMatches(context: RuleContext, patterns: Compiled[], section: Pattern | undefined): void {
  const { prose } = context.document;
  const blocks = blocksInScope(context, section);
  const found = searchWithBudget(patterns, blocks.map((b) => b.text));
  blocks.forEach((block, b) => {
    const hits: Array<Span & { replacement?: string }> = [];
    patterns.forEach(({ replacement }, p) => {
      for (const m of found[p]![b]!) {
        if (m.text.length === 0) continue;
        // Already the preferred wording (a swap from "clients?" to "client" must not flag "client").
        if (replacement !== undefined && m.text.toLowerCase() === replacement.toLowerCase()) continue;
        const start = block.start + m.index;
        if (hits.some((h) => start < h.end && start + m.text.length > h.start)) continue;
        hits.push({ start, end: start + m.text.length, replacement });
      }
    });
    for (const hit of hits) {
      const match = prose.slice(hit.start, hit.end);
      context.report({
        messageId: 'match',
        data: { match, replacement: hit.replacement ?? '' },
        span: hit,
        suggestions: hit.replacement !== undefined ? [hit.replacement] : [],
      });
    }
  });
}

function checkRequirement(context: RuleContext, patterns: Compiled[], section: Pattern | undefined, tokens: string[]): void {
  const blocks = blocksInScope(context, section);
  const found = searchWithBudget(patterns, blocks.map((b) => b.text), { maxMatches: 1 });
  if (found.some((byBlock) => byBlock.some((matches) => matches.length > 0))) return;
  context.report({ messageId: 'match', data: { match: '', tokens: tokens.map((t) => `"${t}"`).join(', ') } });
}
