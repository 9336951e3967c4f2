import data from './role-words.yaml';

/** The shape of src/role-words.yaml (see the comments there). */
export interface RoleWords {
  roleNouns: {
    peer: string[];
    generic: string[];
    clinical: string[];
    management: string[];
    other: string[];
    acronyms: { peer: string[]; clinical: string[] };
  };
  peerMarkers: string[];
  peerRoles: Array<[string, string]>;
  clinicalModifiers: string[];
  managementModifiers: string[];
  otherModifiers: string[];
  rankWords: string[];
  titleLines: {
    window: number;
    strongLabels: string[];
    weakLabels: string[];
    detailLabels: string[];
    furniture: string[];
    navigationWords: string[];
    employerWords: string[];
    placeWords: string[];
    sentenceWords: string[];
  };
  body: {
    livedExperience: string[];
    others: { verbs: string[]; people: string[]; clients: string[] };
    othersAfter: string;
    asks: string[];
    welcomes: string;
    strongAsk: string;
    notRequired: string;
    credentials: string[];
    credentialAcronyms: string[];
    credentialContext: string;
    credentialOthers: string;
    credentialNot: string;
    peerWork: string[];
    peerJob: string[];
    postHolder: string;
    staffSupport: string;
    licences: string[];
    licenceAcronyms: string[];
    licenceOthers: string;
  };
}

export const ROLE_WORDS = data as RoleWords;

/** What kind of job a head noun names. */
export type HeadClass = 'peer' | 'generic' | 'clinical' | 'management' | 'other';

/**
 * How a title reads: `peer` names a peer role, `not-peer` another job (clinical, managing, other),
 * `generic` a support job that may or may not be a peer role ("Support Worker"), `silent` no job at all.
 */
export type TitleKind = 'peer' | 'not-peer' | 'generic' | 'silent';

export interface TitleAnalysis {
  kind: TitleKind;
  /** The head noun as written in the title ("Worker"), when there is one. */
  head?: string;
  headClass?: HeadClass;
  /** The title has a peer word ("peer", "lived experience", a peer credential), whatever its head. */
  peerWord: boolean;
  /**
   * It reads as an employer's name, a service or a careers page ("Harbor Family Advocates Alliance",
   * "Northfield Community Services"): its first part ends with an employer word, or it names no job and
   * ends with a place word.
   */
  employer: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Surface forms (singular and plural) of every role noun, to its class and number of words. */
const NOUNS = new Map<string, HeadClass>();
function addNoun(phrase: string, cls: HeadClass) {
  const words = phrase.toLowerCase().split(/\s+/);
  const last = words.pop()!;
  const lasts = [last, `${last}s`, `${last}es`, ...(last.endsWith('y') ? [`${last.slice(0, -1)}ies`] : [])];
  for (const form of lasts) {
    const key = [...words, form].join(' ');
    if (!NOUNS.has(key)) NOUNS.set(key, cls);
  }
}
// Fixed classes first win over generic ones: "social worker" is clinical though "worker" is generic.
for (const cls of ['clinical', 'management', 'other', 'peer', 'generic'] as const) for (const noun of ROLE_WORDS.roleNouns[cls]) addNoun(noun, cls);
const MAX_NOUN_WORDS = Math.max(...[...NOUNS.keys()].map((k) => k.split(' ').length));
const ACRONYMS = new Map<string, HeadClass>([
  ...ROLE_WORDS.roleNouns.acronyms.peer.map((a) => [a, 'peer'] as [string, HeadClass]),
  ...ROLE_WORDS.roleNouns.acronyms.clinical.map((a) => [a, 'clinical'] as [string, HeadClass]),
]);

const wordSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
const CLINICAL_MODIFIERS = wordSet(ROLE_WORDS.clinicalModifiers);
const MANAGEMENT_MODIFIERS = wordSet(ROLE_WORDS.managementModifiers);
const OTHER_MODIFIERS = wordSet(ROLE_WORDS.otherModifiers);
const RANK_WORDS = wordSet(ROLE_WORDS.rankWords);
const EMPLOYER_WORDS = wordSet(ROLE_WORDS.titleLines.employerWords);
const PLACE_WORDS = wordSet(ROLE_WORDS.titleLines.placeWords);
const PEER_MARKER = new RegExp(`\\b(?:${ROLE_WORDS.peerMarkers.join('|')})\\b`);
/** Words after a head that start its complement: "Head of ...", "Specialist in ...". */
const PREPOSITIONS = new Set(['of', 'for', 'in', 'within', 'at', 'with', 'on', 'to', 'by', 'across', 'from', 'as']);

interface Token {
  /** As written, for acronyms. */
  text: string;
  lower: string;
}

const tokenize = (s: string): Token[] => (s.match(/[A-Za-z][A-Za-z'’]*|\d+/g) ?? []).map((text) => ({ text, lower: text.toLowerCase().replace(/[’']s?$/, '') }));

interface Noun {
  start: number;
  /** Index after its last word. */
  end: number;
  cls: HeadClass;
}

const nounCache = new WeakMap<Token[], Noun[]>();

/** Role nouns in a run of words, longest first ("team leader" before "leader"). */
function nounsIn(tokens: Token[]): Noun[] {
  const cached = nounCache.get(tokens);
  if (cached) return cached;
  const nouns: Noun[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found: Noun | undefined;
    let key = '';
    for (let n = 1; n <= MAX_NOUN_WORDS && i + n <= tokens.length; n++) {
      key = n === 1 ? tokens[i]!.lower : `${key} ${tokens[i + n - 1]!.lower}`;
      const cls = NOUNS.get(key);
      if (cls) found = { start: i, end: i + n, cls };
    }
    if (!found && ACRONYMS.has(tokens[i]!.text)) found = { start: i, end: i + 1, cls: ACRONYMS.get(tokens[i]!.text)! };
    // "peer" is a head only as the last word ("Recovery Support Peer"); elsewhere it is a modifier.
    if (found?.cls === 'peer' && tokens[i]!.lower.startsWith('peer') && found.end !== tokens.length) found = undefined;
    if (found) {
      nouns.push(found);
      i = found.end;
    } else i++;
  }
  nounCache.set(tokens, nouns);
  return nouns;
}

/** The head noun: the last role noun before any complement ("Manager of Peer Support Workers" -> Manager). */
function headOf(tokens: Token[]): Noun | undefined {
  const nouns = nounsIn(tokens);
  if (nouns.length === 0) return undefined;
  const complement = tokens.findIndex((t, i) => PREPOSITIONS.has(t.lower) && nouns.some((n) => n.end <= i));
  const before = complement < 0 ? nouns : nouns.filter((n) => n.end <= complement);
  return before[before.length - 1];
}

const PEER_ROLES = ROLE_WORDS.peerRoles.map(([a, b]) => [a.toLowerCase(), b.toLowerCase()] as const);
const singular = (w: string) => w.replace(/ies$/, 'y').replace(/(?:ch|sh|x)es$/, (m) => m.slice(0, -2)).replace(/s$/, '');

/** One alternative of a title ("Peer Mentor" of "Peer Mentor & Volunteer Team Leader"). */
function classifyPart(tokens: Token[]): { kind: TitleKind; head?: Noun; tokens: Token[] } {
  const head = headOf(tokens);
  if (!head) return { kind: 'silent', tokens };
  const headWord = singular(tokens[head.end - 1]!.lower);
  const near = [tokens[head.start - 1]?.lower, tokens[head.start - 2]?.lower];
  if (PEER_ROLES.some(([a, b]) => b === headWord && near.includes(a))) return { kind: 'peer', head, tokens };
  if (tokens.slice(0, head.start).some((t) => MANAGEMENT_MODIFIERS.has(t.lower))) return { kind: 'not-peer', head: { ...head, cls: 'management' }, tokens };
  if (head.cls === 'peer') return { kind: 'peer', head, tokens };
  if (head.cls !== 'generic') return { kind: 'not-peer', head, tokens };
  if (PEER_MARKER.test(tokens.map((t) => t.lower).join(' '))) return { kind: 'peer', head, tokens };
  const modifiers = tokens.slice(0, head.start);
  if (modifiers.some((t) => CLINICAL_MODIFIERS.has(t.lower) || OTHER_MODIFIERS.has(t.lower))) return { kind: 'not-peer', head, tokens };
  return { kind: 'generic', head, tokens };
}

/**
 * Where a title splits into parts: dashes (with space on either side), bars, commas and colons. Each run of
 * spaces or dashes may only start a match at its first character (the look-behinds), so a long run is
 * scanned once, not once from every position in it.
 */
const SEGMENT_BREAK = /(?<!\s)\s+[-–—~]+\s+|(?<!\s)\s+[-–—]+|(?<![-–—])[-–—]+\s+|[|,;:·•]/;
/** Where one part names two jobs: "Peer Mentor & Volunteer Team Leader", "Salaried GP/Lead GP" (look-behinds as above). */
const TWO_JOBS = /(?<!\s)\s*\/\s*|(?<!\s)\s+(?:and|or|&|\+)\s+/i;

/** Parts of a title: bracketed text apart, then split at dashes, bars, commas and colons. */
function segmentsOf(title: string): string[] {
  const brackets: string[] = [];
  const rest = title.replace(/[([{]([^()[\]{}]*)[)\]}]?/g, (_, inner: string) => {
    brackets.push(inner);
    return ' ';
  });
  return [...rest.split(SEGMENT_BREAK), ...brackets].map((s) => s.trim()).filter(Boolean);
}

/** Titles read lately: a posting's title is read when it is found and again when the role is decided. */
const titleCache = new Map<string, TitleAnalysis>();

/** Reads a job title: what its head noun is and whether it names a peer role. */
export function analyseTitle(title: string): TitleAnalysis {
  const key = title.slice(0, 300);
  let analysis = titleCache.get(key);
  if (!analysis) {
    if (titleCache.size >= 1_000) titleCache.clear();
    analysis = readTitle(key);
    titleCache.set(key, analysis);
  }
  return analysis;
}

function readTitle(title: string): TitleAnalysis {
  const segments = segmentsOf(title);
  const tokenized = segments.map(tokenize);
  const peerWord =
    tokenized.some((tokens) => PEER_MARKER.test(tokens.map((t) => t.lower).join(' '))) ||
    tokenized.some((tokens) => tokens.some((t) => ACRONYMS.get(t.text) === 'peer'));
  const main = tokenized.findIndex((tokens) => headOf(tokens));
  // An employer's name: the part with the job word ends with an employer word ("... Advocates Alliance"),
  // or there is no job word and the first part ends with a place word ("Northfield Community Services").
  const named = tokenized[main < 0 ? 0 : main] ?? [];
  const last = named.length > 1 ? named[named.length - 1]!.lower : '';
  const employer = EMPLOYER_WORDS.has(last) || (main < 0 && PLACE_WORDS.has(last));
  if (main < 0) return { kind: 'silent', peerWord, employer };
  // "Specialist, Peer Support", "Coach, Recovery": a part with nothing but the head and rank words is
  // inverted; put the next part's words back in front of it ("Peer Support Specialist").
  const head = headOf(tokenized[main]!)!;
  const bare = tokenized[main]!.every((t, i) => (i >= head.start && i < head.end) || RANK_WORDS.has(t.lower));
  const next = tokenized[main + 1];
  const inverted = bare && next !== undefined && !headOf(next);
  // "Peer Mentor & Volunteer Team Leader", "Salaried GP/Lead GP": two jobs, each read on its own.
  const parts = /[/&+]|\s(?:and|or)\s/i.test(segments[main]!) ? segments[main]!.split(TWO_JOBS).map(tokenize) : [];
  const alternatives = inverted ? [[...next, ...tokenized[main]!]] : parts.length > 1 && parts.every((p) => headOf(p)) ? parts : [tokenized[main]!];
  const read = alternatives.map(classifyPart);
  const others = tokenized.filter((_, i) => i !== main && !(inverted && i === main + 1)).map((tokens) => headOf(tokens)?.cls);
  // Another part that is a peer word or credential: "Recovery Specialist (CPRS)", "Community Support Specialist - Peer".
  const peerPart = others.includes('peer');
  // Another part that names a job: "First Contact Practitioner: Nurse Prescriber", "Mental Health Liaison - Team Leader".
  const otherJob = others.some((cls) => cls === 'clinical' || cls === 'management' || cls === 'other');
  const kinds = read.map((r) => (r.kind === 'generic' && peerPart ? 'peer' : r.kind === 'generic' && otherJob ? 'not-peer' : r.kind));
  // Two jobs in one title: a manager's part makes it a manager's job ("Peer Mentor & Volunteer Team Leader"),
  // while a peer job bundled with a clinical one stays a peer job, whose clinical duties are role drift
  // ("Peer Specialist/Case Manager").
  const running = read.some((r, i) => kinds[i] === 'not-peer' && r.head && r.head.cls !== 'clinical' && r.head.cls !== 'generic');
  const kind: TitleKind =
    kinds.includes('peer') && !running ? 'peer' : kinds.includes('not-peer') ? 'not-peer' : kinds.includes('peer') ? 'peer' : kinds.includes('generic') ? 'generic' : 'silent';
  const decisive = read[kinds.indexOf(kind)] ?? read[0]!;
  const headTokens = decisive.head ? decisive.tokens.slice(decisive.head.start, decisive.head.end) : [];
  return { kind, head: headTokens.map((t) => t.text).join(' ') || undefined, headClass: decisive.head?.cls, peerWord, employer };
}

/** True when a title's built-in reading is a peer role. */
export function namesPeerRole(title: string): boolean {
  return analyseTitle(title).kind === 'peer';
}

// ---- lines near the top of a posting ---------------------------------------------------------

/**
 * White space other than line breaks: `[^\S\r\n]` written out. Under the i flag V8 case-folds the negated
 * class's ranges wherever it appears, which made the title-label pattern one of a one-file run's
 * costliest to compile (~3 ms of ~28 ms of patterns).
 */
const HSPACE = String.raw`[\t\v\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
const labelAlternation = (labels: string[]) =>
  [...labels]
    .sort((a, b) => b.length - a.length)
    .map((l) => escape(l).replace(/\\?'/g, "['’]").replace(/ /g, `${HSPACE}+`))
    .join('|');
const STRONG_LABELS = wordSet(ROLE_WORDS.titleLines.strongLabels);
/** "Job title: X", "Position - X", "Title<tab>X", "Job title | X", a Markdown table row (pipes blanked). */
const TITLE_LABEL = new RegExp(
  `^(?:\\|${HSPACE}*)?(${labelAlternation([...ROLE_WORDS.titleLines.strongLabels, ...ROLE_WORDS.titleLines.weakLabels])})(?:${HSPACE}*[:：|!]|${HSPACE}*\\t|${HSPACE}{2,}|${HSPACE}+[-–—])${HSPACE}*(?=\\S)`,
  'i',
);
const DETAIL_LABELS = wordSet(ROLE_WORDS.titleLines.detailLabels);
/** Any short "Label: value" line. */
const ANY_LABEL = /^([A-Za-z][A-Za-z0-9'’ \u00a0/&.()#-]{0,40}?)[^\S\r\n]*[:：](?:[^\S\r\n]|$|(?=[A-Z]))/;
const FURNITURE = ROLE_WORDS.titleLines.furniture.map((source) => new RegExp(source, 'i'));
const SENTENCE_WORDS = new RegExp(`(?:^|[^\\w'’])(?:${ROLE_WORDS.titleLines.sentenceWords.map((w) => escape(w).replace(/'/g, "['’]")).join('|')})(?![\\w'’])`, 'i');

/** Lines longer than this are prose, never a title (it also bounds the work per line). */
export const MAX_TITLE_LINE = 200;

/** The value of a labelled title line, with where it starts in the line and whether the label is strong. */
export function titleLabel(line: string): { value: string; offset: number; strong: boolean } | undefined {
  const m = TITLE_LABEL.exec(line);
  if (!m) return undefined;
  const label = m[1]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
  return { value: line.slice(m[0].length), offset: m[0].length, strong: STRONG_LABELS.has(label) };
}

/** A "Label: value" line of job details, contacts or e-mail headers ("Organization: ...", "From: ..."). */
export function isDetailLine(line: string): boolean {
  const m = ANY_LABEL.exec(line);
  if (!m) return false;
  const label = m[1]!.trim().toLowerCase().replace(/\s+/g, ' ');
  return DETAIL_LABELS.has(label) || label.split(' ').length > 6 || analyseTitle(label).kind === 'silent';
}

const NAVIGATION_WORDS = wordSet(ROLE_WORDS.titleLines.navigationWords);

/** Site furniture, navigation, dates and references: "Please wait...", "Sign in | Register", "Posted 3 days ago". */
export function isFurniture(line: string): boolean {
  const words = line.toLowerCase().match(/[a-z]+/g);
  if (words && words.every((w) => NAVIGATION_WORDS.has(w))) return true;
  return FURNITURE.some((re) => re.test(line));
}

/** A short line without the words of a sentence: it can be a title. */
export function isTitleShaped(line: string): boolean {
  return tokenize(line).length <= 14 && !SENTENCE_WORDS.test(line);
}

/** A line of running prose: the header block of a posting (title, employer, details) has ended. */
export function isProse(line: string): boolean {
  return tokenize(line).length >= 8 && (SENTENCE_WORDS.test(line) || /[.!?]["'’”)]?$/.test(line));
}
