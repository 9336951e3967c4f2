import { frontMatterPay, payAmounts, payRanges, type PayAmount } from '../../src/pay.ts';
import { defineRule } from '../../src/rule.ts';

/** Extras that are not base pay, so an "up to" figure for them is not an open-ended salary. */
const NOT_BASE_PAY = /\b(?:study|expenses|towards?|leave|support|differential|enhancements?|uplift|premium|HCAS|London\s+weighting|allowance|unsocial|overtime|on[- ]call|increase|raise|bonus|incentive|commission|retention|golden\s+hello|relocation|moving|miles|refer|friend|package|costs?|lump\s+sum|repaid|welcome|recruitment|scheme|reimburse\w*|tuition|stipend)\b/i;
/** An open-ended figure must be stated as the job's pay, on its own line. */
const BASE_PAY_CUE = /\b(?:salary|pay|rate|wages?|compensation|per\s+(?:hour|annum|year)|an\s+hour|a\s+year|hourly|annually|pro\s+rata|band\s+\d)\b|\/\s?(?:hr|hour|yr|year)\b/i;

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
        // Windows within the amount's own line, found once by payAmounts: bounded, so many amounts on one
        // long line cost linear time.
        const lineOf = (a: PayAmount) => prose.slice(Math.max(a.line.start, a.start - 80), Math.min(a.line.end, a.end + 80));
        // The words around an amount on its own line (a heading above, "Peer Support Specialist", says nothing).
        const around = (a: PayAmount) => prose.slice(Math.max(a.line.start, a.start - 40), Math.min(a.line.end, a.end + 30));
        const amounts = payAmounts(document).filter((a) => !NOT_BASE_PAY.test(around(a)));
        const ranges = payRanges(document, amounts);
        for (const { start, end, min: written, max, bareMax } of ranges) {
          // "£19 – 22,000" and "£50 to 55k" are shorthand for thousands, not hourly-to-annual ranges.
          const thousands = written.value * 1000;
          const shorthand = bareMax && Number.isInteger(written.value) && written.value < 1000 && max.value >= thousands && max.value < thousands * 3;
          const min = shorthand ? { ...written, value: written.value * 1000 } : written;
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
            context.report({ messageId: 'tooWide', data: { ...data, ratio: (max.value / min.value).toFixed(2), limit }, span, suggestions });
          }
        }
        // Open-ended only when no other figure gives the missing end.
        if (ranges.length > 0 || frontMatterPay(document) !== undefined) return;
        // Every figure is open-ended the same way, and one of them is stated as the job's pay.
        const cued = (a: PayAmount) => BASE_PAY_CUE.test(lineOf(a));
        const upTo = amounts.every((a) => a.upTo) ? amounts.find(cued) : undefined;
        const orMore = amounts.every((a) => a.orMore) ? amounts.find(cued) : undefined;
        if (upTo) context.report({ messageId: 'upTo', data: { amount: fmt(upTo, prose) }, span: upTo, suggestions });
        else if (orMore) context.report({ messageId: 'orMore', data: { amount: fmt(orMore, prose) }, span: orMore, suggestions });
      },
    };
  },
});
