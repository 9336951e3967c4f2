/**
 * Collects every regular expression peerlint builds, without a hand-kept list: the literals in the
 * source of src/ and rules/ (read with TypeScript's scanner), and every pattern built at run time
 * with `new RegExp(...)` (from data such as terms.yaml, or from other patterns' sources), recorded by
 * a hook on the RegExp constructor while every module is imported and the fixtures are linted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundPattern {
  source: string;
  flags: string;
  /** Where it was found: a file and line for a literal, "new RegExp" for one built at run time. */
  where: string;
}

const root = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Regular expression literals in peerlint's TypeScript modules (read with TypeScript's parser). */
export function literalPatterns(dirs = ['src', 'rules']): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of dirs.flatMap(sourceFiles)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const end = literal.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${relative(root, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Records the source and flags of every `new RegExp(...)` / `RegExp(...)` made while `run` runs. */
export async function constructedPatterns(run: () => Promise<void>): Promise<FoundPattern[]> {
  const found: FoundPattern[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    // Only patterns that peerlint's own modules build, not those of its dependencies (compromise, yaml).
    const caller = new Error().stack?.split('\n').slice(1).find((line) => !line.includes('/test/support/patterns.ts'));
    if (!caller || !/\/(?:src|rules)\//.test(caller) || caller.includes('node_modules')) return;
    const [pattern, flags] = args as [string | RegExp, string | undefined];
    const source = pattern instanceof Original ? pattern.source : String(pattern);
    found.push({ source, flags: flags ?? (pattern instanceof Original ? pattern.flags : ''), where: `new RegExp at ${/\/((?:src|rules)\/[^:)]+:\d+)/.exec(caller)?.[1] ?? caller.trim()}` });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** One entry per distinct source and flags (the first place it was seen). */
export function distinct(patterns: FoundPattern[]): FoundPattern[] {
  const seen = new Map<string, FoundPattern>();
  for (const p of patterns) {
    const key = `${p.flags}/${p.source}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/**
 * The branches of a pattern's top-level alternation (`a|b(c|d)` -> `a`, `b(c|d)`). Backtracking tries
 * them one after the other, so the pattern is super-linear only if one of them is.
 */
export function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}
