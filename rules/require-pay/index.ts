import { frontMatterPay, payAmounts, payRanges, type PayAmount } from '../../src/pay.ts';
import { defineRule } from '../../src/rule.ts';

/** Vague phrases that employers use instead of a figure. */
const VAGUE = /\b(?:competitive (?:salary|pay|wages?|compensation|rates?)|commensurate with (?:experience|qualifications)|depending on experience|DOE|DOQ|negotiable|market[- ]rate)\b/i;
/** "Hourly rate: $16": the unit stated before the amount. */
// Each optional part owns its white space: two `\s*` side by side are quadratic on a run of spaces.
const HOURLY_BEFORE = /\bhourly(?:\s+(?:rate|pay|wage))?(?:\s*(?:of|is|:))?(?:\s+from)?\s*$/i;

interface PayOptions {
  minimumHourlyWage?: number;
}

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
      belowMinimum: 'Hourly pay of {{amount}} is below the minimum of {{minimum}} an hour set for these postings.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minimumHourlyWage: {
          description: 'Report an hourly figure (or a range\'s low end) below this amount (in the posting\'s currency), e.g. a living wage.',
          type: 'number',
          exclusiveMinimum: 0,
        },
      },
    },
  },
  create(context) {
    const { document } = context;
    const { minimumHourlyWage } = context.options as PayOptions;
    const suggestions = ['State a range with both ends and a unit, e.g. "$20.50–$24.00 per hour" or "$42,000–$48,000 a year".'];

    /** Single figures and ranges' low ends that are hourly, with their unit resolved across the range. */
    const hourlyFloors = (amounts: PayAmount[]): PayAmount[] => {
      const ranges = payRanges(document, amounts);
      const maxima = new Set(ranges.map((r) => r.max.start));
      const lows = new Map(ranges.map((r) => [r.min.start, r.min]));
      return amounts
        .filter((a) => !maxima.has(a.start))
        .map((a) => lows.get(a.start) ?? a)
        .filter((a) => a.unit === 'hour' || HOURLY_BEFORE.test(document.prose.slice(Math.max(0, a.start - 40), a.start)));
    };

    return {
      end() {
        const amounts = payAmounts(document);
        if (minimumHourlyWage !== undefined) {
          for (const low of hourlyFloors(amounts)) {
            if (low.upTo || !(low.value < minimumHourlyWage)) continue;
            const amount = document.text.slice(low.start, low.end);
            context.report({
              messageId: 'belowMinimum',
              data: { amount, minimum: String(minimumHourlyWage) },
              span: low,
              suggestions: [`Pay at least ${minimumHourlyWage} an hour, or explain why this role pays less.`],
            });
          }
        }
        // An open-ended "up to $24" still states pay; pay-range-quality reports that it has no floor.
        if (frontMatterPay(document) !== undefined || amounts.length > 0) return;
        const vague = VAGUE.exec(document.prose);
        if (vague) context.report({ messageId: 'vague', data: { phrase: vague[0] }, suggestions });
        else context.report({ messageId: 'missing', suggestions });
      },
    };
  },
});
