// The other linters the benchmark compares peerlint with (alex 11, markdownlint-cli2 0.x), installed
// into a scratch folder of their own on first use and reused after: they are never peerlint's
// dependencies. The folder is PEERLINT_BENCH_TOOLS, else ~/.cache/peerlint-bench/tools.
// npm picks the newest version in each range whose `engines` fit the running Node (markdownlint-cli2
// 0.23+ needs Node 22; on Node 20 that is 0.22.x), so the version used is read back and printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const TOOLS = {
  alex: { range: '^11', bin: 'cli.js' },
  'markdownlint-cli2': { range: '<1', bin: 'markdownlint-cli2-bin.mjs' },
};

export function toolsDir() {
  return process.env.PEERLINT_BENCH_TOOLS || join(homedir(), '.cache', 'peerlint-bench', 'tools');
}

function installed(dir, name) {
  try {
    return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * Each tool as `{ name, version, script }` (script: the CLI's entry file, run with `node`), or
 * `{ name, error }` when it could not be installed (no registry: the comparison rows are skipped).
 * Installs only what is missing, with one `npm install --prefix`.
 */
export function ensureTools(names = Object.keys(TOOLS), { dir = toolsDir(), log = console.log } = {}) {
  const missing = names.filter((name) => !installed(dir, name));
  let installError;
  if (missing.length > 0) {
    mkdirSync(dir, { recursive: true });
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) writeFileSync(manifest, `${JSON.stringify({ private: true, description: 'peerlint benchmark tools (scratch)' }, null, 2)}\n`);
    const specs = missing.map((name) => `${name}@${TOOLS[name].range}`);
    log(`tools: installing ${specs.join(', ')} into ${dir} (once)`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const res = spawnSync(npm, ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel', 'error', ...specs], { encoding: 'utf8', timeout: 600_000 });
    if (res.status !== 0) installError = (res.error?.message ?? res.stderr ?? '').trim().split('\n').slice(-1)[0] || `npm exit ${res.status}`;
  }
  return names.map((name) => {
    const version = installed(dir, name);
    if (!version) return { name, error: installError ?? 'not installed' };
    return { name, version, script: join(dir, 'node_modules', name, TOOLS[name].bin), dir: join(dir, 'node_modules', name) };
  });
}
