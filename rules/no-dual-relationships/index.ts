import type { DutyPattern } from '../../src/duties.ts';
import { findPeerDuties } from '../../src/duties.ts';
import { defineRule } from '../../src/rule.ts';

interface DualRelationship extends DutyPattern {
  what: string;
  suggestion: string;
}

const PEOPLE = String.raw`(?:participants?|clients?|residents?|members?|consumers?|individuals|mentees|patients|guests|people\s+(?:you|we)\s+serve|the\s+people\s+you\s+support|those\s+you\s+serve)`;

const DUTIES: DualRelationship[] = [
  {
    what: "acting as a participant's sponsor",
    noVerb: true,
    suggestion: 'Help participants find a sponsor in a mutual-aid group if they want one; a peer keeps a professional relationship.',
    pattern: new RegExp(
      String.raw`\b(?:serv(?:e|es|ing)|act(?:s|ing)?|be|becom(?:e|es|ing))\s+(?:as\s+)?(?:a\s+|the\s+|their\s+)?(?:12[- ]step\s+|AA\s+|NA\s+|recovery\s+)?sponsors?\b(?!\s+(?:organi[sz]ations?|agenc(?:y|ies)|of\s+the|for\s+(?:the\s+)?(?:event|program|visa)))` +
        String.raw`|\bsponsor(?:s|ing)?\s+` + PEOPLE + String.raw`\b` +
        String.raw`|\btak(?:e|es|ing)\s+` + PEOPLE + String.raw`\s+through\s+the\s+(?:12\s+|twelve\s+)?steps`,
      'gi',
    ),
  },
  {
    what: 'housing a participant',
    suggestion: 'Help participants find and apply for housing; a peer does not house, rent to or live with the people they serve.',
    pattern: new RegExp(
      String.raw`\b(?:house|host|accommodat(?:e|es|ing)|hous(?:es|ing))\s+` + PEOPLE + String.raw`\s+(?:in|at)\s+(?:your|their|the\s+peer['’]s)\s+(?:own\s+)?(?:home|house|apartment|residence)` +
        String.raw`|\b(?:let|allow|have)\s+` + PEOPLE + String.raw`\s+(?:to\s+)?(?:stay|live|sleep|move\s+in)\s+(?:in|at|with)\s+(?:your\s+(?:own\s+)?(?:home|house|apartment)|you\b)` +
        String.raw`|\brent(?:s|ing)?\s+(?:a\s+room\s+|rooms\s+|housing\s+|property\s+)?to\s+` + PEOPLE +
        String.raw`|\b(?:be|serv(?:e|es|ing)\s+as|act(?:s|ing)?\s+as)\s+(?:a\s+|the\s+)?(?:landlord|roommate|housemate)\s+(?:for|to|of)\s+`,
      'gi',
    ),
  },
  {
    what: 'lending or giving a participant money',
    suggestion: 'Connect participants with emergency funds, benefits or a payee service; a peer does not lend, give or co-sign for the people they serve.',
    pattern: new RegExp(
      String.raw`\b(?:lend(?:s|ing)?|loan(?:s|ing)?|advanc(?:e|es|ing))\s+(?:money|cash|funds|your\s+(?:own\s+)?(?:money|car|vehicle|phone|funds))\s+to\s+` + PEOPLE +
        String.raw`|\blend(?:s|ing)?\s+` + PEOPLE + String.raw`\s+(?:money|cash|funds)` +
        String.raw`|\b(?:giv(?:e|es|ing)|provid(?:e|es|ing))\s+` + PEOPLE + String.raw`\s+(?:your\s+own|personal)\s+(?:money|funds|cash)` +
        String.raw`|\bco-?sign(?:s|ing)?\s+(?:leases?|loans?|for)\b`,
      'gi',
    ),
  },
  {
    what: 'a personal relationship with a participant',
    suggestion: 'Keep a professional, mutual peer relationship; say how the peer is supported to keep boundaries (e.g. supervision and a code of ethics).',
    pattern: new RegExp(
      String.raw`\b(?:befriend(?:s|ing)?|dat(?:e|es|ing))\s+` + PEOPLE +
        String.raw`|\b(?:develop|form|build|maintain|have|keep)(?:s|ing)?\s+(?:a\s+|close\s+)?(?:personal|romantic|sexual|business|financial)\s+(?:relationships?|friendships?)\s+with\s+` + PEOPLE +
        String.raw`|\b(?:be|become|becom(?:es|ing))\s+(?:a\s+)?(?:personal\s+)?friends?\s+(?:with|to|of)\s+` + PEOPLE +
        String.raw`|\b(?:friend|follow)(?:s|ing)?\s+` + PEOPLE + String.raw`\s+on\s+(?:your\s+)?(?:personal\s+)?social\s+media`,
      'gi',
    ),
  },
];

const CANDIDATE = /sponsor|\bsteps\b|home|house|housing|apartment|landlord|roommate|housemate|\brent|lend|loan|money|cash|funds|co-?sign|befriend|dat(?:e|ing)|relationship|friend|social media/i;
/** Sentences that set a boundary, not a duty: "avoid dual relationships", "not permitted", "code of ethics". */
const BOUNDARY = /\b(?:avoid\w*|refrain\w*|prohibit\w*|forbid\w*|not\s+(?:permitted|allowed|appropriate)|must\s+not|should\s+not|never|boundar\w*|ethic\w*|code\s+of\s+conduct|polic(?:y|ies))\b/i;

export default defineRule({
  meta: {
    id: 'no-dual-relationships',
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
        if (!CANDIDATE.test(sentence.text) || BOUNDARY.test(sentence.text)) return;
        for (const { duty, start, end } of findPeerDuties(context, sentence, DUTIES)) {
          context.report({
            messageId: 'dual',
            data: { what: duty.what, text: document.prose.slice(start, end) },
            span: { start, end },
            suggestions: [duty.suggestion],
          });
        }
      },
    };
  },
});
