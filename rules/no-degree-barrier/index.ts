import { defineRule } from '../../src/rule.ts';
import { allMatches } from '../../src/matches.ts';

const DEGREE = String.raw`(?:(?:bachelor|master)['’]s(?:\s+degree|\s+of\s+\w+|\s+level)?|(?:bachelor|master|associate)['’]?s?\s+(?:degree|of\s+(?:arts|science|social\s+work))|(?:college|university|four[- ]year|4[- ]year|undergraduate|graduate|post-?graduate|doctoral)\s+degree|\b(?:BA|BS|BSc|BSW|MSW|MA|MSc|MEd|PhD|PsyD)\b(?=\s+(?:degree|in|required|or)\b)|degree\s+in\s+(?:social\s+work|psychology|counsel(?:l)?ing|human\s+services|nursing|a\s+related\s+field|related\s+field|\w+\s+or\s+(?:a\s+)?related\s+field))`;
const LICENCE = String.raw`(?:licensed\s+(?:clinical\s+social\s+worker|master\s+social\s+worker|professional\s+counsel(?:l)?or|mental\s+health\s+counsel(?:l)?or|marriage\s+and\s+family\s+therapist|clinical\s+(?:alcohol|addiction)\s+(?:and\s+drug\s+)?counsel(?:l)?or|alcohol\s+and\s+drug\s+counsel(?:l)?or|clinician|therapist|psychologist)|\b(?:LCSW|LMSW|LPC|LPCC|LMHC|LMFT|LCADC|LCDC|LADC)\b|clinical\s+licen[cs]ure|clinical\s+licen[cs]e|registered\s+nurse|RN\s+licen[cs]e|licen[cs]ed\s+as\s+an?\s+\w+)`;

const CREDENTIAL = new RegExp(`${DEGREE}|${LICENCE}`, 'gi');
/** The sentence makes it a requirement. */
const REQUIRED = /\b(?:required|requires?|requirement|must|mandatory|essential|minimum|necessary|need(?:ed|s)?\s+to\s+(?:have|hold)|at\s+least)\b/i;
const PREFERRED = /\b(?:preferred|preferable|desired|desirable|a\s+plus|an\s+asset|advantageous|beneficial|ideally|bonus|nice\s+to\s+have)\b/i;
/** An alternative path or someone else's credential: "or equivalent experience", "supervised by an LCSW". */
const NOT_A_BARRIER = /\b(?:or\s+(?:an?\s+)?(?:equivalent|comparable|relevant|lived|work|life)|in\s+lieu|substitut\w*|not\s+required|no\s+degree|not\s+necessary|supervis\w*|clinician\s+on\s+call|consult\w*|our\s+(?:team|clinicians|staff)|team\s+(?:of|includes)|we\s+(?:have|employ)|works?\s+(?:alongside|with)|reports?\s+to|led\s+by|partner\w*\s+with|support\s+you\s+to|we\s+(?:will\s+)?(?:pay|fund|support)|tuition|working\s+toward|pursu\w+)\b/i;

export default defineRule({
  meta: {
    id: 'no-degree-barrier',
    category: 'qualifications',
    defaultSeverity: 'warning',
    description: 'A peer posting must not require a college degree or a clinical licence; lived experience and peer certification are the qualifications.',
    docs: 'rules/no-degree-barrier/README.md',
    appliesTo: 'peer',
    messages: {
      required: 'Barrier: a peer role should not require {{what}} ("{{text}}").',
      preferred: '"{{text}}" is listed as preferred; say it is not required, so applicants with lived experience and no degree still apply.',
    },
    options: {
      type: 'object',
      properties: {
        reportPreferred: { type: 'boolean', default: true, description: 'Report a preferred (not required) degree or licence as info.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const { document } = context;
    const reportPreferred = context.options['reportPreferred'] !== false;
    return {
      sentence(sentence) {
        CREDENTIAL.lastIndex = 0;
        const found = CREDENTIAL.test(sentence.text);
        if (!found) return;
        const section = context.sectionOf(sentence);
        // Who the agency employs ("About us") or who supervises is not a requirement for the applicant.
        if (section.kind === 'about' || section.kind === 'supervision' || section.kind === 'benefits' || section.kind === 'training') return;
        if (NOT_A_BARRIER.test(sentence.text)) return;
        const preferred = PREFERRED.test(sentence.text);
        const required = !preferred && (REQUIRED.test(sentence.text) || section.kind === 'qualifications');
        if (!required && !(preferred && reportPreferred)) return;
        for (const m of allMatches(CREDENTIAL, sentence.text)) {
          const start = sentence.start + m.index;
          const end = start + m[0].length;
          const text = document.prose.slice(start, end);
          const what = new RegExp(`^${LICENCE}$`, 'i').test(m[0]) ? 'a clinical licence' : 'a college degree';
          context.report({
            messageId: required ? 'required' : 'preferred',
            data: { what, text },
            span: { start, end },
            severity: required ? undefined : 'info',
            suggestions: [
              'Ask for lived experience and a state peer certification (or the path to one), e.g. "High school diploma or GED; Certified Peer Specialist or eligible to certify within 12 months."',
            ],
          });
          break; // one finding per sentence is enough
        }
      },
    };
  },
});
