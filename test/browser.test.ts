/// <reference lib="dom" />
/**
 * End-to-end tests of `peerlint serve` and the HTML report in a real browser: Debian's `chromium`
 * driven by playwright-core (no browser download). Kept in this one file so that a developer without
 * Chromium can run everything else: here the tests are skipped with a message, but never on CI
 * (CI=true), where .ci/run installs Chromium and a missing one is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatters } from '../src/formatters/index.ts';
import { lintFile, summarize } from '../src/lint.ts';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import { markdownToDocx } from '../scripts/markdown-to-docx.mjs';

const CHROMIUM = process.env['PEERLINT_CHROMIUM'] ?? '/usr/bin/chromium';
const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
const POSTING = readFileSync(join(root, 'fixtures/formats/peer-support-specialist.md'), 'utf8');
const haveBrowser = existsSync(CHROMIUM);

if (!haveBrowser) {
  if (process.env['CI']) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must install it (.ci/run does, with apt-get)`);
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set PEERLINT_CHROMIUM)`);
}

describe.skipIf(!haveBrowser)('in a browser', () => {
  let context: BrowserContext;
  let server: RunningServer;
  let work: string;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'peerlint-browser-'));
    mkdirSync(results, { recursive: true });
    // The page must use the configuration of the folder it was started in, and say so.
    writeFileSync(join(work, '.peerlintrc.yaml'), 'rules:\n  require-advancement: "off"\n');
    server = await startServer({ cwd: work, maxBytes: 200_000 });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'peerlint-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(server.url);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const findingItems = () => page.locator('#list li.finding');

  it('says which configuration it uses, and every control has a name', async () => {
    await expect.poll(() => page.locator('#config').textContent()).toContain('Using the configuration in .peerlintrc.yaml');
    await expect(page.getByRole('textbox', { name: /Your posting/ }).count()).resolves.toBe(1);
    for (const name of [/Apply all automatic fixes/, /Download fixed text/]) await expect(page.getByRole('button', { name }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Open a file…').count()).resolves.toBe(1);
  });

  it('a pasted posting gets its problems highlighted in the text, explained beside it', async () => {
    await page.locator('#draft').fill(POSTING);
    await expect.poll(() => findingItems().count()).toBe(4);
    const marked = await page.locator('#backdrop mark').allTextContents();
    expect(marked).toEqual(['Conduct intake assessments', 'Provide individual counseling', 'addicts', 'committed suicide']);
    // Not colour alone: every finding says how much it matters in words, and highlights differ in shape.
    await expect(page.locator('#list .badge').allTextContents()).resolves.toEqual(['Must fix', 'Must fix', 'Must fix', 'Must fix']);
    await expect(page.locator('#summary').textContent()).resolves.toContain('4 problems to fix before posting: 2 duties outside the peer role, 2 stigmatizing words.');
    // The highlight lies exactly under the text it marks (same font, wrapping and scroll as the editor).
    const [under, over] = await page.evaluate(() => {
      const draft = document.querySelector('#draft') as HTMLTextAreaElement;
      draft.scrollTop = 0;
      draft.dispatchEvent(new Event('scroll'));
      const mark = document.querySelector('#backdrop mark')!.getBoundingClientRect();
      const area = document.querySelector('#draft') as HTMLTextAreaElement;
      const mirror = document.createElement('div');
      const style = getComputedStyle(area);
      for (const p of ['font', 'padding', 'border', 'whiteSpace', 'overflowWrap', 'width', 'boxSizing', 'lineHeight', 'letterSpacing'] as const) (mirror.style as unknown as Record<string, string>)[p] = style[p];
      mirror.style.position = 'absolute';
      mirror.style.visibility = 'hidden';
      mirror.style.overflowY = 'scroll';
      const at = area.value.indexOf('Conduct intake assessments');
      mirror.textContent = area.value.slice(0, at);
      const span = document.createElement('span');
      span.textContent = 'C';
      mirror.append(span);
      area.parentElement!.append(mirror);
      const top = span.getBoundingClientRect().top - mirror.getBoundingClientRect().top;
      mirror.remove();
      return [mark.top - area.getBoundingClientRect().top, top] as number[];
    });
    expect(Math.abs(under - over), `${under} vs ${over}`).toBeLessThan(3);
    await page.screenshot({ path: join(results, 'serve-findings.png'), fullPage: true });
  });

  it('"Apply" makes the fix in the text and the finding goes away; the rest stay', async () => {
    const apply = page.getByRole('button', { name: /Apply fix \d+: write people with a substance use disorder/ });
    await apply.focus();
    await page.keyboard.press('Enter'); // keyboard, not only the mouse
    await expect.poll(() => page.locator('#draft').inputValue()).toContain('counseling to people with a substance use disorder on the waiting list');
    await expect.poll(() => findingItems().count()).toBe(3);
    await page.getByRole('button', { name: /Apply all automatic fixes/ }).click();
    await expect.poll(() => page.locator('#draft').inputValue()).toContain('a person who died by suicide');
    await expect.poll(() => findingItems().count()).toBe(2);
  });

  it('"Download fixed text" saves exactly the text in the editor', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download fixed text' }).click()]);
    expect(download.suggestedFilename()).toBe('draft-fixed.md');
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toBe(await page.locator('#draft').inputValue());
    expect(saved).not.toContain('addicts');
  });

  it('a dropped .docx opens as text with its findings', async () => {
    const bytes = [...(await markdownToDocx(POSTING))];
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'draft posting.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      return transfer;
    }, bytes);
    await page.dispatchEvent('#editor', 'drop', { dataTransfer });
    await expect.poll(() => page.locator('#status').textContent()).toContain('Opened draft posting.docx');
    await expect.poll(() => findingItems().count()).toBe(4);
    expect(await page.locator('#draft').inputValue()).toMatch(/^# Peer Support Specialist\n/);
    expect(await page.locator('#draft-name').textContent()).toBe('(draft posting.md)');
  });

  it('a file too large for the server is refused with a clear message', async () => {
    await page.locator('#file').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(300_000, 'a') });
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/over the 195.3 KB limit for one draft/);
  });

  it('no request went anywhere but the local server', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:'))).toEqual([]);
  });

  it('the HTML report shows the posting with numbered highlights, loads nothing and prints without its navigation', async () => {
    const files = [lintFile(join(root, 'fixtures/stigmatizing-peer-mentor.txt')), lintFile(join(root, 'fixtures/formats/peer-support-specialist.md'))];
    for (const [i, file] of files.entries()) file.source = readFileSync(join(root, i === 0 ? 'fixtures/stigmatizing-peer-mentor.txt' : 'fixtures/formats/peer-support-specialist.md'), 'utf8');
    const html = formatters['html']!({ files, summary: summarize(files) }, { color: false });
    const report = await context.newPage();
    const loaded: string[] = [];
    report.on('request', (request) => loaded.push(request.url()));
    await report.setContent(html);
    const placed = files[1]!.findings.filter((f) => !f.wholePosting);
    await expect(report.locator('#file-2 .posting a.num').count()).resolves.toBe(placed.length);
    await expect(report.locator('#file-2 .posting mark').allTextContents()).resolves.toEqual(placed.map((f) => f.text));
    await expect(report.locator('#file-1 h3', { hasText: 'Missing from this posting' }).count()).resolves.toBe(1);
    expect(loaded.filter((url) => !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);
    await report.screenshot({ path: join(results, 'report.png'), fullPage: true });
    await report.emulateMedia({ media: 'print' });
    await expect(report.locator('nav.files').isVisible()).resolves.toBe(false);
    await expect(report.locator('.columns').first().evaluate((e) => getComputedStyle(e).display)).resolves.toBe('block');
    await report.close();
  });
});
