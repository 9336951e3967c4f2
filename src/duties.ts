import type { Section, Sentence } from './document/types.ts';
import { readDutyContext, readLeadingDutyContext, type Actor, type DutyContext } from './nlp/clause.ts';
import type { RuleContext } from './rule.ts';

/**
 * Shared by the role-drift rules: finds duty phrases in a sentence and keeps only those stated as the
 * peer's own work, reading the clause (negation, delegation, whose duty) and the section it sits in.
 */
export interface DutyPattern {
  /** Matched case-insensitively on one sentence; the match should start at the duty's verb. */
  pattern: RegExp;
  /** Catch-alls and roles (sponsor) that are drift whatever verb governs them ("assist ... as a sponsor"). */
  noVerb?: boolean;
}

export interface DutyHit<T extends DutyPattern> {
  duty: T;
  start: number;
  end: number;
  clause: DutyContext;
  section: Section;
}

/** Qualification lines that describe the applicant's past, not the job: "Experience providing case management". */
const BACKGROUND = /^[\s\p{P}]*(?:(?:some|prior|previous|relevant|demonstrated|proven)\s+)?(?:experience|knowledge|familiarity|understanding|awareness|background|training)\b/iu;

/**
 * Whether a duty stated in `section` by `actor` counts as the peer's own work. In the job's duties (or
 * an unclassified section) a duty with no stated subject is the peer's; in "About us", benefits or
 * "How to apply" it describes the agency or its other staff unless the peer is named as the subject;
 * in qualifications, a line about the applicant's background is not a duty of the job.
 */
export function countsAsPeerDuty(section: Section, actor: Actor, sentenceText: string): boolean {
  if (actor === 'other-staff' || actor === 'organization' || actor === 'participant') return false;
  if (section.kind === 'about' || section.kind === 'benefits' || section.kind === 'apply') return actor === 'peer';
  if (section.kind === 'qualifications' && BACKGROUND.test(sentenceText)) return false;
  return true;
}

/** Runs `duties` over one sentence and returns the hits that are the peer's affirmative duties, longest first per place. */
export function findPeerDuties<T extends DutyPattern>(context: RuleContext, sentence: Sentence, duties: readonly T[]): Array<DutyHit<T>> {
  const section = context.sectionOf(sentence);
  const hits: Array<DutyHit<T>> = [];
  const readClause = (index: number, start: number): DutyContext | undefined => {
    if (/^[\s\p{P}]*$/u.test(sentence.text.slice(0, index))) return readLeadingDutyContext(sentence.text.slice(index));
    // Only now is the sentence worth compromise's time.
    const terms = context.nlp.terms(sentence);
    const verbIndex = terms.findIndex((t) => t.end > start);
    return verbIndex < 0 ? undefined : readDutyContext(terms, verbIndex);
  };
  for (const duty of duties) {
    duty.pattern.lastIndex = 0;
    for (const m of sentence.text.matchAll(duty.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].trimEnd().length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const clause = readClause(m.index, start);
      if (!clause) continue;
      if (clause.negated || (clause.delegated && !duty.noVerb)) continue;
      if (!countsAsPeerDuty(section, clause.actor, sentence.text)) continue;
      hits.push({ duty, start, end, clause, section });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
