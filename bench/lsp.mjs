// Language server benchmark (not a test): how soon diagnostics follow an edit, and the server's memory.
// Usage: node bench/lsp.mjs [--edits N] [--samples N]   (npm run bench runs it; prints one JSON line last)
// 1. latency: a ~1,000-word posting is opened and linted once; then edits are typed one at a time, each
//    after a quiet spell longer than the server's lint delay (as a person pausing), and the time from
//    sending the change to receiving its diagnostics is taken for each. Target: median <= 50 ms.
// 2. memory: a second server (lintDelay 0, so that every single edit is linted) gets N edits (default
//    1,000), each waited for; then its resident set size is read from /proc. Target: < 150 MB.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lsp from 'vscode-languageserver-protocol/node';
import { intOption } from './options.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'peerlint.js');
const edits = intOption('--edits', 1000);
const samples = intOption('--samples', 30);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const words = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * A peer posting of about 1,000 words (peer postings run every rule): one from the corpus of 1,000-1,300
 * words, else the longest one topped up with the text of the next ones; else the shipped fixtures joined.
 */
function posting() {
  const corpus = resolve(root, '..', 'shared', 'corpus', 'jobs-large.jsonl');
  const peers = [];
  if (existsSync(corpus)) {
    for (const line of readFileSync(corpus, 'utf8').split('\n')) {
      try {
        const { title, text } = JSON.parse(line);
        if (/peer|recovery coach/i.test(title)) peers.push({ title, text });
      } catch {
        // a malformed line is no candidate
      }
    }
  }
  const whole = peers.map(({ title, text }) => `# ${title}\n\n${text}`);
  const fit = whole.find((doc) => words(doc) >= 1000 && words(doc) <= 1300);
  if (fit) return { text: fit, from: 'corpus peer posting' };
  if (whole.length) {
    const rest = whole.sort((a, b) => words(b) - words(a));
    let text = rest.shift();
    while (words(text) < 1000 && rest.length) {
      // The one whose length comes closest to what is missing.
      const missing = 1000 - words(text);
      const i = rest.reduce((best, doc, k) => (Math.abs(words(doc) - missing) < Math.abs(words(rest[best]) - missing) ? k : best), 0);
      text += `\n\n${rest.splice(i, 1)[0].replace(/^# .*\n/, '')}`;
    }
    return { text, from: 'corpus peer posting (topped up from others)' };
  }
  let text = '';
  for (const name of readdirSync(join(root, 'fixtures')).filter((n) => n.endsWith('.md')).sort()) {
    text += readFileSync(join(root, 'fixtures', name), 'utf8').replace(/\{[a-z-]+\}/g, '') + '\n';
    if (words(text) >= 1000) break;
  }
  return { text, from: 'fixtures' };
}

async function startServer(initializationOptions) {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = lsp.createProtocolConnection(new lsp.StreamMessageReader(child.stdout), new lsp.StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, ({ version }) => {
    waiting.get(version)?.(performance.now());
    waiting.delete(version);
  });
  connection.listen();
  await connection.sendRequest(lsp.InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, initializationOptions });
  await connection.sendNotification(lsp.InitializedNotification.type, {});
  const diagnosticsFor = (version) => new Promise((done) => waiting.set(version, done));
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  const stop = async () => {
    await connection.sendRequest(lsp.ShutdownRequest.type);
    await connection.sendNotification(lsp.ExitNotification.type);
    await new Promise((done) => child.once('exit', done));
    connection.dispose();
  };
  return { connection, diagnosticsFor, rssMb, stop };
}

/** Opens the posting, waits for its first lint, then types: each edit inserts or deletes one letter mid-text. */
async function session(server, text, count, pauseMs) {
  const uri = pathToFileURL(join(root, 'bench-posting.md')).href;
  const first = server.diagnosticsFor(1);
  const opened = performance.now();
  await server.connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const firstLintMs = (await first) - opened;
  const lines = text.split('\n');
  const line = Math.floor(lines.length / 2);
  const character = lines[line].length;
  const latencies = [];
  for (let version = 2; version < count + 2; version++) {
    if (pauseMs) await sleep(pauseMs);
    const typed = version % 2 === 0;
    const change = typed
      ? { range: { start: { line, character }, end: { line, character } }, text: 's' }
      : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
    const arrived = server.diagnosticsFor(version);
    const sent = performance.now();
    await server.connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    latencies.push((await arrived) - sent);
  }
  return { firstLintMs, latencies };
}

const { text, from } = posting();
const sorted = (xs) => [...xs].sort((a, b) => a - b);

const typing = await startServer({});
const quiet = await session(typing, text, samples, 150);
await typing.stop();

const soak = await startServer({ lintDelay: 0 });
const loaded = await session(soak, text, edits, 0);
const rss = soak.rssMb();
await soak.stop();

const q = sorted(quiet.latencies);
const l = sorted(loaded.latencies);
const result = {
  words: words(text),
  from,
  firstLintMs: quiet.firstLintMs,
  changeToDiagnosticsMs: { median: median(q), p90: q[Math.floor(q.length * 0.9)], max: q.at(-1), samples: q.length },
  soak: { edits, medianMs: median(l), p99Ms: l[Math.floor(l.length * 0.99)], rssMb: rss },
};
console.log(
  `lsp: ${result.words}-word ${from}; first lint ${quiet.firstLintMs.toFixed(0)} ms (loads the NLP when the posting needs it); change -> diagnostics median ${result.changeToDiagnosticsMs.median.toFixed(1)} ms, p90 ${result.changeToDiagnosticsMs.p90.toFixed(1)} ms over ${q.length} edits (target <= 50 ms)`,
);
console.log(`lsp: RSS after ${edits} edits, each linted: ${rss.toFixed(0)} MB (target < 150 MB); per edit median ${result.soak.medianMs.toFixed(1)} ms, p99 ${result.soak.p99Ms.toFixed(1)} ms`);
console.log(JSON.stringify(result));
