/**
 * Clinical duties that put a peer outside peer scope (case management, catch-alls and sponsorship have
 * their own rules: no-unsupported-case-management, no-vague-duties, no-dual-relationships). Each is a verb phrase (the duty stated as
 * something to do) with the in-scope alternative to suggest. Patterns are regex sources matched
 * case-insensitively on one sentence; the match must start at the verb, which the clause reader
 * then checks for negation, delegation and whose duty it is.
 */
export interface Duty {
  id: string;
  /** What the finding calls the duty. */
  what: string;
  pattern: string;
  /** In-scope wording to suggest instead. */
  suggestion: string;
}

/**
 * Up to four words between a verb and its object, none of which negates, hands the task to someone
 * else, or starts another duty ("conduct intake assessments and provide counseling" is two duties).
 */
export const GAP = String.raw`(?:(?!(?:provid\w*|conduct\w*|deliver\w*|facilitat\w*|complet\w*|writ\w*|develop\w*|administer\w*|lead\w*|run\w*|offer\w*|perform\w*|manag\w*|serv\w*|monitor\w*|support\w*|help\w*|assist\w*|refer\w*|ensur\w*|not|never|no|nor|to|for|at|into|about|access|referrals?|attend\w*|link\w*|connect\w*|around|regarding|between|after|before|towards?)\b)[\w'’/-]+[\s,]+){0,4}?`;
export const verbs = (...forms: string[]) => String.raw`\b(?:${forms.join('|')})`;

const THERAPY_VERBS = verbs('provid(?:e|es|ing)', 'deliver(?:s|ing)?', 'conduct(?:s|ing)?', 'facilitat(?:e|es|ing)', 'co-facilitat(?:e|es|ing)', 'lead(?:s|ing)?', 'run(?:s|ning)?', 'offer(?:s|ing)?', 'perform(?:s|ing)?', 'practi[cs](?:e|es|ing)', 'teach(?:es|ing)?', 'administer(?:s|ing)?');
const THERAPY = String.raw`(?:(?<!peer[\s-])(?:psycho)?therap(?:y|ies|eutic\s+interventions?)|(?<!peer[\s-])(?:individual|group|family|clinical|mental\s+health|substance\s+use|addiction|trauma|grief|crisis|one[- ]to[- ]one|1:1|marriage|couples?)\s+counsel(?:l)?ing|counsel(?:l)?ing\s+sessions?|(?:CBT|DBT|EMDR|ACT|CPT|cognitive[\s-]behavio(?:u)?ral\s+therapy|motivational\s+interviewing\s+therapy)\b|clinical\s+interventions?|psychoeducation(?:al)?\s+therapy)`;

export const DUTIES: Duty[] = [
  {
    id: 'therapy',
    what: 'therapy or counseling',
    pattern: THERAPY_VERBS + String.raw`\s+` + GAP + THERAPY,
    suggestion: 'Support participants to engage with therapy or counseling provided by clinical staff.',
  },
  {
    id: 'counsel-verb',
    what: 'counseling',
    pattern: String.raw`\b(?<!peer[\s-])counsel(?:s)?\s+(?:participants|clients|patients|individuals|residents|members|consumers|families|youth|people)\b`,
    suggestion: 'Offer peer support (listening, sharing lived experience) and connect participants with counseling.',
  },
  {
    id: 'assessment',
    what: 'clinical assessment',
    pattern:
      verbs('conduct(?:s|ing)?', 'complet(?:e|es|ing)', 'perform(?:s|ing)?', 'carry(?:ing)?\\s+out', 'carries\\s+out', 'undertak(?:e|es|ing)', 'administer(?:s|ing)?', 'do(?:es|ing)?', 'lead(?:s|ing)?', 'provid(?:e|es|ing)', 'mak(?:e|es|ing)', 'writ(?:e|es|ing)', 'comp(?:lete|iling)') +
      String.raw`\s+` + GAP +
      String.raw`(?:clinical|psychosocial|bio-?psycho-?social|diagnostic|intake|psychiatric|mental\s+status|ASAM|level[- ]of[- ]care|substance\s+use|mental\s+health|comprehensive\s+clinical|suicide\s+risk)\s+(?:assessments?|evaluations?|exams?|screenings?\s+and\s+assessments?)`,
    suggestion: 'Refer participants to clinical staff for assessment; peers can help participants prepare for it.',
  },
  {
    id: 'diagnosis',
    what: 'diagnosis',
    pattern: String.raw`\b(?:diagnos(?:e|es|ing)\b(?!\s+(?:with|by))|(?:mak(?:e|es|ing)|provid(?:e|es|ing)|render(?:s|ing)?|determin(?:e|es|ing)|assign(?:s|ing)?|establish(?:es|ing)?)\s+(?:a\s+|the\s+)?(?:clinical\s+|psychiatric\s+|DSM(?:-5)?\s+)?diagnos(?:is|es)|determin(?:e|es|ing)\s+(?:the\s+|a\s+)?(?:appropriate\s+)?level\s+of\s+care)`,
    suggestion: 'Leave diagnosis and level-of-care decisions to licensed clinicians; peers share their lived experience and help participants voice what they need.',
  },
  {
    id: 'treatment-plan',
    what: 'writing treatment plans',
    pattern:
      verbs('writ(?:e|es|ing)', 'develop(?:s|ing)?', 'creat(?:e|es|ing)', 'complet(?:e|es|ing)', 'prepar(?:e|es|ing)', 'formulat(?:e|es|ing)', 'design(?:s|ing)?', 'draft(?:s|ing)?', 'author(?:s|ing)?', 'establish(?:es|ing)?', 'updat(?:e|es|ing)', 'revis(?:e|es|ing)', 'own(?:s|ing)?', 'produc(?:e|es|ing)') +
      String.raw`\s+` + GAP +
      String.raw`(?:treatment\s+plans?|clinical\s+(?:care\s+|treatment\s+)?plans?|plans?\s+of\s+care|(?:individuali[sz]ed\s+)?service\s+plans?\s+and\s+treatment\s+goals|treatment\s+goals)`,
    suggestion: 'Support participants to take part in their own treatment planning, or to write their own recovery or wellness plan.',
  },
  {
    id: 'medication',
    what: 'handling medication',
    pattern:
      verbs('administer(?:s|ing)?', 'dispens(?:e|es|ing)', 'distribut(?:e|es|ing)', 'giv(?:e|es|ing)', 'manag(?:e|es|ing)', 'prescrib(?:e|es|ing)', 'titrat(?:e|es|ing)', 'pass(?:es|ing)?', 'hand(?:le|les|ling)?', 'inject(?:s|ing)?', 'adjust(?:s|ing)?', 'stor(?:e|es|ing)', 'count(?:s|ing)?') +
      String.raw`\s+` + GAP + String.raw`(?:medications?|meds|medicines?|prescriptions|injections|depot|methadone|buprenorphine|suboxone|psychotropics?)\b` +
      String.raw`|\b(?:monitor(?:s|ing)?|ensur(?:e|es|ing)|track(?:s|ing)?|enforc(?:e|es|ing)|oversee(?:s|ing)?|supervis(?:e|es|ing))\s+` + GAP + String.raw`(?:medication|med)\s+(?:compliance|adherence|administration|intake)` +
      String.raw`|\b(?:provid(?:e|es|ing)|perform(?:s|ing)?|conduct(?:s|ing)?|responsible\s+for)\s+` + GAP + String.raw`medication\s+(?:management|administration|monitoring|passes|rounds)`,
    suggestion: 'Support participants to talk with their prescriber about medication; leave administering and monitoring it to medical staff.',
  },
];

/** Cheap test run on every sentence of a peer posting before any duty pattern or NLP. */
export const CANDIDATE = /therap|counsel|\b(?:CBT|DBT|EMDR)\b|assess|evaluat|diagnos|treatment|plans? of care|care plan|medicat|\bmeds\b|medicine|prescri|inject|depot|methadone|bupren|suboxone|clinical|intervention/i;
