import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';
import { CANDIDATE, DUTIES } from './duties.ts';

const compiled = DUTIES.map((duty) => ({ ...duty, pattern: new RegExp(duty.pattern, 'gi') }));

export default defineRule({
  meta: {
    id: 'no-clinical-duties',
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
        if (!CANDIDATE.test(sentence.text)) return;
        // Section-aware: "About us" duties count only when the peer is the subject; background lines
        // under qualifications are not duties (see src/duties.ts).
        for (const { duty, start, end } of findPeerDuties(context, sentence, compiled)) {
          context.report({
            messageId: 'duty',
            data: { what: duty.what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [duty.suggestion],
          });
        }
      },
    };
  },
});
