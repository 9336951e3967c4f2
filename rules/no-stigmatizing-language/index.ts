import { inBlockquote, selfSpokenSpans } from '../../src/quotations.ts';
import { defineRule } from '../../src/rule.ts';
import { expandTerms, TermMatcher, type TermEntry, type TermWords } from '../../src/terms.ts';
import { termFix, type TermFixes } from '../../src/fix/terms.ts';
import terms from './terms.yaml';
import words from './words.yaml';
import fixData from './fixes.yaml';

/** The word list with its `{name}` word lists filled in (words.yaml). */
export const entries = expandTerms(terms as TermEntry[], words as TermWords);
/** Safe automatic replacements by entry id (fixes.yaml), for `peerlint --fix`. */
export const termFixes = fixData as Record<string, TermFixes>;
const defaultMatcher = new TermMatcher(entries);

interface StigmaOptions {
  extraTerms?: Array<{ term: string; alternatives: string[]; why?: string }>;
  allowedTerms?: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase from the config as a term pattern: literal words, any run of spaces or a hyphen between them. */
const phrasePattern = (phrase: string) => phrase.trim().split(/[\s-]+/).map(escape).join('[\\s-]+');

const matchers = new Map<string, TermMatcher>();
/** The word list plus the configured extra terms, compiled once per distinct option set. */
function matcherFor(options: StigmaOptions): TermMatcher {
  if (!options.extraTerms?.length) return defaultMatcher;
  const key = JSON.stringify(options.extraTerms);
  let matcher = matchers.get(key);
  if (!matcher) {
    const extra: TermEntry[] = options.extraTerms.map((t, i) => ({
      id: `configured-${i + 1}`,
      terms: [phrasePattern(t.term)],
      alternatives: t.alternatives,
      why: t.why ?? 'Your configuration lists it as stigmatizing.',
      source: 'peerlint configuration',
    }));
    matcher = new TermMatcher([...entries, ...extra]);
    matchers.set(key, matcher);
  }
  return matcher;
}

export default defineRule({
  meta: {
    id: 'no-stigmatizing-language',
    category: 'stigmatizing-language',
    defaultSeverity: 'error',
    description: 'Use person-first language instead of words that label people by a condition or history.',
    docs: 'rules/no-stigmatizing-language/README.md',
    appliesTo: 'all',
    fixable: 'code',
    messages: {
      term: '"{{term}}" stigmatizes: {{why}} Write "{{alternative}}" instead.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraTerms: {
          description: 'More terms to flag, as plain phrases (case-insensitive, whole words), each with what to write instead.',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['term', 'alternatives'],
            properties: {
              term: { type: 'string', minLength: 1 },
              alternatives: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              why: { type: 'string' },
            },
          },
        },
        allowedTerms: {
          description: 'Terms never to flag: an entry id from the word list (e.g. "alcoholic") or an exact phrase (e.g. "ex-offender").',
          type: 'array',
          items: { type: 'string', minLength: 1 },
        },
      },
    },
  },
  create(context) {
    const { document } = context;
    const options = context.options as StigmaOptions;
    const matcher = matcherFor(options);
    const allowed = new Set((options.allowedTerms ?? []).map((t) => t.toLowerCase().replace(/\s+/g, ' ')));
    return {
      end() {
        // Blocks, not sentences: a term never spans a block, and look-alike checks need the whole block.
        const { blocks, prose, text } = document;
        let b = 0;
        let spoken: { block: number; spans: Array<{ start: number; end: number }> } | undefined;
        for (const hit of matcher.matchIn(prose, blocks)) {
          const phrase = prose.slice(hit.start, hit.end).toLowerCase().replace(/\s+/g, ' ');
          if (allowed.has(hit.entry.id) || allowed.has(phrase)) continue;
          // What a person says about themselves in a quotation is theirs to say (found once per block).
          while (b < blocks.length - 1 && blocks[b]!.end <= hit.start) b++;
          if (spoken?.block !== b) {
            const block = blocks[b]!;
            spoken = { block: b, spans: selfSpokenSpans(prose, block.start, block.end, inBlockquote(text, block.start)) };
          }
          if (spoken.spans.some((q) => q.start <= hit.start && hit.end <= q.end)) continue;
          context.report({
            messageId: 'term',
            data: { term: document.prose.slice(hit.start, hit.end), why: hit.entry.why, alternative: hit.entry.alternatives[0] ?? '' },
            span: hit,
            suggestions: hit.entry.alternatives,
            fix: termFix(context, termFixes[hit.entry.id], hit, blocks[b]!.start <= hit.start && hit.end <= blocks[b]!.end ? blocks[b]! : hit),
          });
        }
      },
    };
  },
});
