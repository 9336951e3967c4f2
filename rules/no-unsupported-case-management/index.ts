import type { DutyPattern } from '../../src/duties.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';
import { GAP } from '../no-clinical-duties/duties.ts';

interface CaseDuty extends DutyPattern {
  what: string;
}

const DUTIES: CaseDuty[] = [
  {
    what: 'serving as a case manager',
    pattern: new RegExp(
      String.raw`\b(?:serv(?:e|es|ing)|act(?:s|ing)?|function(?:s|ing)?|work(?:s|ing)?)\s+as\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:primary\s+|assigned\s+)?case\s+managers?`,
      'gi',
    ),
  },
  {
    what: 'carrying a caseload',
    pattern: new RegExp(
      String.raw`\b(?:carr(?:y|ies|ying)|manag(?:e|es|ing)|maintain(?:s|ing)?|hold(?:s|ing)?|handl(?:e|es|ing)|be\s+assigned)\s+(?:a\s+|an\s+|their\s+own\s+|your\s+own\s+|own\s+)?(?:full\s+|independent\s+|assigned\s+|small\s+|active\s+)?(?:case[- ]?management\s+)?caseloads?`,
      'gi',
    ),
  },
  {
    what: 'case-management duties',
    pattern: new RegExp(
      String.raw`\b(?:provid(?:e|es|ing)|deliver(?:s|ing)?|perform(?:s|ing)?|conduct(?:s|ing)?|complet(?:e|es|ing)|carry(?:ing)?\s+out|undertak(?:e|es|ing))\s+` +
        GAP +
        String.raw`(?:targeted\s+|intensive\s+|clinical\s+)?case\s+management(?:\s+(?:services|duties|tasks|functions))?`,
      'gi',
    ),
  },
];

const CANDIDATE = /case\s*manag|caseload/i;
/** Training or supervision for the case-management work: "training in case management", "case management supervision from …". */
const SUPPORT = /\b(?:train\w*|supervis\w*|certif\w*|oversight|overseen|coach\w*|mentor\w*)\b/i;

export default defineRule({
  meta: {
    id: 'no-unsupported-case-management',
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
        if (!CANDIDATE.test(sentence.text)) return;
        // Support must be for the case-management work itself, in a sentence that names it.
        if (SUPPORT.test(sentence.text) && !/\b(?:no|not|without|never)\b/i.test(sentence.text)) supported = true;
        for (const { duty, start, end } of findPeerDuties(context, sentence, DUTIES)) hits.push({ what: duty.what, start, end });
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
