import { frontMatterPay, payAmounts, payRanges, type PayAmount } from '../../src/pay.ts';
import { defineRule } from '../../src/rule.ts';

const fmt = (a: PayAmount, prose: string) => prose.slice(a.start, a.end).trim();
/** Hourly figures are below this; annual ones are far above it. */
const HOURLY_CEILING = 300;
const ANNUAL_FLOOR = 5000;

export default defineRule({
  meta: {
    id: 'pay-range-quality',
    category: 'pay',
    defaultSeverity: 'warning',
    description: 'A pay range must make sense: minimum below maximum, one unit, not so wide it says nothing, and not open-ended.',
    docs: 'rules/pay-range-quality/README.md',
    appliesTo: 'all',
    messages: {
      inverted: 'The pay range runs backwards: the minimum ({{min}}) is above the maximum ({{max}}).',
      mixedUnits: 'The pay range mixes units: {{min}} looks {{minUnit}} and {{max}} looks {{maxUnit}}.',
      tooWide: 'The pay range {{min}}–{{max}} is so wide it says little: the maximum is {{ratio}}× the minimum (more than {{limit}}×).',
      upTo: 'Open-ended pay ("up to {{amount}}") gives a maximum with no minimum.',
      orMore: 'Open-ended pay ("{{amount}} and up") gives a minimum with no maximum.',
    },
    options: {
      type: 'object',
      properties: {
        maxRatio: { type: 'number', exclusiveMinimum: 1, default: 2, description: 'Flag a range whose maximum is more than this many times its minimum.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { document } = context;
    const limit = typeof context.options['maxRatio'] === 'number' && context.options['maxRatio'] > 1 ? context.options['maxRatio'] : 2;
    const suggestions = ['State a range with both ends and one unit, e.g. "$20.50–$24.00 per hour" or "$42,000–$48,000 a year".'];
    return {
      end() {
        const prose = document.prose;
        const amounts = payAmounts(document);
        const ranges = payRanges(document, amounts);
        for (const { start, end, min, max } of ranges) {
          const span = { start, end };
          const data = { min: fmt(min, prose), max: prose.slice(max.start, max.end).trim() };
          const looksHourly = (a: PayAmount) => a.unit === 'hour' || (a.unit === 'unknown' && a.value < HOURLY_CEILING);
          const looksAnnual = (a: PayAmount) => a.unit === 'year' || (a.unit === 'unknown' && a.value >= ANNUAL_FLOOR);
          const mixed = (looksHourly(min) && looksAnnual(max)) || (looksAnnual(min) && looksHourly(max)) || (min.unit !== 'unknown' && max.unit !== 'unknown' && min.unit !== max.unit);
          if (mixed) {
            const label = (a: PayAmount) => (looksHourly(a) ? 'hourly' : looksAnnual(a) ? 'annual' : a.unit === 'unknown' ? 'unlabelled' : `per ${a.unit}`);
            context.report({ messageId: 'mixedUnits', data: { ...data, minUnit: label(min), maxUnit: label(max) }, span, suggestions });
          } else if (min.value > max.value) {
            context.report({ messageId: 'inverted', data, span, suggestions });
          } else if (min.value > 0 && max.value / min.value > limit) {
            context.report({ messageId: 'tooWide', data: { ...data, ratio: (max.value / min.value).toFixed(1), limit }, span, suggestions });
          }
        }
        // Open-ended only when no other figure gives the missing end.
        if (ranges.length > 0 || frontMatterPay(document) !== undefined) return;
        const upTo = amounts.filter((a) => a.upTo);
        const orMore = amounts.filter((a) => a.orMore);
        if (upTo.length > 0 && upTo.length === amounts.length) {
          context.report({ messageId: 'upTo', data: { amount: fmt(upTo[0]!, prose) }, span: upTo[0]!, suggestions });
        } else if (orMore.length > 0 && orMore.length === amounts.length) {
          context.report({ messageId: 'orMore', data: { amount: fmt(orMore[0]!, prose) }, span: orMore[0]!, suggestions });
        }
      },
    };
  },
});
