import { frontMatterPay, payAmounts } from '../../src/pay.ts';
import { defineRule } from '../../src/rule.ts';

/** Vague phrases that employers use instead of a figure. */
const VAGUE = /\b(?:competitive (?:salary|pay|wages?|compensation|rates?)|commensurate with (?:experience|qualifications)|depending on experience|DOE|DOQ|negotiable|market[- ]rate)\b/i;

export default defineRule({
  meta: {
    id: 'require-pay',
    category: 'pay',
    defaultSeverity: 'error',
    description: 'A posting must state a pay figure or range.',
    docs: 'rules/require-pay/README.md',
    appliesTo: 'all',
    messages: {
      missing: 'No pay figure or range: applicants cannot tell what the job pays.',
      vague: 'No pay figure or range: "{{phrase}}" does not tell applicants what the job pays.',
    },
  },
  create(context) {
    const { document } = context;
    const suggestions = ['State a range with both ends and a unit, e.g. "$20.50–$24.00 per hour" or "$42,000–$48,000 a year".'];
    return {
      end() {
        // An open-ended "up to $24" still states pay; pay-range-quality reports that it has no floor.
        if (frontMatterPay(document) !== undefined || payAmounts(document).length > 0) return;
        const prose = document.prose;
        const vague = VAGUE.exec(prose);
        if (vague) context.report({ messageId: 'vague', data: { phrase: vague[0] }, suggestions });
        else context.report({ messageId: 'missing', suggestions });
      },
    };
  },
});
