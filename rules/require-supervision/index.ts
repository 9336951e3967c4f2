import { defineRule } from '../../src/rule.ts';

/** Any statement of who supervises the peer or how. */
const SUPERVISION = new RegExp(
  [
    String.raw`\bsupervis(?:ion|ions|ed|or|ors|ing|ory)\b`,
    String.raw`\breport(?:s|ing)?\s+(?:directly\s+)?(?:in)?to\b`,
    String.raw`\bline[- ]manage(?:r|rs|ment|d)\b`,
    String.raw`\b(?:managed|overseen|directed|guided|led)\s+by\b`,
    String.raw`\baccountable\s+to\b`,
    String.raw`\bunder\s+the\s+(?:direction|guidance|oversight|leadership)\s+of\b`,
    String.raw`\b(?:reflective\s+practice|clinical\s+oversight|one[- ]to[- ]ones?\s+with\s+(?:your|a|the)\s+(?:manager|lead))\b`,
  ].join('|'),
  'i',
);

export default defineRule({
  meta: {
    id: 'require-supervision',
    category: 'supervision',
    defaultSeverity: 'warning',
    description: 'A peer posting must say who supervises the peer and how.',
    docs: 'rules/require-supervision/README.md',
    appliesTo: 'peer',
    messages: {
      missing: 'The posting never says who supervises the peer or how (no supervisor, "reports to" or peer-informed supervision).',
    },
  },
  create(context) {
    return {
      end() {
        if (SUPERVISION.test(context.document.prose)) return;
        context.report({
          messageId: 'missing',
          suggestions: [
            'Name the supervisor\'s role and the kind of supervision, e.g. "Reports to the Peer Services Supervisor; weekly one-to-one peer-informed supervision and a licensed clinician on call for clinical questions."',
          ],
        });
      },
    };
  },
});
