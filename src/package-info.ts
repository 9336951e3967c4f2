import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: dist/ (bundled) or src/ (tests) sits one level below it. */
export function packageRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..');
}

interface PackageJson {
  homepage?: string;
  repository?: string | { url?: string; directory?: string };
}

/** A repository as package.json may write it ("github:o/r", "o/r", "git+https://…/o/r.git", "git@host:o/r.git"), as an https URL. */
function repositoryWebUrl(repository: PackageJson['repository']): { url: string; host: string } | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:(github|gitlab):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(raw);
  if (shorthand) return { url: `https://${shorthand[1] ?? 'github'}.com/${shorthand[2]}/${shorthand[3]}`, host: `${shorthand[1] ?? 'github'}.com` };
  const full = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(raw) ?? /^[^@/]+@([^:/]+):(.+?)(?:\.git)?$/.exec(raw);
  return full ? { url: `https://${full[1]}/${full[2]}`, host: full[1]! } : undefined;
}

/**
 * Where the package's own files (rule pages such as `rules/require-pay/README.md`) can be read on the
 * web, from package.json: a GitHub or GitLab `repository` (its default branch), else `homepage`.
 * Undefined when neither is set: then no link is made up (a link to a page that does not exist is worse).
 */
export function docsBaseUrl(pkg: PackageJson): string | undefined {
  const repo = repositoryWebUrl(pkg.repository);
  const directory = typeof pkg.repository === 'object' && pkg.repository.directory ? `${pkg.repository.directory.replace(/^\/|\/$/g, '')}/` : '';
  if (repo?.host === 'github.com') return `${repo.url}/blob/HEAD/${directory}`;
  if (repo?.host === 'gitlab.com') return `${repo.url}/-/blob/HEAD/${directory}`;
  if (pkg.homepage && /^https?:\/\//.test(pkg.homepage)) return `${pkg.homepage.split('#')[0]!.replace(/\/$/, '')}/`;
  return undefined;
}

let cached: string | undefined | null = null;
/** docsBaseUrl() of peerlint's own package.json. */
export function packageDocsBaseUrl(): string | undefined {
  if (cached === null) {
    try {
      cached = docsBaseUrl(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as PackageJson);
    } catch {
      cached = undefined;
    }
  }
  return cached;
}
