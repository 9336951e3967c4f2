import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToDocx } from '../scripts/markdown-to-docx.mjs';
import { errorsOf, validateReport } from './support/schemas.ts';

/**
 * The README and docs/*.md are true: every shell example runs as written (in a folder of postings
 * where peerlint is installed, as a user's would be), unless it cannot run offline or is the test
 * suite itself, which NOT_RUN lists with the reason. A new example that fits neither fails here.
 */
const root = new URL('..', import.meta.url).pathname;
const pages = ['README.md', ...readdirSync(join(root, 'docs')).map((f) => `docs/${f}`)];
const read = (page: string) => readFileSync(join(root, page), 'utf8');

const NOT_RUN: Array<[RegExp, string]> = [
  [/^npm ci\b/, 'installs the dependencies: .ci/run does it before the tests'],
  [/^npm test\b/, 'the test suite itself'],
  [/^(?:npm run bench|node bench\/|node \.\.\/shared\/)/, 'benchmarks and the shared corpus: minutes of work, measured by hand'],
  [/^git clone /, 'needs the network'],
  [/^cd peerlint$/, 'follows git clone'],
  [/^npm pack$|^npm install (?:-g|--save-dev) /, 'test/install.test.ts packs the package, installs the tarball and runs it'],
  [/^npm install --save-dev "git\+https:/, 'needs the network'],
  [/^npx peerlint serve\b/, 'a server that runs until stopped: test/serve.test.ts starts and stops it'],
  [/^npx vitest /, 'part of the test suite (npm test)'],
  [/^cd editors\/vscode$|^npx @vscode\/vsce |^code --install-extension /, 'builds the VS Code extension in a clone (vsce comes from the registry) and installs it in VS Code; test/editors.test.ts checks the extension'],
];

/** Shell commands of a page: each line of its sh blocks (comments cut), split on `&&`. */
function shellCommands(page: string): string[] {
  const commands: string[] = [];
  for (const block of read(page).matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/\s+#\s.*$/, '').trim();
      if (command) commands.push(...command.split(/\s+&&\s+/));
    }
  }
  return commands;
}

/** Commands in the CI examples (workflow `run:` steps, GitLab `script:`) that run peerlint. */
function ciCommands(page: string): string[] {
  const commands: string[] = [];
  const visit = (node: unknown, key = ''): void => {
    if (typeof node === 'string') {
      if (['run', 'script', 'after_script'].includes(key) && node.includes('peerlint')) commands.push(node.trim());
    } else if (Array.isArray(node)) node.forEach((item) => visit(item, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) visit(v, k);
  };
  for (const block of read(page).matchAll(/```ya?ml\n([\s\S]*?)```/g)) visit(parse(block[1]!));
  return commands;
}

let sandbox: string;
beforeAll(async () => {
  // A repository of postings with peerlint installed in node_modules (a link to this package).
  sandbox = mkdtempSync(join(tmpdir(), 'peerlint-docs-examples-'));
  writeFileSync(join(sandbox, 'package.json'), JSON.stringify({ name: 'postings', private: true, type: 'module' }));
  mkdirSync(join(sandbox, 'node_modules/.bin'), { recursive: true });
  symlinkSync(root, join(sandbox, 'node_modules/peerlint'));
  symlinkSync(join(root, 'bin/peerlint.js'), join(sandbox, 'node_modules/.bin/peerlint'));
  cpSync(join(root, 'fixtures'), join(sandbox, 'postings'), { recursive: true });
  mkdirSync(join(sandbox, 'drafts'));
  cpSync(join(root, 'fixtures/drifted-recovery-coach.md'), join(sandbox, 'postings/drafts/peer-recovery-coach.md'));
  cpSync(join(root, 'fixtures/drifted-recovery-coach.md'), join(sandbox, 'draft.md'));
  cpSync(join(root, 'fixtures/stigmatizing-peer-mentor.txt'), join(sandbox, 'draft.txt'));
  cpSync(join(root, 'fixtures/drifted-recovery-coach.md'), join(sandbox, 'drafts/recovery-coach.md'));
  writeFileSync(join(sandbox, 'draft.docx'), await markdownToDocx(readFileSync(join(root, 'fixtures/drifted-recovery-coach.md'), 'utf8')));
  const postings = ['Peer Support Specialist', 'Recovery Coach'].map((title, i) => JSON.stringify({ id: `job-${i}`, title, text: 'Pay: $20 per hour.\n\n- Conduct intake assessments.' }));
  writeFileSync(join(sandbox, 'export.jsonl'), postings.join('\n') + '\n');
  // `export-postings` stands for the user's own export: here it prints that file.
  mkdirSync(join(sandbox, 'bin'));
  writeFileSync(join(sandbox, 'bin/export-postings'), `#!/bin/sh\ncat "${join(sandbox, 'export.jsonl')}"\n`);
  chmodSync(join(sandbox, 'bin/export-postings'), 0o755);
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function sh(command: string, cwd: string) {
  const env = { ...process.env, PATH: `${join(sandbox, 'bin')}:${process.env['PATH']}`, npm_config_offline: 'true', npm_config_update_notifier: 'false', NO_COLOR: '1' };
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('shell examples in the README and docs/', () => {
  for (const page of pages) {
    const commands = [...shellCommands(page), ...ciCommands(page)];
    for (const command of commands) {
      const skip = NOT_RUN.find(([pattern]) => pattern.test(command));
      if (skip) {
        it.skip(`${page}: ${command} (not run: ${skip[1]})`, () => {});
        continue;
      }
      it(`${page}: ${command}`, () => {
        // `npm run demo` is the clone's own script; every other example runs in the repository of postings.
        const { code, stdout, stderr } = sh(command, command.startsWith('npm run ') ? root : sandbox);
        // 0 or 1 are lint results; 2 would be a usage, configuration or input error in the example.
        expect([0, 1], `exit ${code}\n${stdout}\n${stderr}`).toContain(code);
        expect(stderr).not.toMatch(/error:|config error|cannot read|npm ERR|npm error/i);
      }, 120_000);
    }
  }

  it('there are examples to run, and every one is either run or listed with a reason', () => {
    const all = pages.flatMap((page) => [...shellCommands(page), ...ciCommands(page)]);
    expect(all.filter((c) => !NOT_RUN.some(([p]) => p.test(c))).length).toBeGreaterThan(8);
  });
});

describe('what the README and docs/ say about results', () => {
  it('the quick start says how many fixtures fail, as npm run demo finds', () => {
    const demo = sh('npm run demo', root);
    const found = /(\d+) of the (\d+) fixtures have errors on purpose/.exec(demo.stdout);
    expect(found, demo.stdout + demo.stderr).not.toBeNull();
    expect(read('README.md')).toContain(`${found![1]} of the ${found![2]} fixtures have errors on purpose`);
  }, 120_000);

  it('the JSON example of docs/output.md is a real finding, offsets included, and valid against the schema', () => {
    const page = read('docs/output.md');
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(page)![1]!);
    expect(validateReport(example), errorsOf(validateReport)).toBe(true);
    const shown = example.files[0];
    const real = JSON.parse(sh(`node bin/peerlint.js ${shown.path} ${example.files[1].path} --format json`, root).stdout);
    const finding = real.files[0].findings.find((f: { ruleId: string; line: number }) => f.ruleId === shown.findings[0].ruleId && f.line === shown.findings[0].line);
    expect(finding).toEqual(shown.findings[0]);
    expect(real.files[1]).toEqual(example.files[1]);
  });

  it('the stylish example of docs/output.md is an excerpt of what peerlint prints for that file', () => {
    const block = /## stylish[\s\S]*?```\n([\s\S]*?)```/.exec(read('docs/output.md'))![1]!;
    const file = block.split('\n')[0]!.trim().split(/\s+/)[0]!;
    const columns = /(\d+) columns wide/.exec(read('docs/output.md'))?.[1] ?? '100';
    const real = spawnSync(process.execPath, ['bin/peerlint.js', file], { cwd: root, encoding: 'utf8', env: { ...process.env, COLUMNS: columns, NO_COLOR: '1', FORCE_COLOR: '' } }).stdout;
    // White space aside (wrapping), each part between the `…` marks is in the real output, in order.
    const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
    const parts = block.split(/^ *…$/m).map(flat).filter(Boolean);
    expect(parts.length).toBeGreaterThan(1);
    let from = 0;
    for (const part of parts) {
      const at = flat(real).indexOf(part, from);
      expect(at, `not in the output of peerlint ${file}:\n${part}\n\n${real}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  it('the library example of docs/api.md runs, and finds what its comment says', () => {
    const code = /```js\n([\s\S]*?)```/.exec(read('docs/api.md'))![1]!;
    writeFileSync(join(sandbox, 'api-example.mjs'), `${code}\nconsole.error(JSON.stringify(result.findings.map((f) => [f.ruleId, f.line])));\n`);
    const { code: exit, stdout, stderr } = sh('node api-example.mjs', sandbox);
    expect(exit, stderr).toBe(0);
    expect(stdout).toContain('"version": "2.1.0"'); // the SARIF it writes
    const findings = JSON.parse(stderr.trim().split('\n').pop()!);
    expect(findings).toContainEqual(['no-clinical-duties', 3]);
    expect(findings.map((f: [string]) => f[0])).not.toContain('require-pay');
  });
});
