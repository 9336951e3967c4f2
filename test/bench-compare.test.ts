// The pure parts of `npm run bench -- --compare` (bench/compare-lib.mjs): its options, the issue-13 table
// and the PASS/FAIL lines. Nothing here times anything or touches the network.
import { describe, expect, it } from 'vitest';
import { formatTable, median, parseCompareArgs, parseTimeOutput, runsAt, verdict } from '../bench/compare-lib.mjs';

describe('compare options', () => {
  it('measures at the sizes of issue 13 by default', () => {
    const opts = parseCompareArgs(['--compare']);
    expect(opts).toMatchObject({ quick: false, files: 1000, sizes: [1, 16, 100, 1000, 5000], rssFiles: 5000, oneFileRuns: 9, tools: true, check: true });
    expect(opts.limit).toBe(Infinity);
    expect([runsAt(16, opts), runsAt(5000, opts)]).toEqual([11, 3]); // several runs where a run is short
  });

  it('--quick is a small smoke run, and options given override the preset', () => {
    const quick = parseCompareArgs(['--compare', '--quick']);
    expect(quick).toMatchObject({ quick: true, files: 100, sizes: [1, 16, 100], limit: 500 });
    expect(Math.max(...quick.sizes, quick.files, quick.rssFiles)).toBeLessThanOrEqual(500);
    const opts = parseCompareArgs(['--quick', '--files', '300', '--sizes', '50, 1,50', '--no-tools', '--no-check', '--limit', '20']);
    expect(opts).toMatchObject({ quick: true, files: 300, sizes: [1, 50], tools: false, check: false, limit: 20 });
  });

  it('refuses an unknown option or a bad number instead of running for an hour', () => {
    expect(() => parseCompareArgs(['--file', '10'])).toThrow(/unknown option --file/);
    expect(() => parseCompareArgs(['--files', '0'])).toThrow(/--files needs a positive integer/);
    expect(() => parseCompareArgs(['--sizes', '1,x'])).toThrow(/--sizes needs a positive integer/);
    expect(() => parseCompareArgs(['--runs'])).toThrow(/--runs needs a value/);
  });
});

describe('compare output', () => {
  it('prints the table in the shape of the issue, with skipped tools said as such', () => {
    const table = formatTable([
      { tool: 'peerlint, default', ms: 4180, files: 1000, rssKb: 156 * 1024 },
      { tool: 'alex 11.0.1', ms: 28950, files: 1000, rssKb: 383 * 1024 },
      { tool: 'markdownlint-cli2', skipped: 'no registry' },
    ]);
    expect(table.split('\n')).toEqual([
      '| tool | wall | files/s | peak RSS |',
      '|---|---|---|---|',
      '| peerlint, default | 4.18 s | 239 | 156 MB |',
      '| alex 11.0.1 | 28.95 s | 35 | 383 MB |',
      '| markdownlint-cli2 | skipped (no registry) | | |',
    ]);
    expect(formatTable([{ tool: 'x', ms: 1000, files: 10, rssKb: NaN }])).toContain('| x | 1.00 s | 10 | n/a |');
  });

  it('says PASS, FAIL or SKIP per target', () => {
    expect(verdict(true, 'a')).toBe('PASS a');
    expect(verdict(false, 'b')).toBe('FAIL b');
    expect(verdict(undefined, 'c')).toBe('SKIP c');
  });

  it('takes the middle of an odd or even number of samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("reads peak RSS and CPU time from GNU time's output, after the line it adds for a non-zero exit", () => {
    expect(parseTimeOutput('Command exited with non-zero status 1\n160004 1.70 0.15\n')).toEqual({ rssKb: 160004, cpuMs: 1850 });
    expect(parseTimeOutput('70596 0.28 0.02\n')).toEqual({ rssKb: 70596, cpuMs: 300 });
    expect(parseTimeOutput('')).toEqual({ rssKb: NaN, cpuMs: NaN });
  });
});
