import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkTree, npmEnv, root } from './support/worktree.ts';

// Installing peerlint as a user outside this clone would (README "Install", docs/ci.md "pre-commit"):
// from a packed tarball, into an empty folder and globally, and as pre-commit installs a hook.
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
const DRIFTED = '# Peer Support Specialist\n\nPay: $20 per hour. Reports to the peer lead.\n\n- Conduct intake assessments.\n';
let work: string;
let tarball: string;
let packStdout: string;

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'peerlint-install-'));
  const source = join(work, 'source');
  copyWorkTree(source);
  symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'));
  mkdirSync(join(work, 'packed'));
  // `prepare` builds dist/ here, in the copy: the other tests keep using the clone's own dist/.
  const packed = run('npm', ['pack', '--pack-destination', join(work, 'packed')], source);
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  packStdout = packed.stdout;
  tarball = join(work, 'packed', `peerlint-${version}.tgz`);
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000); // pre-commit's copy holds a whole node_modules

describe('npm pack', () => {
  it('prints only the tarball name on standard output (pre-commit reads it from there)', () => {
    expect(packStdout).toBe(`peerlint-${version}.tgz\n`);
    expect(existsSync(tarball)).toBe(true);
  });
});

describe('installing the packed tarball', () => {
  it('into an empty folder: the bin, the library API and the schemas work', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'postings', private: true, type: 'module' }));
    const installed = run('npm', ['install', '--save-dev', tarball], project);
    expect(installed.code, installed.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).devDependencies.peerlint).toMatch(/^file:/);
    // No development tools come along: only the runtime dependencies.
    for (const tool of ['typescript', 'vitest', 'esbuild']) expect(existsSync(join(project, 'node_modules', tool)), tool).toBe(false);

    writeFileSync(join(project, 'drifted.md'), DRIFTED);
    const linted = run('npx', ['--no-install', 'peerlint', 'drifted.md', '--format', 'json'], project);
    expect(linted.code, linted.stderr).toBe(1);
    expect(JSON.parse(linted.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('no-clinical-duties');
    expect(run('npx', ['--no-install', 'peerlint', '--version'], project).stdout.trim()).toBe(version);
    expect(run('npx', ['--no-install', 'peerlint', 'explain', 'require-pay'], project).stdout).toContain('require-pay');

    writeFileSync(
      join(project, 'use.mjs'),
      "import { lintText } from 'peerlint';\nimport schema from 'peerlint/schema/output.schema.json' with { type: 'json' };\n" +
        "console.log(JSON.stringify({ rules: lintText(process.argv[2]).findings.map((f) => f.ruleId), schema: schema.title }));\n",
    );
    const api = JSON.parse(run(process.execPath, ['use.mjs', DRIFTED], project).stdout);
    expect(api.rules).toContain('no-clinical-duties');
    expect(typeof api.schema).toBe('string');
    expect(existsSync(join(project, 'node_modules/peerlint/dist/types/src/index.d.ts'))).toBe(true);
  }, 180_000);

  it('globally (npm install -g), as the README shows', () => {
    const prefix = join(work, 'global');
    const installed = run('npm', ['install', '-g', '--prefix', prefix, tarball], work);
    expect(installed.code, installed.stderr).toBe(0);
    writeFileSync(join(work, 'drifted.md'), DRIFTED);
    const linted = run(join(prefix, 'bin/peerlint'), ['drifted.md'], work);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toContain('no-clinical-duties');
  }, 180_000);
});

/**
 * pre-commit itself (Debian's package; .ci/run installs it in CI). It clones the hook's repository at
 * `rev`, runs `npm install`, then `npm pack` and takes its standard output as the tarball's name, then
 * installs that tarball into the hook's environment.
 */
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
describe.skipIf(!preCommit && !process.env['CI'])('the pre-commit hook, installed by pre-commit', () => {
  it('installs from a commit and fails on a drifted posting, passes a good one and leaves README.md alone', () => {
    const source = join(work, 'hook-source');
    copyWorkTree(source);
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=peerlint', '-c', 'user.email=peerlint@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
    git(source, 'init', '-q');
    git(source, 'add', '-A');
    git(source, 'commit', '-q', '-m', 'peerlint');
    const sha = git(source, 'rev-parse', 'HEAD');

    const repo = join(work, 'postings-repo');
    mkdirSync(join(repo, 'postings'), { recursive: true });
    git(repo, 'init', '-q');
    // The README's snippet, pinned to a commit as docs/ci.md says.
    const snippet = readFileSync(join(root, 'docs/ci.md'), 'utf8').match(/```yaml\n(repos:\n[\s\S]*?)```/)?.[1];
    expect(snippet, 'docs/ci.md has a pre-commit snippet').toBeTruthy();
    writeFileSync(join(repo, '.pre-commit-config.yaml'), snippet!.replace(/repo: .*/, `repo: ${source}`).replace(/rev: .*/, `rev: ${sha}`));
    writeFileSync(join(repo, 'postings/drifted.md'), DRIFTED);
    writeFileSync(join(repo, 'README.md'), '# About these postings\n\nWe do not list the pay here.\n');
    git(repo, 'add', '-A');

    const env = { ...npmEnv, PRE_COMMIT_HOME: join(work, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
    const all = run('pre-commit', ['run', '--all-files'], repo, env);
    expect(all.stdout + all.stderr).not.toContain('An unexpected error has occurred');
    expect(all.code, all.stdout + all.stderr).toBe(1);
    expect(all.stdout).toMatch(/peerlint\.+Failed/);
    expect(all.stdout).toContain('postings/drifted.md');
    expect(all.stdout).toContain('no-clinical-duties');
    expect(all.stdout).not.toContain('README.md');

    writeFileSync(join(repo, 'postings/drifted.md'), DRIFTED.replace('- Conduct intake assessments.\n', '- Co-facilitate recovery groups.\n'));
    git(repo, 'add', '-A');
    const fixed = run('pre-commit', ['run', '--all-files'], repo, env);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/peerlint\.+Passed/);
  }, 600_000);
});
