import { candidatesFor } from '../../src/activities.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';

const ID = 'no-dual-relationships';
const isCandidate = candidatesFor(ID);
/** Sentences that set a boundary, not a duty: "avoid dual relationships", "not permitted", "code of ethics". */
const BOUNDARY = /\b(?:avoid\w*|refrain\w*|prohibit\w*|forbid\w*|not\s+(?:permitted|allowed|appropriate)|must\s+not|should\s+not|never|boundar\w*|ethic\w*|code\s+of\s+conduct|polic(?:y|ies))\b/i;

export default defineRule({
  meta: {
    id: ID,
    category: 'role-drift',
    defaultSeverity: 'error',
    description: 'A peer posting must not ask the peer to be a participant\'s sponsor, landlord, lender or friend (dual relationships).',
    docs: 'rules/no-dual-relationships/README.md',
    appliesTo: 'peer',
    messages: {
      dual: 'Role drift: {{what}} is a dual relationship, outside a peer\'s professional role ("{{text}}").',
    },
  },
  create(context) {
    const { document } = context;
    return {
      sentence(sentence) {
        if (!isCandidate(sentence.text) || BOUNDARY.test(sentence.text)) return;
        for (const { kind, start, end } of findPeerDuties(context, sentence, ID)) {
          context.report({
            messageId: 'dual',
            data: { what: kind.what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [kind.instead],
          });
        }
      },
    };
  },
});
