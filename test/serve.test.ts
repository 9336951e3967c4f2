import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/serve/server.ts';
import { markdownToDocx } from '../scripts/markdown-to-docx.mjs';

// The serve page's server without a browser (test/browser.test.ts drives the page itself).
let server: RunningServer;
let dir: string;

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-serve-'));
  writeFileSync(join(dir, '.peerlintrc.json'), JSON.stringify({ rules: { 'no-stigmatizing-language': 'warn' } }));
  server = await startServer({ cwd: dir, maxBytes: 50_000 });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('peerlint serve', () => {
  it('listens on 127.0.0.1 only, on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('refuses requests addressed to another host (DNS rebinding) and posts from other sites', async () => {
    expect((await call('/', { headers: { Host: 'attacker.example' } })).status).toBe(421);
    expect((await call('/api/info', { headers: { Host: `evil.test:${server.port}` } })).status).toBe(421);
    const cross = await call('/api/lint', { method: 'POST', headers: { Origin: 'https://attacker.example', 'Content-Type': 'application/json' }, body: '{"text":"x"}' });
    expect(cross.status).toBe(403);
    expect((await call('/', { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('serves a page that may load nothing from elsewhere', async () => {
    const page = await call('/');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).not.toMatch(/https?:\/\//);
  });

  it('lints with the configuration of the folder it was started in, and says which', async () => {
    expect(JSON.parse((await call('/api/info')).body)).toMatchObject({ configFile: '.peerlintrc.json', folder: dir });
    const r = JSON.parse((await call('/api/lint', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: '# Peer Mentor\n\nWe welcome addicts.\n', name: 'd.md' }) })).body);
    expect(r.findings.map((f: { severity: string; text: string }) => `${f.severity} ${f.text}`)).toEqual(['warning addicts']);
    expect(r.backdrop).toBe('# Peer Mentor\n\nWe welcome <mark class="sev-warning" data-findings="1">addicts</mark>.\n');
    expect(r.listHtml).toContain('class="apply"');
  });

  it('refuses a body over the limit with a clear message', async () => {
    const r = await call('/api/open?name=big.txt', { method: 'POST', body: Buffer.alloc(60_000, 'a') });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toMatch(/^That is 58\.6 KB, over the 48\.8 KB limit for one draft\./);
  });

  it('opens a dropped .docx as the Markdown it holds, and names what it cannot read', async () => {
    const docx = await markdownToDocx('# Peer Mentor\n\nWe welcome addicts.\n');
    const r = JSON.parse((await call('/api/open?name=draft.docx', { method: 'POST', body: docx })).body);
    expect(r).toMatchObject({ name: 'draft.md', kind: 'docx', text: '# Peer Mentor\n\nWe welcome addicts.\n' });
    const pdf = await call('/api/open?name=cv.pdf', { method: 'POST', body: '%PDF-1.7' });
    expect(pdf.status).toBe(422);
    expect(JSON.parse(pdf.body).error).toMatch(/cv\.pdf: peerlint cannot read PDF files/);
  });

  it('an empty draft is not an error, and bad JSON is a 400', async () => {
    expect(JSON.parse((await call('/api/lint', { method: 'POST', body: '{"text":""}' })).body).findings).toEqual([]);
    expect((await call('/api/lint', { method: 'POST', body: '{not json' })).status).toBe(400);
  });

  it('`peerlint serve` prints its URL, answers there, and stops on Ctrl+C (SIGINT) with exit 0', async () => {
    const bin = new URL('../bin/peerlint.js', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'serve'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const m = /^peerlint serve: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', () => reject(new Error(`exited before listening: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>peerlint: check a job posting</title>');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      child.kill();
    }
  });
});
