// Issue 10 section 3: every regular expression peerlint builds is rated by recheck, the checker that
// also guards users' patterns (src/safe-regex.ts), and none may be vulnerable (super-linear). The
// patterns are collected, not listed: literals from the source, and every `new RegExp` made while
// the modules load and the fixtures are linted (so patterns compiled from YAML data count too).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostics } from 'recheck';
import { RegexTimeoutError, searchWithBudget } from '../src/safe-regex.ts';
import { constructedPatterns, distinct, literalPatterns, topLevelBranches, type FoundPattern } from './support/patterns.ts';

const root = new URL('..', import.meta.url).pathname;
const recheck = createRequire(import.meta.url)('recheck') as typeof import('recheck');
const recheckVersion = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/**
 * Verdicts are kept between runs (they depend only on the pattern and recheck's version), so only
 * new or changed patterns are rated: rating all of them takes minutes on a busy 2-core machine.
 */
const cacheFile = join(root, 'node_modules', '.cache', 'peerlint', `redos-verdicts-${recheckVersion}-2.json`);
type Attack = { pumps: Array<{ prefix: string; pump: string }>; suffix: string };
type Verdict =
  | { status: 'safe' }
  | { status: 'vulnerable'; complexity: string; exponential: boolean; attack: string; pumps: Attack }
  | { status: 'unknown'; error: string };

function loadCache(): Record<string, Verdict> {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

function verdictOf(d: Diagnostics): Verdict {
  if (d.status === 'safe') return { status: 'safe' };
  if (d.status === 'vulnerable') {
    const pumps = { pumps: d.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: d.attack.suffix };
    return { status: 'vulnerable', complexity: d.complexity.summary, exponential: d.complexity.type === 'exponential', attack: d.attack.pattern, pumps };
  }
  return { status: 'unknown', error: 'message' in d.error ? d.error.message : d.error.kind };
}

/** Rates a pattern: the exact automaton analysis first; a pattern too large for it in time is fuzzed instead. */
async function rate(source: string, flags: string): Promise<Verdict> {
  const exact = verdictOf(await recheck.check(source, flags, { checker: 'auto', timeout: 20_000 }));
  if (exact.status !== 'unknown') return exact;
  return verdictOf(await recheck.check(source, flags, { checker: 'fuzz', timeout: 60_000 }));
}

/**
 * Whether V8 itself slows down super-linearly on recheck's attack: 4x the pumped text must cost more
 * than 10x the time (or outlive a 2 s budget). recheck's fuzzer models some look-behinds and bounded
 * windows more pessimistically than V8 runs them; an exponential verdict is trusted as it is.
 */
function confirmedInV8(source: string, flags: string, verdict: Extract<Verdict, { status: 'vulnerable' }>): boolean {
  if (verdict.exponential) return true;
  const { pumps, suffix } = verdict.pumps;
  const unit = pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const text = (k: number) => pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + suffix;
  const cpu = (input: string) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = process.cpuUsage();
      searchWithBudget([{ source, flags }], [input], { budgetMs: 2_000, maxMatches: 1 });
      const { user, system } = process.cpuUsage(started);
      best = Math.min(best, (user + system) / 1000);
    }
    return best;
  };
  try {
    const small = cpu(text(Math.ceil(20_000 / unit)));
    const large = cpu(text(Math.ceil(80_000 / unit)));
    return large / Math.max(small, 1) > 10;
  } catch (error) {
    if (error instanceof RegexTimeoutError) return true;
    throw error;
  }
}

async function allBuiltinPatterns(): Promise<FoundPattern[]> {
  const built = await constructedPatterns(async () => {
    // Every module, so patterns built when a module loads are seen even if no fixture reaches them.
    for (const dir of ['src', 'rules']) {
      for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) await import(join(entry.parentPath, entry.name));
      }
    }
    const { lintText } = await import('../src/lint.ts');
    const { builtinRules } = await import('../rules/index.ts');
    const rules = builtinRules.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));
    for (const name of readdirSync(join(root, 'fixtures')).filter((n) => /\.(?:md|txt)$/.test(n))) {
      const text = readFileSync(join(root, 'fixtures', name), 'utf8');
      for (const role of ['peer', 'auto'] as const) lintText(text, { filePath: name, role, rules, location: 'Denver, CO' });
    }
  });
  return distinct([...literalPatterns(), ...built]);
}

describe('every built-in regular expression is linear (rated by recheck, confirmed in V8)', () => {
  it('collects the patterns of the modules, the rule data and the run-time builders', { timeout: 300_000 }, async () => {
    const patterns = await allBuiltinPatterns();
    const where = patterns.map((p) => p.where);
    // One of each kind of source, so the collector cannot silently collect nothing.
    expect(where.some((w) => w.startsWith('src/document/layout.ts:'))).toBe(true); // a literal
    expect(where.some((w) => w.startsWith('new RegExp at src/terms.ts:'))).toBe(true); // compiled from terms.yaml
    expect(where.some((w) => w.startsWith('new RegExp at rules/'))).toBe(true); // a rule's pattern built from parts
    expect(patterns.length).toBeGreaterThan(150);
  });

  it('none is vulnerable', async () => {
    const cache = loadCache();
    const problems: string[] = [];
    const work: Array<{ key: string; source: string; flags: string; where: string }> = [];
    for (const pattern of await allBuiltinPatterns()) {
      const flags = pattern.flags.replace(/[gy]/g, '');
      // A top-level alternation costs at most the sum of its branches: rated one by one, large ones stay fast.
      for (const source of topLevelBranches(pattern.source)) work.push({ key: `${flags}/${source}`, source, flags, where: pattern.where });
    }
    const todo = [...new Map(work.filter((w) => !cache[w.key]).map((w) => [w.key, w])).values()];
    // Two at a time: recheck's native analyser runs each in its own process.
    for (let i = 0; i < todo.length; i += 2) {
      await Promise.all(todo.slice(i, i + 2).map(async (w) => (cache[w.key] = await rate(w.source, w.flags))));
    }
    mkdirSync(join(cacheFile, '..'), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(Object.fromEntries(Object.entries(cache).filter(([, v]) => v.status !== 'unknown'))));
    for (const w of work) {
      const verdict = cache[w.key]!;
      if (verdict.status === 'vulnerable' && confirmedInV8(w.source, w.flags, verdict)) problems.push(`${w.where}: /${w.source}/${w.flags} is ${verdict.complexity}, e.g. on ${verdict.attack}`);
      if (verdict.status === 'unknown') problems.push(`${w.where}: recheck could not rate /${w.source}/${w.flags} (${verdict.error})`);
    }
    expect(problems).toEqual([]);
  }, 30 * 60_000);
});
