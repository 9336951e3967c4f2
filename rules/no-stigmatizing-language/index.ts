import { defineRule } from '../../src/rule.ts';
import { TermMatcher, type TermEntry } from '../../src/terms.ts';
import terms from './terms.yaml';

export const entries = terms as TermEntry[];
const matcher = new TermMatcher(entries);

export default defineRule({
  meta: {
    id: 'no-stigmatizing-language',
    category: 'stigmatizing-language',
    defaultSeverity: 'error',
    description: 'Use person-first language instead of words that label people by a condition or history.',
    docs: 'rules/no-stigmatizing-language/README.md',
    appliesTo: 'all',
    messages: {
      term: '"{{term}}" stigmatizes: {{why}} Write "{{alternative}}" instead.',
    },
  },
  create(context) {
    const { document } = context;
    return {
      end() {
        // Blocks, not sentences: a term never spans a block, and look-alike checks need the whole block.
        for (const block of document.blocks) {
          for (const hit of matcher.match(document.prose, block.start, block.end)) {
            context.report({
              messageId: 'term',
              data: { term: document.prose.slice(hit.start, hit.end), why: hit.entry.why, alternative: hit.entry.alternatives[0] ?? '' },
              span: hit,
              suggestions: hit.entry.alternatives,
            });
          }
        }
      },
    };
  },
});
