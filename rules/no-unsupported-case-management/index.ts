import { candidatesFor } from '../../src/activities.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';

const ID = 'no-unsupported-case-management';
const isCandidate = candidatesFor(ID);
/** Training or supervision for the case-management work: "training in case management", "case management supervision from …". */
const SUPPORT = /\b(?:train\w*|supervis\w*|certif\w*|oversight|overseen|coach\w*|mentor\w*)\b/i;

export default defineRule({
  meta: {
    id: ID,
    category: 'role-drift',
    defaultSeverity: 'error',
    description: 'A peer posting must not give the peer case management or a caseload with no training or supervision for it.',
    docs: 'rules/no-unsupported-case-management/README.md',
    appliesTo: 'peer',
    messages: {
      unsupported: 'Role drift: {{what}}, with no training or supervision for it in the posting ("{{text}}").',
    },
    options: {
      type: 'object',
      properties: {
        allowSupported: {
          type: 'boolean',
          default: true,
          description: 'When false, case-management duties are flagged even when the posting names training or supervision for them.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { document } = context;
    const allowSupported = context.options['allowSupported'] !== false;
    const hits: Array<{ what: string; start: number; end: number }> = [];
    let supported = false;
    return {
      sentence(sentence) {
        if (!isCandidate(sentence.text)) return;
        // Support must be for the case-management work itself, in a sentence that names it.
        if (SUPPORT.test(sentence.text) && !/\b(?:no|not|without|never)\b/i.test(sentence.text)) supported = true;
        for (const { kind, start, end } of findPeerDuties(context, sentence, ID)) hits.push({ what: kind.what, start, end });
      },
      end() {
        if (allowSupported && supported) return;
        for (const { what, start, end } of hits) {
          context.report({
            messageId: 'unsupported',
            data: { what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [
              'Connect participants with a case manager; peers help with navigation and go along to appointments.',
              'If the role must carry case-management work, say what training and supervision come with it.',
            ],
          });
        }
      },
    };
  },
});
