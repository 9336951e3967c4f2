/**
 * Guards for regular expressions that come from users (custom rules, peerTitles, scope.section):
 * recheck rates a pattern before it is used, and a runner stops a search that outlives its budget.
 * A posting is a few KB, but a pattern like `(a+)+$` can take centuries on 40 characters.
 */
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { Diagnostics, Parameters } from 'recheck';

export type RegexCheck = { ok: true } | { ok: false; problem: string };

/**
 * recheck is loaded on first use (it is large, and only configurations with their own patterns need
 * it). It analyses with its native binary, or in pure JavaScript when that did not install.
 */
let recheck: typeof import('recheck') | undefined;
const loadRecheck = () => (recheck ??= createRequire(import.meta.url)('recheck') as typeof import('recheck'));

/**
 * How long recheck may think about one pattern. A pattern it cannot rate in time is accepted: the
 * per-file time budget still stops it at run time.
 */
const CHECK_PARAMETERS: Parameters = { timeout: 10_000 };

/** Verdicts by flags and source: each pattern is rated once per thread (see `importVerdicts`). */
const verdicts = new Map<string, RegexCheck>();

/**
 * Rates a pattern before it is used: it must compile, and recheck must not find it vulnerable
 * (super-linear: exponential like `(a+)+$`, or polynomial like `\w*\w*x` or `-+x`, whose unanchored
 * search retries from every position). Safe shapes such as `[a-z]+(?:-[a-z]+)*` pass.
 */
export function checkRegex(source: string, flags = ''): RegexCheck {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return { ok: false, problem: `not a valid regular expression: ${(error as Error).message}` };
  }
  // g and y change where a search starts, not how long one attempt takes.
  const analysed = flags.replace(/[gy]/g, '');
  const key = `${analysed}/${source}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = verdictOf(loadRecheck().checkSync(source, analysed, CHECK_PARAMETERS));
    verdicts.set(key, verdict);
  }
  return verdict;
}

function verdictOf(diagnostics: Diagnostics): RegexCheck {
  if (diagnostics.status !== 'vulnerable') return { ok: true };
  const { complexity, attack } = diagnostics;
  const growth = complexity.type === 'exponential' ? 'exponential time' : `polynomial time (degree ${complexity.degree})`;
  const example = attack.pattern.length <= 60 ? ` on text such as ${attack.pattern}` : '';
  return { ok: false, problem: `can take ${growth}${example} (rated by recheck); rewrite it so that no two parts can match the same text` };
}

/** The verdicts rated in this thread, to hand to worker threads so that they do not rate them again. */
export function exportVerdicts(): Array<[string, RegexCheck]> {
  return [...verdicts];
}

export function importVerdicts(entries: Array<[string, RegexCheck]> | undefined): void {
  for (const [key, verdict] of entries ?? []) verdicts.set(key, verdict);
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
 * the regex backtracking loop, so even `(a+)+$` stops on time, synchronously, in this thread. Only
 * regex code runs there, so stopping it leaves nothing half-done.
 */
const sandbox = vm.createContext(Object.create(null) as object);
const searchInSandbox = vm.runInContext(
  `(function (patterns, texts, limit) {
    return JSON.stringify(patterns.map(function (p) {
      var re = new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g');
      return texts.map(function (text) {
        var out = [];
        re.lastIndex = 0;
        for (var m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
          out.push({ index: m.index, text: m[0] });
          if (m[0].length === 0) re.lastIndex++;
        }
        return out;
      });
    }));
  })`,
  sandbox,
) as (patterns: Pattern[], texts: string[], limit: number) => string;

export interface Pattern {
  source: string;
  flags: string;
}

export interface BudgetOptions {
  /** Milliseconds before the search is stopped (default: the per-file budget, `setPatternBudget`). */
  budgetMs?: number;
  /** At most this many matches per pattern and text (default 10,000). */
  maxMatches?: number;
}

/** How long user patterns may search one file; the run sets it from --max-file-time. */
let patternBudgetMs = 10_000;
export function setPatternBudget(ms: number): void {
  patternBudgetMs = ms;
}

/**
 * Every match of each pattern in each text (`result[pattern][text]`), found in one call, or a
 * RegexTimeoutError when the search takes longer than the budget. One call costs ~0.1 ms more
 * than searching directly, so a rule searches all its texts with all its patterns at once.
 */
export function searchWithBudget(patterns: Pattern[], texts: string[], options: BudgetOptions = {}): RegexMatch[][][] {
  const budgetMs = options.budgetMs ?? patternBudgetMs;
  if (patterns.length === 0 || texts.length === 0) return patterns.map(() => texts.map(() => []));
  const run = sandbox as { run?: unknown; args?: unknown[] };
  run.run = searchInSandbox;
  run.args = [patterns, texts, options.maxMatches ?? 10_000];
  try {
    return JSON.parse(vm.runInContext('run(...args)', sandbox, { timeout: budgetMs }) as string) as RegexMatch[][][];
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new RegexTimeoutError(patterns.map((p) => p.source).join('/, /'), budgetMs);
    throw error;
  } finally {
    run.args = undefined;
  }
}

/** Every match of one pattern in one text, under the budget (see `searchWithBudget`). */
export function matchAllWithBudget(source: string, flags: string, text: string, options: BudgetOptions = {}): RegexMatch[] {
  return searchWithBudget([{ source, flags }], [text], options)[0]![0]!;
}
