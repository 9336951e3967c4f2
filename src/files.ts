import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { cannotReadReason } from './read.ts';

export const POSTING_GLOB = '**/*.{md,markdown,txt}';
const NEVER = ['**/node_modules/**', '**/.git/**'];

export type Target = { kind: 'file'; path: string } | { kind: 'missing'; path: string; reason: string };

/** Shows paths relative to the working folder when they are inside it, as linters conventionally do. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, path) : rel;
}

/**
 * Expands command-line arguments into files: a file is taken as named (whatever its extension),
 * a folder is searched for Markdown and text files, anything else is tried as a glob. An argument
 * that matches nothing is reported, not dropped.
 */
export function expandTargets(args: string[], cwd = process.cwd()): Target[] {
  const seen = new Set<string>();
  const targets: Target[] = [];
  const add = (path: string) => {
    const shown = displayPath(path, cwd);
    if (!seen.has(shown)) {
      seen.add(shown);
      targets.push({ kind: 'file', path: shown });
    }
  };
  for (const arg of args) {
    let stat;
    let statError: unknown;
    try {
      stat = statSync(resolve(cwd, arg));
    } catch (error) {
      statError = error;
    }
    if (stat?.isDirectory()) {
      const found = globSync(POSTING_GLOB, { cwd: resolve(cwd, arg), ignore: NEVER, absolute: true, followSymbolicLinks: false });
      found.sort().forEach(add);
    } else if (stat) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, ignore: NEVER, absolute: true });
      if (found.length === 0) targets.push({ kind: 'missing', path: arg, reason: 'no files match this pattern' });
      found.sort().forEach(add);
    } else {
      targets.push({ kind: 'missing', path: arg, reason: cannotReadReason(statError) });
    }
  }
  return targets;
}
