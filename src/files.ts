import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { lazy } from './lazy.ts';
import { cannotReadReason } from './read.ts';
import { refusedFormat } from './input/index.ts';

// Loaded only for a folder, a glob or an ignore file: a run over named files needs neither.
const tinyglobby = lazy<typeof import('tinyglobby')>('tinyglobby');
const ignore = lazy<typeof import('ignore')>('ignore');

export const POSTING_GLOB = '**/*.{md,markdown,txt,html,htm,docx}';
/** Postings, and documents HR staff have that peerlint cannot read (named in a warning when a folder holds them). */
const SEARCH_GLOB = '**/*.{md,markdown,txt,html,htm,docx,pdf,doc,rtf,odt,pages,wpd}';
/** Never walked into, whatever the ignore settings say (and --no-ignore does not change this). */
const NEVER = ['**/node_modules/**', '**/.git/**'];
/** Gitignore-syntax file read from the working folder. */
export const IGNORE_FILE = '.peerlintignore';
/**
 * Files that sit in many folders of postings but are not postings: skipped when a folder search or a
 * glob finds them (a file named on the command line is linted). `!README.md` in .peerlintignore or the
 * config's `ignores` lints them again, and so does --no-ignore.
 */
export const NOT_POSTINGS = ['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE.md'];

export type Target =
  | { kind: 'file'; path: string }
  | { kind: 'missing'; path: string; reason: string }
  /** An argument skipped because of an ignore pattern; the caller warns about it (as ESLint does). */
  | { kind: 'ignored'; path: string; reason: string };

export interface ExpandOptions {
  cwd?: string;
  /** Extra gitignore-syntax patterns, relative to `cwd` (the configuration's `ignores`). */
  ignores?: string[];
  /** false: use neither `.peerlintignore` nor `ignores` (`--no-ignore`). Default true. */
  ignore?: boolean;
}

/** Shows paths relative to the working folder when they are inside it, as linters conventionally do. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(cwd, path));
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, path) : rel;
}

/** Builds the matcher from `defaults`, `.peerlintignore` (if any) and the given patterns, in that order; undefined when nothing is ignored. */
export function ignoreMatcher(cwd: string, patterns: string[] = [], defaults: string[] = []): Ignore | undefined {
  let fromFile = '';
  try {
    fromFile = readFileSync(join(cwd, IGNORE_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${IGNORE_FILE}: ${(error as Error).message}`);
  }
  if (!fromFile.trim() && patterns.length === 0 && defaults.length === 0) return undefined;
  return ignore()().add(defaults).add(fromFile).add(patterns);
}

/** Whether the ignore patterns exclude `absolute` (patterns only see paths inside the working folder). */
function isIgnored(matcher: Ignore | undefined, cwd: string, absolute: string): boolean {
  if (!matcher) return false;
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return matcher.ignores(sep === '/' ? rel : rel.split(sep).join('/'));
}

/** Ignore patterns only see paths inside the working folder; outside it, NOT_POSTINGS still go by name. */
const NOT_POSTING_NAME = new RegExp(`^(?:${NOT_POSTINGS.map((name) => name.replace('.', '\\.')).join('|')})$`, 'i');
const outside = (cwd: string, path: string) => {
  const rel = relative(cwd, path);
  return rel.startsWith('..') || isAbsolute(rel);
};

const IGNORED_FILE = `ignored because of a matching ignore pattern (${IGNORE_FILE} or ignores); use --no-ignore to lint it`;

/** "no postings to lint: skipped 2 files peerlint cannot read (a.pdf, b.doc)". */
function noPostings(skipped: string[]): string {
  const shown = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? `, and ${skipped.length - 5} more` : '');
  const files = skipped.length === 1 ? '1 file' : `${skipped.length} files`;
  return `no postings to lint: skipped ${files} peerlint cannot read (${shown}); it reads .md, .markdown, .txt, .html, .htm and .docx`;
}

/**
 * Expands command-line arguments into files: a file is taken as named (whatever its extension),
 * a folder is searched for Markdown and text files, anything else is tried as a glob. An argument
 * that matches nothing is reported, not dropped. Ignore patterns (and NOT_POSTINGS) drop files found in
 * folders and by globs silently; a file named explicitly that they match comes back as `ignored`, so it
 * can be warned about.
 */
export function expandTargets(args: string[], options: ExpandOptions | string = {}): Target[] {
  const { cwd = process.cwd(), ignores = [], ignore: useIgnores = true } = typeof options === 'string' ? { cwd: options } : options;
  const matcher = useIgnores ? ignoreMatcher(cwd, ignores) : undefined;
  // Only folders and globs need it (and so load the ignore package): named files do not.
  let foundMatcher: { matcher: Ignore | undefined } | undefined;
  const foundIgnores = () => (foundMatcher ??= { matcher: useIgnores ? ignoreMatcher(cwd, ignores, NOT_POSTINGS) : undefined }).matcher;
  const seen = new Set<string>();
  const targets: Target[] = [];
  const add = (path: string) => {
    const shown = displayPath(path, cwd);
    if (!seen.has(shown)) {
      seen.add(shown);
      targets.push({ kind: 'file', path: shown });
    }
  };
  const realSeen = new Set<string>();
  const realRoots = new Map<string, string>();
  const addFound = (arg: string, found: string[], none: string, tree: string) => {
    const kept = found.filter(
      (path) => !isIgnored(foundIgnores(), cwd, path) && !(useIgnores && outside(cwd, path) && NOT_POSTING_NAME.test(basename(path))) && insideTree(path, tree, realSeen, realRoots),
    );
    if (found.length === 0) targets.push({ kind: 'missing', path: arg, reason: none });
    else if (kept.length === 0) targets.push({ kind: 'ignored', path: arg, reason: `all ${found.length} matching files are ignored; use --no-ignore to lint them` });
    kept.sort().forEach(add);
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
      const search = (pattern: string) => tinyglobby().globSync(pattern, { cwd: resolve(cwd, arg), ignore: NEVER, absolute: true, followSymbolicLinks: false });
      const all = search(SEARCH_GLOB);
      const found = all.filter((p) => !refusedFormat(p));
      const refused = all.filter((p) => refusedFormat(p) && !isIgnored(matcher, cwd, p)).sort();
      if (found.length > 0) for (const path of refused) targets.push({ kind: 'ignored', path: displayPath(path, cwd), reason: `skipped: ${refusedFormat(path)}` });
      else {
        // A folder of files peerlint cannot read is a mistake to report, not "no problems"; an empty one is not.
        const others = refused.length > 0 ? refused : search('**/*').filter((p) => !isIgnored(matcher, cwd, p));
        if (others.length > 0) targets.push({ kind: 'missing', path: arg, reason: noPostings(others.map((p) => displayPath(p, cwd))) });
        continue;
      }
      addFound(arg, found, '', resolve(cwd, arg));
    } else if (stat) {
      if (isIgnored(matcher, cwd, resolve(cwd, arg))) targets.push({ kind: 'ignored', path: displayPath(arg, cwd), reason: IGNORED_FILE });
      else add(arg);
    } else if (tinyglobby().isDynamicPattern(arg)) {
      addFound(arg, tinyglobby().globSync(arg, { cwd, ignore: NEVER, absolute: true, followSymbolicLinks: false }), 'no files match this pattern', cwd);
    } else {
      targets.push({ kind: 'missing', path: arg, reason: cannotReadReason(statError) });
    }
  }
  return targets;
}

/**
 * Whether a file found by a folder search or a glob may be linted: a symbolic link is followed only
 * to a file inside the tree searched (`dir/shadow.md -> /etc/shadow` would put the secret's lines in
 * the report), and a file reached twice (through links, or a link loop) is linted once.
 */
function insideTree(path: string, tree: string, seen: Set<string>, roots: Map<string, string>): boolean {
  // The C library's realpath: Node's own resolves a path with an lstat per component, several per file.
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    return true; // a dangling link or a vanished file: linting it reports why it cannot be read
  }
  let root = roots.get(tree);
  if (root === undefined) {
    try {
      root = realpathSync.native(tree);
    } catch {
      root = tree;
    }
    roots.set(tree, root);
  }
  if (lstatSync(path).isSymbolicLink()) {
    const rel = relative(root, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  }
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}
