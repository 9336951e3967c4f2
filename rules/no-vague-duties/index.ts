import { candidatesFor } from '../../src/activities.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';
import { describesDuties, statesBoundaries } from '../../src/scope.ts';

const ID = 'no-vague-duties';
const isCandidate = candidatesFor(ID);

export default defineRule({
  meta: {
    id: ID,
    category: 'role-drift',
    defaultSeverity: 'warning',
    description: 'A peer posting must not hand the peer open-ended clinical catch-alls ("cover for clinicians", "any duties deemed necessary by the clinical team").',
    docs: 'rules/no-vague-duties/README.md',
    appliesTo: 'peer',
    messages: {
      catchAll: 'Role drift: {{what}} leaves the peer\'s duties unbounded ("{{text}}").',
      boilerplate: 'Unbounded duties: {{what}} ("{{text}}").',
    },
    options: {
      type: 'object',
      properties: {
        boilerplate: {
          enum: ['when-no-scope', 'never'],
          default: 'when-no-scope',
          description: 'Plain "other duties as assigned": flag it only when the posting describes no duties and no boundaries (default), or never.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { document } = context;
    const boilerplateMode = context.options['boilerplate'] === 'never' ? 'never' : 'when-no-scope';
    let unscoped: boolean | undefined;
    const isUnscoped = () => (unscoped ??= !describesDuties(document) && !statesBoundaries(document, context.nlp));
    return {
      sentence(sentence) {
        if (!isCandidate(sentence.text)) return;
        for (const { kind, start, end } of findPeerDuties(context, sentence, ID)) {
          const messageId = kind.message ?? 'catchAll';
          if (messageId === 'boilerplate' && (boilerplateMode === 'never' || !isUnscoped())) continue;
          context.report({
            messageId,
            data: { what: kind.what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [kind.instead],
          });
        }
      },
    };
  },
});
