import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSarif } from './support/schemas.ts';
import { copyWorkTree } from './support/worktree.ts';

// The ready-made CI pieces: the composite GitHub Action, the pre-commit hook and the CI examples in docs/ci.md.
const root = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const action = parse(read('action.yml'));
type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string; 'working-directory'?: string };
const step = (name: string): Step => action.runs.steps.find((s: Step) => s.name === name);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-action-'));
  mkdirSync(join(dir, 'postings'));
  writeFileSync(join(dir, 'postings/a b.md'), '# Peer Support Specialist\n\nPay: $20 per hour. Reports to the peer lead.\n\n- Conduct intake assessments.\n');
  writeFileSync(join(dir, 'postings/ok.md'), '# Peer Support Specialist\n\nPay: $20 per hour. Reports to the peer lead.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The value of a `${{ ... }}` expression of the action, as the runner would resolve it. */
function resolveExpressions(text: string, context: { inputs: Record<string, string>; actionPath: string; runnerTemp: string }): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_m, name: string) => {
    if (name === 'github.action_path') return context.actionPath;
    if (name === 'runner.temp') return context.runnerTemp;
    const input = /^inputs\.([\w-]+)$/.exec(name)?.[1];
    if (input) return context.inputs[input] ?? action.inputs[input].default;
    throw new Error(`unknown expression ${name}`);
  });
}

/** Runs one of the action's bash steps as the runner would, with its env and working directory resolved. */
function runStep(name: string, inputs: Record<string, string>, where: { actionPath?: string; runnerTemp?: string } = {}) {
  const s = step(name);
  const context = { inputs, actionPath: where.actionPath ?? root, runnerTemp: where.runnerTemp ?? dir };
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const [key, expression] of Object.entries(s.env ?? {})) env[key] = resolveExpressions(expression, context);
  const cwd = s['working-directory'] ? resolveExpressions(s['working-directory'], context) : dir;
  return spawnSync('bash', ['-e', '-o', 'pipefail', '-c', s.run!], { cwd, env, encoding: 'utf8' });
}

describe('action.yml', () => {
  it('is a composite action with inputs for paths, format and config, that uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'config', 'sarif']));
    expect(action.runs.steps.map((s: Step) => s.uses ?? s.name)).toEqual(['actions/setup-node@v4', 'Install peerlint', 'Write SARIF', 'github/codeql-action/upload-sarif@v3', 'Lint postings']);
    expect(step('Upload SARIF to code scanning').if).toContain('always()');
    for (const s of action.runs.steps as Step[]) if (s.run) expect(s.run).not.toContain('${{'); // inputs only through env
  });
  it('its lint step annotates and fails on findings; globs reach peerlint unexpanded', () => {
    const result = runStep('Lint postings', { paths: 'postings/*.md' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=postings\/a b\.md,line=5,col=3,/m);
    expect(runStep('Lint postings', { paths: 'postings/ok.md' }).status).toBe(0);
  });
  it('its install step installs the runtime dependencies and esbuild only, and builds a peerlint that runs', () => {
    const actionPath = join(dir, 'action');
    copyWorkTree(actionPath);
    const installed = runStep('Install peerlint', {}, { actionPath, runnerTemp: join(dir, 'runner-temp') });
    expect(installed.status, installed.stderr).toBe(0);
    // npm records what it installed: nothing marked dev (vitest, typescript, alex, esbuild from the lockfile...).
    const tree = JSON.parse(readFileSync(join(actionPath, 'node_modules/.package-lock.json'), 'utf8')).packages as Record<string, { dev?: boolean; devOptional?: boolean }>;
    const devPackages = Object.entries(tree).filter(([, p]) => p.dev || p.devOptional).map(([path]) => path);
    expect(devPackages).toEqual([]);
    expect(Object.keys(tree).length).toBeLessThan(150);
    expect(existsSync(join(actionPath, 'dist/cli.cjs'))).toBe(true);
    const linted = runStep('Lint postings', { paths: 'postings' }, { actionPath });
    expect(linted.status, linted.stderr).toBe(1);
    expect(linted.stdout).toMatch(/^::error file=postings\/a b\.md,line=5,col=3,/m);
  }, 300_000);
  it('its SARIF step writes a valid SARIF file even when there are findings', () => {
    const result = runStep('Write SARIF', { paths: 'postings' });
    expect(result.status, result.stderr).toBe(0);
    expect(validateSarif(JSON.parse(readFileSync(join(dir, 'peerlint.sarif'), 'utf8')))).toBe(true);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('runs the package bin on Markdown and text files', () => {
    const [hook] = parse(read('.pre-commit-hooks.yaml'));
    const pkg = JSON.parse(read('package.json'));
    expect(hook).toMatchObject({ id: 'peerlint', language: 'node' });
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(['a.md', 'b.markdown', 'c.txt'].every((f) => new RegExp(hook.files).test(f))).toBe(true);
    expect(new RegExp(hook.files).test('d.json')).toBe(false);
  });
});

describe('docs/ci.md CI examples', () => {
  const blocks = [...read('docs/ci.md').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!));
  it('has a complete GitHub Actions workflow that uploads SARIF', () => {
    const workflow = blocks.find((b) => b?.jobs && b?.on);
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs as Record<string, { steps: Step[] }>)[0]!.steps;
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
    expect(steps.some((s) => s.run?.includes('--format sarif'))).toBe(true);
  });
  it('has a GitLab CI job that publishes a JUnit report', () => {
    const gitlab = blocks.find((b) => b && Object.values(b).some((job) => (job as { artifacts?: unknown })?.artifacts));
    const job = Object.values(gitlab).find((j) => (j as { artifacts?: unknown }).artifacts) as { script: string[]; artifacts: { reports: { junit: string } } };
    expect(job.script.join('\n')).toContain('--format junit');
    expect(job.artifacts.reports.junit).toMatch(/\.xml$/);
  });
});
