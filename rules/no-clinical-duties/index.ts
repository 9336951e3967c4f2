import { defineRule } from '../../src/rule.ts';
import { readDutyContext, readLeadingDutyContext } from '../../src/nlp/clause.ts';
import { CANDIDATE, DUTIES } from './duties.ts';

const compiled = DUTIES.map((duty) => ({ duty, pattern: new RegExp(duty.pattern, 'gi') }));

export default defineRule({
  meta: {
    id: 'no-clinical-duties',
    category: 'role-drift',
    defaultSeverity: 'error',
    description: 'A peer posting must not assign clinical duties (therapy, assessment, diagnosis, treatment plans, medication, caseloads).',
    docs: 'rules/no-clinical-duties/README.md',
    appliesTo: 'peer',
    messages: {
      duty: 'Role drift: {{what}} is clinical work, outside a peer\'s scope ("{{text}}").',
    },
  },
  create(context) {
    const { document, nlp } = context;
    return {
      sentence(sentence) {
        if (!CANDIDATE.test(sentence.text)) return;
        const section = document.sections[document.blocks[sentence.block]!.section]!;
        const claimed: Array<[number, number]> = [];
        const readClause = (index: number, start: number) => {
          if (/^[\s\p{P}]*$/u.test(sentence.text.slice(0, index))) return readLeadingDutyContext(sentence.text.slice(index));
          // Only now is the sentence worth compromise's time.
          const terms = nlp.terms(sentence);
          const verbIndex = terms.findIndex((t) => t.end > start);
          return verbIndex < 0 ? undefined : readDutyContext(terms, verbIndex);
        };
        for (const { duty, pattern } of compiled) {
          for (const m of sentence.text.matchAll(pattern)) {
            const start = sentence.start + m.index;
            const end = start + m[0].trimEnd().length;
            if (claimed.some(([s, e]) => start < e && end > s)) continue;
            const clause = readClause(m.index, start);
            if (!clause) continue;
            const { actor, negated, delegated } = clause;
            if (negated || (delegated && !duty.noVerb)) continue;
            if (actor === 'other-staff' || actor === 'organization' || actor === 'participant') continue;
            // What an "About us" section says the agency does is not the peer's duty unless it says so.
            if ((section.kind === 'about' || section.kind === 'benefits') && actor !== 'peer') continue;
            claimed.push([start, end]);
            context.report({
              messageId: 'duty',
              data: { what: duty.what, text: document.prose.slice(start, end) },
              span: { start, end },
              suggestions: [duty.suggestion],
            });
          }
        }
      },
    };
  },
});
