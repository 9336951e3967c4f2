// Memory flat in file mode: a result is not kept once it is handed on, and files with the same
// configuration share one configuration object, so memory does not grow with the number of files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../src/finding.ts';
import { lintPlanned } from '../src/parallel.ts';
import { Run } from '../src/run.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-memory-'));
  for (let i = 0; i < 40; i++) writeFileSync(join(dir, `posting-${String(i).padStart(2, '0')}.md`), `# Peer Support Specialist ${i}\n\nYou will provide counseling to addicts.\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memory in file mode', () => {
  it('drops each result once it is handed on', async () => {
    const run = new Run({ cwd: dir, config: false });
    const planned = await run.plan(['.']);
    expect(planned).toHaveLength(40);
    const handed: Array<WeakRef<FileResult>> = [];
    let collected = -1;
    await lintPlanned(planned, 1, async (file) => {
      handed.push(new WeakRef(file));
      // A new macrotask: only then may weakly held objects go (ECMAScript's ClearKeptObjects).
      await new Promise((next) => setImmediate(next));
      if (handed.length === planned.length) {
        gc();
        collected = handed.slice(0, -1).filter((ref) => ref.deref() === undefined).length;
      }
    });
    // All but the one being handed on can be collected (the test keeps only weak references).
    expect(collected).toBe(planned.length - 1);
  });

  it('plans files with the same configuration with one configuration object', async () => {
    const planned = await new Run({ cwd: dir, config: false }).plan(['.']);
    const configs = new Set(planned.map((p) => ('job' in p ? p.job.config : undefined)));
    expect(configs.size).toBe(1);
  });
});
