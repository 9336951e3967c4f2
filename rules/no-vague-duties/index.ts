import type { DutyPattern } from '../../src/duties.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';
import { describesDuties, statesBoundaries } from '../../src/scope.ts';

interface VagueDuty extends DutyPattern {
  what: string;
  messageId: 'catchAll' | 'boilerplate';
  suggestion: string;
}

const CLINICAL_STAFF = String.raw`(?:clinicians|clinical\s+(?:staff|team)|therapists|counsel(?:l)?ors|nurses|nursing\s+staff|case\s+managers|medical\s+staff|the\s+psychiatrist|psychiatrists)`;
const LIST_SUGGESTION = 'List the specific non-clinical tasks the peer will do, e.g. "support participants to attend counseling" or "co-facilitate recovery groups".';

const DUTIES: VagueDuty[] = [
  {
    what: 'an open-ended clinical catch-all',
    messageId: 'catchAll',
    noVerb: true,
    suggestion: LIST_SUGGESTION,
    pattern: new RegExp(
      [
        String.raw`\b(?:assist(?:s|ing)?|help(?:s|ing)?)\s+(?:with|in)\s+(?:all|any)\s+(?:other\s+)?clinical\s+(?:tasks?|duties|work|functions|responsibilities)`,
        String.raw`\b(?:other|additional|any|all)\s+(?:other\s+)?clinical\s+(?:tasks?|duties|work|functions|responsibilities)\s+as\s+(?:assigned|needed|required|directed|requested)`,
        String.raw`\b(?:any|all)\s+(?:other\s+)?(?:duties|tasks|work)\s+(?:deemed|considered)\s+(?:necessary|appropriate)\s+by\s+(?:the\s+)?(?:clinical|medical|nursing|treatment)\b`,
        String.raw`\b(?:any|all)\s+(?:other\s+)?(?:duties|tasks|work)\s+(?:\w+\s+){0,2}?(?:requested|assigned|directed|delegated)\s+by\s+(?:the\s+|any\s+)?(?:clinical|medical|nursing|treatment)\s+(?:team|staff)`,
      ].join('|'),
      'gi',
    ),
  },
  {
    what: 'covering for clinical staff',
    messageId: 'catchAll',
    noVerb: true,
    suggestion: 'Say what the peer does when clinical staff are away (e.g. "stay with participants and call the on-call clinician"), not that the peer covers for them.',
    pattern: new RegExp(
      String.raw`\b(?:cover(?:s|ing)?|fill(?:s|ing)?\s+in|step(?:s|ping)?\s+in|substitut(?:e|es|ing)|stand(?:s|ing)?\s+in)\s+for\s+(?:the\s+|absent\s+|our\s+|any\s+)?` + CLINICAL_STAFF,
      'gi',
    ),
  },
  {
    what: '"other duties as assigned" with no description of the job',
    messageId: 'boilerplate',
    suggestion: 'Describe the job\'s duties and what a peer does not do, so "other duties as assigned" has bounds.',
    noVerb: true,
    pattern: /\b(?:and\s+)?(?:any\s+)?other\s+(?:related\s+)?(?:duties|tasks)\s+as\s+(?:assigned|needed|required|directed)/gi,
  },
];

const CANDIDATE = /clinical|clinician|therapist|counsel|nurs|case manager|psychiatr|medical|deemed|duties|tasks/i;

export default defineRule({
  meta: {
    id: 'no-vague-duties',
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
    const isUnscoped = () => (unscoped ??= !describesDuties(document) && !statesBoundaries(document));
    return {
      sentence(sentence) {
        if (!CANDIDATE.test(sentence.text)) return;
        for (const { duty, start, end } of findPeerDuties(context, sentence, DUTIES)) {
          if (duty.messageId === 'boilerplate' && (boilerplateMode === 'never' || !isUnscoped())) continue;
          context.report({
            messageId: duty.messageId,
            data: { what: duty.what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [duty.suggestion],
          });
        }
      },
    };
  },
});
