import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { lintOptionsFor } from '../config/instantiate.ts';
import { ConfigResolver } from '../config/resolve.ts';
import type { LintOptions } from '../engine.ts';
import { InputError } from '../errors.ts';
import type { FileResult } from '../finding.ts';
import { BASE_CSS, renderFileParts, renderPostingText, splitFindings } from '../html/render.ts';
import { inputKind, loadPosting, type Posting } from '../input/index.ts';
import { fileErrorMessage, lintPosting } from '../lint.ts';
import { DEFAULT_MAX_BYTES, formatBytes } from '../read.ts';
import { VERSION } from '../version.ts';
import clientJs from './client.js?raw';
import pageHtml from './page.html?raw';
import { SERVE_CSS } from './styles.ts';

/**
 * `peerlint serve`: a page on this computer where HR staff paste or drop a draft and see the findings
 * in the text as they edit, apply fixes and download the result. It listens on 127.0.0.1 only and
 * answers only requests addressed to it (a Host check, so a web page cannot reach it through a DNS
 * name that points here); the page loads nothing from anywhere else (its Content-Security-Policy says
 * so to the browser). Drafts never leave the machine.
 */
export interface ServeOptions {
  /** Folder whose configuration applies (as if the draft were a file there). */
  cwd?: string;
  /** 0 (default): a free port. */
  port?: number;
  /** A config file instead of searching, or false for none (as the CLI's --config / --no-config). */
  config?: string | false;
  /** Largest request body (a dropped file), in bytes. */
  maxBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The configuration file in use, or null for the built-in defaults. */
  configFile: string | null;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** Reads a request body, refusing (413) one over the limit before holding it all. */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = (size: string) =>
    new HttpError(413, `That is ${size}, over the ${formatBytes(maxBytes)} limit for one draft. Paste only the posting's text, or start peerlint serve with --max-file-size set higher.`);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw tooLarge(formatBytes(declared));
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw tooLarge(`more than ${formatBytes(maxBytes)}`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** What the page needs to show a lint: the findings, and the report's pieces rendered as the HTML report renders them. */
function lintResponse(text: string, name: string, result: FileResult, extra: Record<string, unknown> = {}) {
  const parts = renderFileParts(result, undefined, { applyButtons: true });
  const { placed } = splitFindings(result.findings);
  return {
    name,
    text,
    peerRole: result.peerRole,
    findings: placed,
    missing: result.findings.filter((f) => f.wholePosting),
    summary: parts.summary,
    missingHtml: parts.missing,
    listHtml: parts.list,
    // The same text with highlights and no numbers, laid exactly under the editor's text.
    backdrop: renderPostingText(text, placed, { numbers: false }),
    ...extra,
  };
}

/** Starts the server; resolves once it listens. A bad configuration rejects (ConfigError) before it listens. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const resolver = new ConfigResolver({ cwd, config: options.config });
  const probe = join(cwd, 'posting.md');
  const configFile = await resolver.configFileFor(probe);
  const lintOptions: LintOptions = await lintOptionsFor(await resolver.resolve(probe));
  const configLabel = configFile ? relative(cwd, configFile) || configFile : null;

  const lint = (posting: Posting, name: string): FileResult => {
    if (!/\S/.test(posting.text)) return { path: name, peerRole: false, findings: [] };
    return lintPosting(posting, name, lintOptions);
  };

  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A DNS name that resolves to 127.0.0.1 must not let another site's page talk to this server.
    if (!allowedHosts().has(String(req.headers.host ?? '').toLowerCase())) {
      send(res, 421, 'text/plain; charset=utf-8', `peerlint serve answers only requests addressed to http://127.0.0.1:${port}/\n`);
      return;
    }
    const origin = req.headers.origin;
    if (req.method !== 'GET' && origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      sendJson(res, 403, { error: 'Requests from other sites are refused.' });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', pageHtml.replace('{{version}}', VERSION));
    if (req.method === 'GET' && url.pathname === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', clientJs);
    if (req.method === 'GET' && url.pathname === '/app.css') return send(res, 200, 'text/css; charset=utf-8', BASE_CSS + SERVE_CSS);
    if (req.method === 'GET' && url.pathname === '/api/info') {
      return sendJson(res, 200, { version: VERSION, folder: cwd, configFile: configLabel, maxBytes, maxSize: formatBytes(maxBytes) });
    }
    if (req.method === 'POST' && url.pathname === '/api/lint') {
      const body = JSON.parse((await readBody(req, maxBytes)).toString('utf8') || '{}') as { text?: unknown; name?: unknown };
      if (typeof body.text !== 'string') throw new HttpError(400, 'Send {"text": "..."}.');
      const name = typeof body.name === 'string' && /\.(?:md|markdown|txt)$/i.test(body.name) ? body.name : 'draft.md';
      const kind = inputKind(name) === 'text' ? 'text' : 'markdown';
      const result = lint({ text: body.text, format: kind, kind, warnings: [] }, name);
      return sendJson(res, 200, lintResponse(body.text, name, result));
    }
    if (req.method === 'POST' && url.pathname === '/api/open') {
      // A dropped file: its bytes, named in the query; .docx and HTML come back as the Markdown they hold.
      const fileName = (url.searchParams.get('name') ?? 'draft.txt').replace(/[\\/]/g, '_');
      const bytes = await readBody(req, maxBytes);
      let posting: Posting;
      try {
        posting = await loadPosting(bytes, fileName);
      } catch (error) {
        throw new HttpError(422, error instanceof InputError ? `${fileName}: ${error.problem}` : fileErrorMessage(error));
      }
      const name = posting.kind === 'text' ? fileName : `${fileName.slice(0, fileName.length - extname(fileName).length) || 'draft'}.md`;
      const result = lint({ ...posting, paragraphs: undefined }, name);
      return sendJson(res, 200, lintResponse(posting.text, name, result, { opened: fileName, kind: posting.kind, warnings: posting.warnings }));
    }
    sendJson(res, 404, { error: 'Not found.' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      if (error instanceof SyntaxError) return sendJson(res, 400, { error: 'The request was not valid JSON.' });
      sendJson(res, 500, { error: fileErrorMessage(error) });
    });
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    configFile,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections?.();
      server.close(() => done());
    }),
  };
}
