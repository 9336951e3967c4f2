import { defineRule } from '../../src/rule.ts';
import { describesDuties, statesBoundaries } from '../../src/scope.ts';

export default defineRule({
  meta: {
    id: 'require-scope-statement',
    category: 'scope',
    defaultSeverity: 'info',
    description: 'A peer posting should say what the peer does and what the peer does not do (no therapy, diagnosis or medication).',
    docs: 'rules/require-scope-statement/README.md',
    appliesTo: 'peer',
    messages: {
      noBoundaries: 'The posting never says what the peer does not do (e.g. "Peers do not provide therapy, diagnose or handle medication").',
      noDuties: 'The posting never describes what the peer does: no duties section or list of duties.',
    },
  },
  create(context) {
    const { document } = context;
    return {
      end() {
        if (!describesDuties(document)) {
          context.report({ messageId: 'noDuties', suggestions: ['Add a "What you will do" list of the peer\'s duties, and a line on what the peer does not do.'] });
          return;
        }
        if (statesBoundaries(document, context.nlp)) return;
        context.report({
          messageId: 'noBoundaries',
          suggestions: ['Add a scope line, e.g. "This is a non-clinical role: peers do not provide therapy, diagnose, write treatment plans or handle medication."'],
        });
      },
    };
  },
});
