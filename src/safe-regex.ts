/**
 * Guards for regular expressions that come from users (custom rules in a config file): a static check
 * for patterns prone to catastrophic backtracking, and a runner that gives up after a time budget.
 * A posting is a few KB, but a pattern like `(a+)+$` can take centuries on 40 characters.
 */
import vm from 'node:vm';
import retModule, { types, type Root, type SetToken, type Token } from 'ret';

// ret is CommonJS with `module.exports = tokenizer`; its typings describe an ES default export instead.
const tokenize = retModule as unknown as (source: string) => Root;

export type RegexCheck = { ok: true } | { ok: false; problem: string };

/**
 * Checks a pattern before it is used (parsed with ret): it must compile, must not nest variable
 * quantifiers (`(a+)+`, `(\w*)*`; a fixed count like `(,\d{3})*` is fine) and must not repeat an alternation whose branches can start
 * with the same character (`(a|ab)*`, `(\w|\d)+`), the two shapes behind nearly all ReDoS reports.
 * The check is conservative: it may refuse a pattern that would in fact run fast.
 */
export function checkRegex(source: string, flags = ''): RegexCheck {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return { ok: false, problem: `not a valid regular expression: ${(error as Error).message}` };
  }
  let tree;
  try {
    tree = tokenize(source);
  } catch {
    // Syntax ret does not know (e.g. \p{...}); the pattern compiles, so leave it to the time budget.
    return { ok: true };
  }
  if (hasNestedQuantifier(tree.options ?? [tree.stack ?? []], false)) {
    return { ok: false, problem: 'nested quantifiers (like "(a+)+") can take exponential time; rewrite without a repeated group that itself repeats' };
  }
  const overlap = findOverlappingAlternation(tree.stack ?? [], tree.options, flags.includes('i'));
  if (overlap) {
    return { ok: false, problem: `a repeated alternation whose branches can match the same text (${overlap}) can take exponential time; make the branches distinct` };
  }
  return { ok: true };
}

const isVariable = (token: Token) => token.type === types.REPETITION && token.max > 1 && token.max !== token.min;

/** A variable repetition inside another repetition that can repeat: star height above one. */
function hasNestedQuantifier(alternatives: Token[][], repeated: boolean): boolean {
  return alternatives.some((stack) =>
    stack.some((token) => {
      if (token.type === types.REPETITION) {
        if (repeated && isVariable(token)) return true;
        return hasNestedQuantifier([[token.value]], repeated || token.max > 1);
      }
      if (token.type === types.GROUP) return hasNestedQuantifier(token.options ?? [token.stack ?? []], repeated);
      return false;
    }),
  );
}

/** First characters as a 129-slot table: ASCII 0-127, then one slot for "anything beyond ASCII". */
type FirstSet = Uint8Array;
const NON_ASCII = 128;
const emptySet = (): FirstSet => new Uint8Array(129);

function setTokenHas(token: SetToken, code: number): boolean {
  if (token.type === types.CHAR) return token.value === code;
  if (token.type === types.RANGE) return token.from <= code && code <= token.to;
  const inside = token.set.some((t) => setTokenHas(t, code));
  return token.not ? !inside : inside;
}

function setTokenHasNonAscii(token: SetToken): boolean {
  if (token.type === types.CHAR) return token.value > 127;
  if (token.type === types.RANGE) return token.to > 127;
  return token.not || token.set.some(setTokenHasNonAscii);
}

function addCode(set: FirstSet, code: number, ignoreCase: boolean): void {
  if (code > 127) {
    set[NON_ASCII] = 1;
    return;
  }
  set[code] = 1;
  if (ignoreCase && /[A-Za-z]/.test(String.fromCharCode(code))) {
    set[String.fromCharCode(code).toLowerCase().charCodeAt(0)] = 1;
    set[String.fromCharCode(code).toUpperCase().charCodeAt(0)] = 1;
  }
}

/**
 * First characters a token sequence can match, and whether it can match the empty string.
 * Lookarounds and anchors are zero-width; a back-reference could be anything.
 */
function firstOf(stack: Token[], ignoreCase: boolean): { set: FirstSet; nullable: boolean } {
  const set = emptySet();
  for (const token of stack) {
    const one = firstOfToken(token, ignoreCase);
    for (let i = 0; i < set.length; i++) set[i] ||= one.set[i]!;
    if (!one.nullable) return { set, nullable: false };
  }
  return { set, nullable: true };
}

function firstOfToken(token: Token, ignoreCase: boolean): { set: FirstSet; nullable: boolean } {
  switch (token.type) {
    case types.CHAR: {
      const set = emptySet();
      addCode(set, token.value, ignoreCase);
      return { set, nullable: false };
    }
    case types.SET: {
      const set = emptySet();
      for (let code = 0; code < 128; code++) if (setTokenHas(token, code)) addCode(set, code, ignoreCase);
      if (setTokenHasNonAscii(token)) set[NON_ASCII] = 1;
      return { set, nullable: false };
    }
    case types.POSITION:
      return { set: emptySet(), nullable: true };
    case types.REFERENCE:
      return { set: emptySet().fill(1), nullable: true };
    case types.REPETITION: {
      const inner = firstOfToken(token.value, ignoreCase);
      return { set: inner.set, nullable: inner.nullable || token.min === 0 };
    }
    case types.GROUP: {
      if (token.followedBy || token.notFollowedBy || token.lookBehind) return { set: emptySet(), nullable: true };
      const alternatives = token.options ?? [token.stack ?? []];
      const set = emptySet();
      let nullable = false;
      for (const alternative of alternatives) {
        const one = firstOf(alternative, ignoreCase);
        for (let i = 0; i < set.length; i++) set[i] ||= one.set[i]!;
        nullable ||= one.nullable;
      }
      return { set, nullable };
    }
  }
}

const overlaps = (a: FirstSet, b: FirstSet) => a.some((v, i) => v === 1 && b[i] === 1);

function describe(set: FirstSet): string {
  const i = set.findIndex((v, code) => v === 1 && code > 32 && code < 127);
  return i >= 0 ? `both can start with "${String.fromCharCode(i)}"` : 'both can start with the same character';
}

/** Finds an alternation under an unbounded-or-large repetition whose branches overlap at their start. */
function findOverlappingAlternation(stack: Token[], options: Token[][] | undefined, ignoreCase: boolean, repeated = false): string | undefined {
  if (repeated && options && options.length > 1) {
    const firsts = options.map((alternative) => firstOf(alternative, ignoreCase));
    if (firsts.some((f) => f.nullable)) return 'a branch can match nothing';
    for (let a = 0; a < firsts.length; a++) {
      for (let b = a + 1; b < firsts.length; b++) if (overlaps(firsts[a]!.set, firsts[b]!.set)) return describe(firsts[a]!.set.map((v, i) => v & firsts[b]!.set[i]!));
    }
  }
  for (const alternative of options ?? [stack]) {
    for (const token of alternative) {
      const found = findInToken(token, ignoreCase, repeated);
      if (found) return found;
    }
  }
  return undefined;
}

function findInToken(token: Token, ignoreCase: boolean, repeated: boolean): string | undefined {
  if (token.type === types.REPETITION) return findInToken(token.value, ignoreCase, repeated || token.max > 1);
  if (token.type === types.GROUP) return findOverlappingAlternation(token.stack ?? [], token.options, ignoreCase, repeated);
  return undefined;
}

export class RegexTimeoutError extends Error {
  override name = 'RegexTimeoutError';
  constructor(
    readonly source: string,
    readonly budgetMs: number,
  ) {
    super(`regular expression /${source}/ took longer than ${budgetMs} ms and was stopped`);
  }
}

export interface RegexMatch {
  index: number;
  text: string;
}

/**
 * Runs in a separate V8 context so that `timeout` can interrupt it: V8 checks for termination inside
 * the regex backtracking loop, so even `(a+)+$` stops on time, synchronously, in this thread.
 */
const sandbox = vm.createContext(Object.create(null) as object);
const matchAllInSandbox = vm.runInContext(
  `(function (source, flags, text, limit) {
    const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
    const out = [];
    for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
      out.push({ index: m.index, text: m[0] });
      if (m[0].length === 0) re.lastIndex++;
    }
    return JSON.stringify(out);
  })`,
  sandbox,
) as (source: string, flags: string, text: string, limit: number) => string;

export interface BudgetOptions {
  /** Milliseconds before the search is stopped (default 100). */
  budgetMs?: number;
  /** At most this many matches are returned (default 10,000). */
  maxMatches?: number;
}

/**
 * Every match of `source` in `text`, or a RegexTimeoutError when the search takes longer than the
 * budget. Costs about 0.1 ms more than a direct call, so use it for user patterns, not built-in ones.
 */
export function matchAllWithBudget(source: string, flags: string, text: string, options: BudgetOptions = {}): RegexMatch[] {
  const budgetMs = options.budgetMs ?? 100;
  const run = sandbox as { run?: unknown; args?: unknown[] };
  run.run = matchAllInSandbox;
  run.args = [source, flags, text, options.maxMatches ?? 10_000];
  try {
    return JSON.parse(vm.runInContext('run(...args)', sandbox, { timeout: budgetMs }) as string) as RegexMatch[];
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RegexTimeoutError(source, budgetMs);
    throw error;
  } finally {
    run.args = undefined;
  }
}
