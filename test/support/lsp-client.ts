import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type ShowDocumentParams,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const root = new URL('../..', import.meta.url).pathname;
export const BIN = join(root, 'bin/peerlint.js');

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  cwd: string;
  /** Say that the client watches files for the server (dynamic registration), as VS Code does. */
  watchFiles?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** Say that the client can show documents (window/showDocument); default true. */
  showDocument?: boolean;
  /** `processId` sent in initialize (the server exits when that process dies). */
  processId?: number | null;
}

/**
 * A real LSP client for tests: starts the built `peerlint lsp` as a child process and talks to it
 * over stdio with vscode-jsonrpc (through vscode-languageserver-protocol's typed messages).
 */
export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly registrations: Registration[] = [];
  readonly stderr: string[] = [];
  private waiters: Array<() => void> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
    child.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => this.published.push(params)));
    connection.onNotification(ShowMessageNotification.type, (params) => this.record(() => this.messages.push(params)));
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.record(() => this.shownDocuments.push(params));
      return { success: true };
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.record(() => this.registrations.push(...params.registrations));
    });
    connection.onError(() => {});
    connection.listen();
  }

  static async start(options: StartOptions): Promise<LspClient> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    await connection.sendRequest(InitializeRequest.type, {
      processId: options.processId === undefined ? process.pid : options.processId,
      rootUri: uriOf(options.cwd),
      workspaceFolders: [{ uri: uriOf(options.cwd), name: 'postings' }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? true }, workspaceEdit: { documentChanges: true } },
        window: { showDocument: { support: options.showDocument ?? true } },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private record(action: () => void): void {
    action();
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves once `test` returns a value (checked now and after each message from the server). */
  async until<T>(test: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = test();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** The diagnostics of the latest publish for `uri` (with `version`, when given) that satisfies `test`. */
  diagnostics(uri: string, options: { version?: number; test?: (d: Diagnostic[]) => boolean; after?: number } = {}): Promise<Diagnostic[]> {
    return this.until(() => {
      for (let i = this.published.length - 1; i >= (options.after ?? 0); i--) {
        const p = this.published[i]!;
        if (p.uri !== uri) continue;
        if (options.version !== undefined && p.version !== options.version) return undefined;
        return !options.test || options.test(p.diagnostics) ? p.diagnostics : undefined;
      }
      return undefined;
    }, `diagnostics for ${uri}${options.version !== undefined ? ` version ${options.version}` : ''}`);
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changedFiles(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }) as Promise<CodeAction[]>;
  }

  hover(uri: string, position: Range['start']): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** shutdown, then exit: the polite way out. */
  async shutdown(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    return this.exited;
  }

  /** Ends the server whatever state it is in (for afterEach). */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

/** Applies a code action's edit for `uri` to `text`, as an editor would. */
export function applyEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = [
    ...(edit?.changes?.[uri] ?? []),
    ...(edit?.documentChanges ?? []).flatMap((change) => ('textDocument' in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : [])),
  ];
  if (edits.length === 0) throw new Error('the code action has no edit for this document');
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

/** LSP position of a UTF-16 offset, counted independently of the server: CRLF, CR and LF each end a line. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

export function rangeOfText(text: string, needle: string, from = 0): Range {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start: positionOf(text, start), end: positionOf(text, start + needle.length) };
}
