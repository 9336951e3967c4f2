/**
 * Closed-class English words and verb forms: what the clause reader needs beyond compromise's
 * part-of-speech tags, which are unreliable on job-posting fragments (imperative bullets, all-caps
 * acronyms, "Witness", "Score"). Function words are decided here; open-class words come from compromise.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set(`the a an this that these those each every all any some no both either neither another other
  such what which whose whatever my your his her its our their one two three four five six seven eight nine ten twelve twenty
  several many much more most few fewer less least own same certain various up`);
export const PRONOUNS = set(`you i we they he she it them us him me someone anyone everyone something yourself themselves`);
export const PREPOSITIONS = set(`of for with in on at to into onto from by about through throughout during under over
  between among amongst across after before within without alongside along around toward towards via per against beyond
  upon inside outside as like including regarding concerning behind beside besides near until till than versus despite`);
export const CONJUNCTIONS = set(`and or nor & plus`);
/** Words that end a clause: what follows has its own subject, or contrasts with what came before. */
export const CLAUSE_BREAKS = set(`but however whereas while although though unlike instead yet so because since unless
  if when whenever once where whether`);
export const RELATIVES = set(`who whom which that`);
export const MODALS = set(`will shall would should must may might can could`);
export const BE = set(`be is are was were been being am`);
export const HAVE = set(`have has had having`);
export const DO = set(`do does did`);
export const NEGATIONS = set(`not never no neither nor none nobody nothing cannot`);

/** Contractions, read as their parts: "won't" is will + not, "you'll" is you + will. */
export const CONTRACTIONS: Record<string, string[]> = {
  "won't": ['will', 'not'], "can't": ['can', 'not'], "don't": ['do', 'not'], "doesn't": ['does', 'not'], "didn't": ['did', 'not'],
  "isn't": ['is', 'not'], "aren't": ['are', 'not'], "wasn't": ['was', 'not'], "weren't": ['were', 'not'], "shouldn't": ['should', 'not'],
  "mustn't": ['must', 'not'], "wouldn't": ['would', 'not'], "couldn't": ['could', 'not'], "mightn't": ['might', 'not'],
  "shan't": ['shall', 'not'], "haven't": ['have', 'not'], "hasn't": ['has', 'not'], "needn't": ['need', 'not'],
  "you'll": ['you', 'will'], "you're": ['you', 'are'], "you've": ['you', 'have'], "we'll": ['we', 'will'], "we're": ['we', 'are'],
  "they'll": ['they', 'will'], "they're": ['they', 'are'], "i'll": ['i', 'will'], "i'm": ['i', 'am'], "it's": ['it', 'is'],
  "he'll": ['he', 'will'], "she'll": ['she', 'will'], "who'll": ['who', 'will'],
};

/** Adverbs and adjectives that sit inside a verb chain without changing whose duty it is ("will also", "be able to"). */
export const CHAIN_WORDS = set(`also often sometimes regularly routinely independently directly personally then typically
  usually primarily mainly even occasionally frequently generally normally always only just still further likewise similarly
  able expected required asked tasked trained qualified authorized authorised allowed permitted willing happy prepared ready
  comfortable confident needed encouraged supported enabled going likely due obliged obligated available called relied
  responsible accountable please left trusted`);

/** Frames before an activity that make it the subject's duty: "responsible for", "in charge of". */
export const DUTY_FRAMES = set(`responsible accountable charge charged tasked`);

const IRREGULAR: Record<string, string[]> = {
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am'],
  give: ['gave', 'given'], take: ['took', 'taken'], write: ['wrote', 'written'], run: ['ran'], lead: ['led'], hold: ['held'],
  do: ['did', 'done', 'does'], make: ['made'], keep: ['kept'], draw: ['drew', 'drawn'], undertake: ['undertook', 'undertaken'],
  become: ['became'], go: ['went', 'gone', 'goes'], have: ['has', 'had'], teach: ['taught'], sit: ['sat'], find: ['found'],
  get: ['got', 'gotten'], see: ['saw', 'seen'], know: ['knew', 'known'], bring: ['brought'], set: ['sets', 'setting'],
  put: ['puts', 'putting'], deal: ['dealt'], oversee: ['oversaw', 'overseen'], overtake: ['overtook'], understand: ['understood'],
  stand: ['stood'], fill: ['filled'], feed: ['fed'], build: ['built'], tell: ['told'], say: ['said'], meet: ['met'], hand: ['handed'],
};

const VOWEL = /[aeiou]/;
/** Every inflected form of a verb given in its base form ("carry" -> carries, carried, carrying). */
export function verbForms(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR[base] ?? [])]);
  const last = base.at(-1)!;
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) forms.add(base + 'es');
  else if (last === 'y' && !VOWEL.test(base.at(-2)!)) forms.add(base.slice(0, -1) + 'ies');
  else forms.add(base + 's');
  const stem = last === 'e' && !/(?:ee|ye|oe)$/.test(base) ? base.slice(0, -1) : base;
  forms.add(stem + 'ing');
  if (last === 'y' && !VOWEL.test(base.at(-2)!)) forms.add(base.slice(0, -1) + 'ied');
  else forms.add(stem + (last === 'e' ? 'd' : 'ed'));
  // Consonant doubling for short verbs ending consonant-vowel-consonant: run -> running, admit -> admitted.
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base) && base.length <= 6) {
    forms.add(base + last + 'ing');
    forms.add(base + last + 'ed');
  }
  // British and American spellings of -l verbs: counsel -> counselled / counseled.
  if (last === 'l') {
    forms.add(base + 'ling');
    forms.add(base + 'led');
  }
  return [...forms];
}

/** A map from every form of the given base verbs to the base: "carried" -> "carry". */
export function lemmaMap(bases: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const base of bases) for (const form of verbForms(base)) if (!map.has(form)) map.set(form, base);
  return map;
}
