import { defineRule } from '../../src/rule.ts';

/** A money amount: "$18.50", "£24,907", "$42k", "40,000 USD". */
const MONEY = /(?:[$£€]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK]\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:USD|GBP|EUR|dollars|pounds)\b)/g;
/** Words that say a nearby amount is pay. */
const PAY_CONTEXT = /\b(?:pay|paid|salary|salaries|rate|wages?|compensation|hourly|hour|hr|per annum|p\.?a\.?|annually|annual|per year|a year|yr|starting|range|band|grade|earn|remuneration|FTE|pro rata)\b/i;
/** Amounts that are money but not pay. */
const NOT_PAY = /\/\s?miles?\b|\b(?:bonus|sign[- ]?on|signing|reimburse\w*|per mile|mileage|match\w*|allowance|tuition|relocation|referral|insurance|deductible|stipend for|fee|fees|donation|budget|grant|funding|contract value|million|billion)\b/i;
/** Vague phrases that employers use instead of a figure. */
const VAGUE = /\b(?:competitive (?:salary|pay|wages?|compensation|rates?)|commensurate with (?:experience|qualifications)|depending on experience|DOE|DOQ|negotiable|market[- ]rate)\b/i;
const PAY_KEYS = /^(?:salary|pay|pay[_ -]?range|compensation|wage|wages|rate|hourly[_ -]?rate)$/i;

/** Right after an amount (or the range it starts): "per hour", "/hr", "an hour", "hourly". */
const HOURLY_AFTER = /^\s*(?:(?:[-–—]|to)\s*[$£€]?\s?\d[\d,]*(?:\.\d+)?\s*)?(?:\/\s*(?:hr|hour)\b|per\s+hour\b|an?\s+hour\b|hourly\b|p\/?h\b)/i;
const HOURLY_BEFORE = /\bhourly\s+(?:rate|pay|wage)?\s*(?:of|is|:)?\s*(?:from\s+)?$/i;

interface PayOptions {
  openEnded?: 'off' | 'info' | 'warn' | 'error';
  minimumHourlyWage?: number;
}

const SEVERITY = { info: 'info', warn: 'warning', error: 'error' } as const;

function frontMatterHasPay(data: Record<string, unknown>): boolean {
  return Object.entries(data).some(([key, value]) => PAY_KEYS.test(key) && /\d/.test(JSON.stringify(value)));
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
      openEnded: 'Open-ended pay ("up to {{amount}}") gives a maximum with no minimum.',
      belowMinimum: 'Hourly pay of {{amount}} is below the minimum of {{minimum}} an hour set for these postings.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        openEnded: {
          description: 'How to report pay given only as a maximum ("up to $25 an hour"): off, info, warn (default) or error.',
          enum: ['off', 'info', 'warn', 'error'],
        },
        minimumHourlyWage: {
          description: 'Report an hourly figure below this amount (in the posting\'s currency), e.g. a living wage.',
          type: 'number',
          exclusiveMinimum: 0,
        },
      },
    },
  },
  create(context) {
    const { document } = context;
    const options = context.options as PayOptions;
    const openEnded = options.openEnded ?? 'warn';
    const suggestions = ['State a range with both ends and a unit, e.g. "$20.50–$24.00 per hour" or "$42,000–$48,000 a year".'];
    /** Reports an hourly figure under the configured minimum (a range's low end, or a single figure). */
    const checkMinimum = (amount: string, start: number, before: string, after: string) => {
      if (/[kK]$/.test(amount.trim()) || /\d\s*[-–—]\s*[$£€]?\s?$|\bto\s*[$£€]?\s?$/i.test(before.slice(-12))) return;
      if (!HOURLY_AFTER.test(after) && !HOURLY_BEFORE.test(before)) return;
      const value = Number(amount.replace(/[^\d.]/g, ''));
      if (!(value < options.minimumHourlyWage!)) return;
      context.report({
        messageId: 'belowMinimum',
        data: { amount: amount.trim(), minimum: String(options.minimumHourlyWage) },
        span: { start, end: start + amount.trimEnd().length },
        suggestions: [`Pay at least ${options.minimumHourlyWage} an hour, or explain why this role pays less.`],
      });
    };
    return {
      end() {
        if (frontMatterHasPay(document.frontMatter)) return;
        const prose = document.prose;
        const amounts: Array<{ start: number; end: number; openEnded: boolean }> = [];
        for (const m of prose.matchAll(MONEY)) {
          const before = prose.slice(Math.max(0, m.index - 80), m.index);
          const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 40);
          // Only the words right around the amount, within its own clause, say what it is.
          const near = before.split(/;|\.\s/).pop()!.slice(-25) + ' ' + after.split(/;|\.\s|[$£€]/)[0]!.slice(0, 25);
          if (NOT_PAY.test(near)) continue;
          const inPaySection = document.sections.some((s) => s.kind === 'pay' && s.start <= m.index && m.index < s.end);
          if (!inPaySection && !PAY_CONTEXT.test(before + ' ' + after)) continue;
          amounts.push({ start: m.index, end: m.index + m[0].length, openEnded: /\bup to\s*$/i.test(before) });
          if (options.minimumHourlyWage !== undefined) checkMinimum(m[0], m.index, before, prose.slice(m.index + m[0].length, m.index + m[0].length + 40));
        }
        if (amounts.length > 0) {
          // An "up to" figure is open-ended only when no other figure gives the floor.
          if (amounts.every((a) => a.openEnded) && openEnded !== 'off') {
            const first = amounts[0]!;
            context.report({ messageId: 'openEnded', data: { amount: prose.slice(first.start, first.end) }, span: first, severity: SEVERITY[openEnded], suggestions });
          }
          return;
        }
        const vague = VAGUE.exec(prose);
        if (vague) context.report({ messageId: 'vague', data: { phrase: vague[0] }, suggestions });
        else context.report({ messageId: 'missing', suggestions });
      },
    };
  },
});
