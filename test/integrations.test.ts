import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSarif } from './support/schemas.ts';

// The ready-made CI pieces: the composite GitHub Action, the pre-commit hook and the CI examples in docs/ci.md.
const root = new URL('..', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const action = parse(read('action.yml'));
type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string>; if?: string };
const step = (name: string): Step => action.runs.steps.find((s: Step) => s.name === name);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-action-'));
  mkdirSync(join(dir, 'postings'));
  writeFileSync(join(dir, 'postings/a b.md'), '# Peer Support Specialist\n\nPay: $20 per hour. Reports to the peer lead.\n\n- Conduct intake assessments.\n');
  writeFileSync(join(dir, 'postings/ok.md'), '# Peer Support Specialist\n\nPay: $20 per hour. Reports to the peer lead.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one of the action's bash steps as the runner would, with the inputs given as its env expressions resolve. */
function runStep(name: string, inputs: Record<string, string>) {
  const s = step(name);
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  for (const [key, expression] of Object.entries(s.env ?? {})) {
    const input = /inputs\.([\w-]+)/.exec(expression)?.[1];
    env[key] = expression.includes('github.action_path') ? join(root, 'bin/peerlint.js') : (inputs[input!] ?? action.inputs[input!].default);
  }
  return spawnSync('bash', ['-e', '-o', 'pipefail', '-c', s.run!], { cwd: dir, env, encoding: 'utf8' });
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
