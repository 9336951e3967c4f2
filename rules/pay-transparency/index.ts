import { frontMatterPay, payAmounts } from '../../src/pay.ts';
import { defineRule } from '../../src/rule.ts';
import { LAWS, lawsFor, type Law, type Requirement } from './laws.ts';

/** A concrete benefit, not just the word "benefits" (which may be the benefits a peer helps people apply for). */
const BENEFITS = /\b(?:medical|dental|vision|health\s*(?:care\s+)?(?:insurance|coverage|plan|benefits)|healthcare|life\s+insurance|disability\s+insurance|401\s?\(?k\)?|403\s?\(?b\)?|retirement|pension|paid\s+(?:time\s+off|leave|holidays?|vacation|sick)|PTO|sick\s+(?:leave|time|days)|vacation|annual\s+leave|holidays|parental\s+leave|tuition|employee\s+assistance|EAP)\b/i;
/** When applications close: "Apply by March 3, 2025", "Applications close on 12/01/2025". */
const DEADLINE = /\b(?:apply\s+by|applications?\s+(?:(?:will\s+)?close|are\s+due|due|deadline|accepted\s+(?:until|through))|closing\s+date|application\s+window|deadline\s+to\s+apply|posting\s+(?:closes|ends|expires))\b[^.\n]{0,40}?(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{4}-\d{2}-\d{2}|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)/i;

const WHAT: Record<Requirement, string> = {
  pay: 'a pay figure or a range with both ends',
  benefits: 'a general description of benefits',
  'other-compensation': 'a description of other compensation',
  'application-deadline': 'the date applications are expected to close',
};
const SUGGEST: Record<Requirement, string> = {
  pay: 'State the range you expect to pay, both ends and a unit: "$20.50–$24.00 per hour".',
  benefits: 'Describe the benefits in a line: "Medical, dental and vision coverage, a 403(b) with 4% match, 22 days of paid time off."',
  'other-compensation': 'Mention bonuses, commissions or differentials, or say there are none.',
  'application-deadline': 'Give the closing date: "Applications close on March 3, 2025."',
};

const today = () => new Date().toISOString().slice(0, 10);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export default defineRule({
  meta: {
    id: 'pay-transparency',
    category: 'pay',
    defaultSeverity: 'error',
    recommended: false,
    enabledBySetting: 'location',
    description: `Opt-in: given the job's location, reports what that US state's or city's pay-transparency law requires that the posting lacks (law table v${LAWS.version}).`,
    docs: 'rules/pay-transparency/README.md',
    appliesTo: 'all',
    messages: {
      missing: 'Pay transparency: {{laws}} require{{s}} {{what}} in the posting; none found.',
    },
    options: {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'Where the job is, when neither front matter `location` nor --location gives it.' },
        employees: { type: 'integer', minimum: 1, description: "The employer's size; laws whose threshold is larger are skipped. Unset: every law is assumed to apply." },
        asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Check the laws in force on this date (default: today).' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { document, options, settings } = context;
    return {
      end() {
        // The posting's own front matter is the most specific, then --location, then the rule's option.
        const location = str(document.frontMatter['location']) ?? str(settings['location']) ?? str(options['location']);
        if (!location) return;
        const asOf = str(options['asOf']) ?? today();
        const employees = typeof options['employees'] === 'number' ? options['employees'] : undefined;
        const laws = lawsFor(location).filter((law) => law.posting !== false && law.effective <= asOf && (employees === undefined || employees >= law.employees));
        if (laws.length === 0) return;

        const amounts = payAmounts(document);
        const has: Record<Requirement, () => boolean> = {
          pay: () => frontMatterPay(document) !== undefined || amounts.some((a) => !a.upTo && !a.orMore),
          benefits: () => BENEFITS.test(document.prose) || str(document.frontMatter['benefits']) !== undefined,
          'other-compensation': () => true, // cannot tell "none" from "not stated": documented, not checked
          'application-deadline': () => DEADLINE.test(document.prose),
        };
        const missing = new Map<Requirement, Law[]>();
        for (const law of laws) {
          for (const { what, since } of law.requires) {
            if (since !== undefined && since > asOf) continue;
            if (has[what]()) continue;
            missing.set(what, [...(missing.get(what) ?? []), law]);
          }
        }
        for (const [what, by] of missing) {
          context.report({
            messageId: 'missing',
            data: { laws: by.map((law) => `${law.name} (${law.citation})`).join(' and '), s: by.length === 1 ? 's' : '', what: WHAT[what] },
            suggestions: [SUGGEST[what]],
          });
        }
      },
    };
  },
});
