import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic.ts';
import type { FileResult } from './finding.ts';

export const DEFAULT_CACHE_FILE = '.peerlintcache';
const CACHE_FORMAT = 1;
/** How every cache file starts (`save` writes `format` first): anything else is someone else's file. */
const CACHE_SIGNATURE = `{"format":`;

/** node:crypto loads only with --cache (it costs a one-file lint ~7 ms). */
const sha256 = () => (process.getBuiltinModule('node:crypto') as typeof import('node:crypto')).createHash('sha256');

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A hash of any JSON-able value (the resolved lint options): equal options, equal fingerprint. */
export function fingerprint(resolvedOptions: unknown): string {
  return sha256().update(stableStringify(resolvedOptions)).digest('hex');
}

export function contentHash(bytes: Uint8Array): string {
  return sha256().update(bytes).digest('hex');
}

/** `--cache-location`: a folder (existing, or written with a trailing slash) gets `.peerlintcache` inside it. */
export function cacheFilePath(location: string | undefined, cwd = process.cwd()): string {
  if (!location) return join(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, DEFAULT_CACHE_FILE);
  try {
    if (statSync(path).isDirectory()) return join(path, DEFAULT_CACHE_FILE);
  } catch {
    // not there yet: a file name
  }
  return path;
}

type CachedResult = Omit<FileResult, 'path'>;
interface CacheEntry {
  hash: string;
  result: CachedResult;
}
interface CacheFile {
  format: number;
  version: string;
  fingerprint: string;
  files: Record<string, CacheEntry>;
}

/**
 * Findings of earlier runs, keyed by absolute path and content hash, as ESLint's --cache keeps them.
 * The whole cache is valid only for one peerlint version and one options fingerprint: when either
 * changed, it starts empty. A cache file that cannot be read or parsed is ignored with a warning.
 */
export class LintCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly visited = new Set<string>();
  hits = 0;
  misses = 0;

  private constructor(
    readonly path: string,
    readonly version: string,
    readonly fingerprint: string,
    entries: Record<string, CacheEntry>,
    private readonly writable = true,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  static load(path: string, version: string, fingerprint: string, warn: (message: string) => void): LintCache {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read the cache ${path} (${(error as Error).message}); linting every file`);
      return new LintCache(path, version, fingerprint, {});
    }
    // A file that is not a peerlint cache (a --cache-location typo naming a posting or a config) is never overwritten.
    if (text.trim() !== '' && !text.startsWith(CACHE_SIGNATURE)) {
      warn(`${path} is not a peerlint cache; it is left as it is and no cache is used (choose another --cache-location)`);
      return new LintCache(path, version, fingerprint, {}, false);
    }
    let data: CacheFile;
    try {
      data = JSON.parse(text) as CacheFile;
      if (!data || typeof data !== 'object' || typeof data.files !== 'object' || data.files === null) throw new Error('not a peerlint cache');
    } catch (error) {
      warn(`ignoring the cache ${path}: it is corrupt (${(error as Error).message}); it will be rewritten`);
      return new LintCache(path, version, fingerprint, {});
    }
    const valid = data.format === CACHE_FORMAT && data.version === version && data.fingerprint === fingerprint;
    // Each entry is checked: a malformed one (`findings: [null]`, a forged shape) is dropped, not replayed.
    const entries = valid ? Object.fromEntries(Object.entries(data.files).filter(([, entry]) => isEntry(entry))) : {};
    return new LintCache(path, version, fingerprint, entries);
  }

  get(absolutePath: string, hash: string): CachedResult | undefined {
    this.visited.add(absolutePath);
    const entry = this.entries.get(absolutePath);
    if (entry && entry.hash === hash) {
      this.hits++;
      return entry.result;
    }
    this.misses++;
    return undefined;
  }

  set(absolutePath: string, hash: string, result: FileResult): void {
    const { path: _path, ...rest } = result;
    this.visited.add(absolutePath);
    this.entries.set(absolutePath, { hash, result: rest });
  }

  /** Writes the cache atomically; entries of files not linted this run are kept while the file exists. */
  save(): void {
    if (!this.writable) return;
    const files: Record<string, CacheEntry> = {};
    for (const [path, entry] of this.entries) {
      if (this.visited.has(path) || exists(path)) files[path] = entry;
    }
    const data: CacheFile = { format: CACHE_FORMAT, version: this.version, fingerprint: this.fingerprint, files };
    mkdirSync(dirname(this.path), { recursive: true }); // --cache-location may name a folder that is not there yet
    writeFileAtomic(this.path, JSON.stringify(data));
  }
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** A well-formed cache entry: a hash and a result whose findings all have the shape of a Finding. */
function isEntry(entry: unknown): entry is CacheEntry {
  const { hash, result } = (entry ?? {}) as Partial<CacheEntry>;
  if (!isString(hash) || !result || typeof result !== 'object' || typeof result.peerRole !== 'boolean') return false;
  if (result.error !== undefined || !Array.isArray(result.findings)) return false; // errors are never cached
  return result.findings.every((f: unknown) => {
    const x = f as Record<string, unknown> | null;
    return (
      x !== null && typeof x === 'object' && isString(x['ruleId']) && isString(x['category']) && SEVERITIES.has(x['severity'] as string) &&
      isString(x['message']) && isString(x['text']) && isString(x['docs']) && ['line', 'column', 'endLine', 'endColumn', 'offset', 'endOffset'].every((k) => isCount(x[k])) &&
      Array.isArray(x['suggestions']) && (x['suggestions'] as unknown[]).every(isString)
    );
  });
}
