import { candidatesFor } from '../../src/activities.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';

const ID = 'no-clinical-duties';
const isCandidate = candidatesFor(ID);

export default defineRule({
  meta: {
    id: ID,
    category: 'role-drift',
    defaultSeverity: 'error',
    description: 'A peer posting must not assign clinical duties (therapy, assessment, diagnosis, treatment plans, medication).',
    docs: 'rules/no-clinical-duties/README.md',
    appliesTo: 'peer',
    messages: {
      duty: 'Role drift: {{what}} is clinical work, outside a peer\'s scope ("{{text}}").',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        // The pre-filter is generated from the lexicon (src/activities.yaml): most sentences stop here, before any NLP.
        if (!isCandidate(sentence.text)) return;
        for (const { kind, start, end } of findPeerDuties(context, sentence, ID)) {
          context.report({
            messageId: 'duty',
            data: { what: kind.what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [kind.instead],
          });
        }
      },
    };
  },
});
