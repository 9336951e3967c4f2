import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError } from '../config/errors.ts';
import { formatOf } from '../document/build.ts';
import { expandTargets } from '../files.ts';
import type { DocumentFormat } from '../document/types.ts';
import type { RoleSetting } from '../role.ts';
import { Run, type RunOptions } from '../run.ts';
import { VERSION } from '../version.ts';
import { codeActionsFor, EXPLAIN_COMMAND, hoverMarkdown } from './actions.ts';
import { configErrorDiagnostics } from './config-errors.ts';
import { idleCollector } from './memory.ts';
import { docsUrl, fileErrorDiagnostic, ruleDocsSummary, toDiagnostic, type Linted } from './diagnostics.ts';
import { CONFIG_GLOBS, ConfigFolderWatcher, isConfigFileName } from './watch.ts';

/** Settings a client may pass as `initializationOptions` (the CLI's options of the same names). */
export interface ServerOptions {
  /** A config file for every posting instead of searching (relative to the workspace), or false for none. */
  config?: string | false;
  rules?: Record<string, unknown>;
  role?: RoleSetting;
  location?: string;
  /** Documents larger than this many bytes get one diagnostic instead of findings (default 10 MB, as --max-file-size). */
  maxFileSize?: number;
  /** At most one lint of a document per this many milliseconds while it is being edited (default 100). */
  lintDelay?: number;
}

const DEFAULT_LINT_DELAY = 100;

/** Markdown or plain text, by the client's language id first ("any language id the client maps"), else by the extension. */
export function formatFor(languageId: string, path: string): DocumentFormat {
  if (/markdown|^mdx?$/i.test(languageId)) return 'markdown';
  if (/^(?:plaintext|text|txt)$/i.test(languageId)) return 'text';
  return formatOf(path);
}

/**
 * The language server: keeps open documents (vscode-languageserver's TextDocuments), lints each with
 * the library's `Run.text` (configuration discovery, directives and engine as in the CLI) and turns
 * findings into diagnostics, quick fixes and hovers.
 */
export class PeerlintServer {
  readonly documents = new TextDocuments(TextDocument);
  private run: Run;
  private cwd = process.cwd();
  private options: ServerOptions = {};
  private capabilities: ClientCapabilities = {};
  private readonly results = new Map<string, Linted>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastLint = new Map<string, number>();
  private readonly published = new Map<string, number>();
  private ignored = new Map<string, Promise<boolean>>();
  /** Config files that carry diagnostics now, and the config errors already shown in a message. */
  private configProblems = new Set<string>();
  private shownConfigErrors = new Set<string>();
  private reloadTimer: NodeJS.Timeout | undefined;
  private folderWatcher: ConfigFolderWatcher | undefined;

  /** `afterLint` runs after each lint (the server process passes its idle garbage collector). */
  constructor(
    private readonly connection: Connection,
    private readonly afterLint: () => void = () => {},
  ) {
    this.run = this.newRun();
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    connection.onShutdown(() => this.folderWatcher?.close());
    connection.onCodeAction(async ({ textDocument, range, context }) => {
      if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
      const document = this.documents.get(textDocument.uri);
      const linted = await this.current(textDocument.uri);
      if (!document || !linted) return [];
      const [from, to] = [document.offsetAt(range.start), document.offsetAt(range.end)];
      const format = formatFor(document.languageId, this.pathOf(document));
      return linted.findings
        .filter((f) => f.offset + linted.shift <= to && f.endOffset + linted.shift >= from)
        .flatMap((f) => codeActionsFor(f, toDiagnostic(f, document, linted.shift), document, linted.shift, format, (edits) => this.workspaceEdit(document, edits)));
    });
    connection.onHover(async ({ textDocument, position }) => {
      const document = this.documents.get(textDocument.uri);
      const linted = await this.current(textDocument.uri);
      if (!document || !linted) return null;
      const at = document.offsetAt(position);
      const under = linted.findings.filter((f) => f.offset + linted.shift <= at && at <= f.endOffset + linted.shift);
      if (under.length === 0) return null;
      const first = under[0]!;
      return {
        contents: { kind: 'markdown', value: hoverMarkdown(under, docsUrl) },
        range: { start: document.positionAt(first.offset + linted.shift), end: document.positionAt(first.endOffset + linted.shift) },
      };
    });
    connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command === EXPLAIN_COMMAND) await this.explain(String(args?.[0] ?? ''), String(args?.[1] ?? ''));
    });
    connection.onDidChangeWatchedFiles(() => this.reloadConfig());

    this.documents.onDidChangeContent(({ document }) => this.schedule(document.uri));
    this.documents.onDidSave(({ document }) => {
      if (isConfigFileName(this.pathOf(document))) this.reloadConfig();
    });
    this.documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      for (const map of [this.timers, this.results, this.lastLint, this.published]) map.delete(document.uri);
      if (!isConfigFileName(this.pathOf(document))) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (root?.startsWith('file:')) this.cwd = fileURLToPath(root);
    const given = (params.initializationOptions ?? {}) as ServerOptions;
    this.options = {
      config: typeof given.config === 'string' || given.config === false ? given.config : undefined,
      rules: given.rules && typeof given.rules === 'object' ? given.rules : undefined,
      role: given.role === 'peer' || given.role === 'other' || given.role === 'auto' ? given.role : undefined,
      location: typeof given.location === 'string' ? given.location : undefined,
      maxFileSize: typeof given.maxFileSize === 'number' && given.maxFileSize > 0 ? given.maxFileSize : undefined,
      lintDelay: typeof given.lintDelay === 'number' && given.lintDelay >= 0 ? given.lintDelay : DEFAULT_LINT_DELAY,
    };
    this.run = this.newRun();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
        executeCommandProvider: { commands: [EXPLAIN_COMMAND] },
      },
      serverInfo: { name: 'peerlint', version: VERSION },
    };
  }

  private initialized(): void {
    // Config changes come from the client's file watcher when it has one, else from our own.
    if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })) });
    } else {
      this.folderWatcher = new ConfigFolderWatcher(() => this.reloadConfig());
      for (const document of this.documents.all()) this.folderWatcher.watchAbove(this.pathOf(document));
    }
  }

  private newRun(): Run {
    const { config, rules, role, location, maxFileSize } = this.options;
    const options: RunOptions = { cwd: this.cwd, config, rules, role, location, maxBytes: maxFileSize };
    return new Run(options); // a new Run resolves configurations afresh (config caches are cleared)
  }

  /** The file a document stands for: its path, or for an unsaved one a name in the workspace that gives its format. */
  pathOf(document: TextDocument): string {
    if (document.uri.startsWith('file:')) {
      try {
        return fileURLToPath(document.uri);
      } catch {
        // fall through: a file URI node cannot map (another platform's)
      }
    }
    const ext = formatFor(document.languageId, '') === 'text' ? '.txt' : '.md';
    return join(this.cwd, `untitled${extname(document.uri) || ext}`);
  }

  /**
   * Lints a document soon: at once after a quiet spell, else when `lintDelay` has passed since its
   * last lint. Changes that arrive meanwhile are coalesced: the lint reads the latest text.
   */
  private schedule(uri: string, delay?: number): void {
    if (this.timers.has(uri)) return;
    const since = performance.now() - (this.lastLint.get(uri) ?? -Infinity);
    const wait = delay ?? Math.max(0, (this.options.lintDelay ?? DEFAULT_LINT_DELAY) - since);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.lint(uri);
      }, wait),
    );
  }

  /** The findings for the document as it is now (linting it first if they are stale). */
  private async current(uri: string): Promise<Linted | undefined> {
    const document = this.documents.get(uri);
    const linted = this.results.get(uri);
    if (!document || linted?.version === document.version) return linted;
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    return this.lint(uri);
  }

  private async lint(uri: string): Promise<Linted | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const path = this.pathOf(document);
    if (isConfigFileName(path)) return undefined; // a config file opened as text is not a posting
    this.folderWatcher?.watchAbove(path);
    this.lastLint.set(uri, performance.now());
    const { version } = document;
    const text = document.getText();
    const shift = text.startsWith('\uFEFF') ? 1 : 0;
    const run = this.run;
    let linted: Linted = { version, findings: [], shift };
    let diagnostics: Diagnostic[] | undefined;
    try {
      const result = (await this.isIgnored(run, path)) ? { findings: [], error: undefined } : await run.text(text, path, formatFor(document.languageId, path));
      if (result.error) diagnostics = [fileErrorDiagnostic(document, result.error)];
      else linted = { version, findings: result.findings, shift };
    } catch (error) {
      if (error instanceof ConfigError) {
        this.reportConfigError(error); // the posting keeps no diagnostics: nothing is linted under a bad config
      } else {
        this.connection.console.error(`peerlint: internal error on ${uri}: ${(error as Error)?.stack ?? String(error)}`);
        diagnostics = [fileErrorDiagnostic(document, `internal error (please report it): ${(error as Error)?.message ?? String(error)}`)];
      }
    }
    // Another lint of a newer version may have finished first (config resolution is async), or the document closed.
    const current = this.documents.get(uri);
    if (!current || (this.published.get(uri) ?? -Infinity) > version || run !== this.run) return undefined;
    this.published.set(uri, version);
    this.results.set(uri, linted);
    // The offsets index `text`, which is the document at `version`: positions come from that text.
    const snapshot = current.version === version ? current : TextDocument.create(uri, document.languageId, version, text);
    diagnostics ??= linted.findings.map((finding) => toDiagnostic(finding, snapshot, shift));
    await this.connection.sendDiagnostics({ uri, version, diagnostics });
    this.afterLint();
    return linted;
  }

  /** Whether the CLI would skip this file if it were named (`.peerlintignore`, the config's `ignores`); cached per run. */
  private isIgnored(run: Run, path: string): Promise<boolean> {
    let ignored = this.ignored.get(path);
    if (!ignored || run !== this.run) {
      ignored = run.ignorePatterns().then((ignores) => expandTargets([path], { cwd: this.cwd, ignores })[0]?.kind === 'ignored');
      ignored.catch(() => this.ignored.delete(path)); // a config error is reported by the lint
      if (run === this.run) this.ignored.set(path, ignored);
    }
    return ignored;
  }

  /** One diagnostic per problem on the config file itself, and one message per distinct error. */
  private reportConfigError(error: ConfigError): void {
    if (this.shownConfigErrors.has(error.message)) return;
    this.shownConfigErrors.add(error.message);
    for (const [uri, diagnostics] of configErrorDiagnostics(error)) {
      this.configProblems.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    const [first, ...more] = error.message.split('\n');
    const rest = more.length ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})` : '';
    this.showMessage(MessageType.Error, `peerlint: config error: ${first}${rest}. Postings under this configuration are not linted until it is fixed.`);
  }

  /** A config file changed: resolve configurations afresh and lint every open document again. */
  private reloadConfig(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.run = this.newRun();
      this.ignored = new Map();
      for (const uri of this.configProblems) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      this.configProblems = new Set();
      this.shownConfigErrors = new Set();
      for (const document of this.documents.all()) {
        clearTimeout(this.timers.get(document.uri));
        this.timers.delete(document.uri);
        this.schedule(document.uri, 0);
      }
    }, 50);
  }

  /** "Explain rule": opens the rule's docs in the editor (or the browser for a web page), else says where they are. */
  private async explain(ruleId: string, docs: string): Promise<void> {
    const href = docsUrl(docs);
    if (href && this.capabilities.window?.showDocument?.support) {
      const local = href.startsWith('file:');
      const { success } = await this.connection.window.showDocument({ uri: local ? href.split('#', 1)[0]! : href, external: !local, takeFocus: true });
      if (success) return;
    }
    const summary = ruleDocsSummary(ruleId, docs)?.description;
    this.showMessage(MessageType.Info, `${ruleId}: ${summary ?? 'see its documentation'}${href ? ` (${href})` : ''}. In a terminal: peerlint explain ${ruleId}`);
  }

  /** window/showMessage, a notification: the window.show*Message helpers send showMessageRequest, which waits for an answer. */
  private showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  private workspaceEdit(document: TextDocument, edits: TextEdit[]): CodeAction['edit'] {
    if (this.capabilities.workspace?.workspaceEdit?.documentChanges) {
      return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
    }
    return { changes: { [document.uri]: edits } };
  }
}

const USAGE = `usage: peerlint lsp [--stdio]

Runs the peerlint language server on standard input and output (the Language Server Protocol), for
editors: diagnostics as you type, quick fixes and hovers. See docs/editors.md.
`;

/** `peerlint lsp`: serves until the client exits or standard input closes, then exits the process. */
export function runLanguageServer(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return Promise.resolve(0);
  }
  // Clients add --stdio (the only transport) and --clientProcessId=N (the library watches that process).
  const unknown = args.filter((arg, i) => arg !== '--stdio' && !arg.startsWith('--clientProcessId') && args[i - 1] !== '--clientProcessId');
  if (unknown.length) {
    process.stderr.write(`peerlint lsp: unknown argument ${unknown[0]}\n${USAGE}`);
    return Promise.resolve(2);
  }
  const connection = createConnection(process.stdin, process.stdout);
  // Standard output is the protocol's: anything a plugin prints goes to the client's log instead.
  console.log = console.info = (...parts: unknown[]) => connection.console.log(parts.map(String).join(' '));
  console.warn = (...parts: unknown[]) => connection.console.warn(parts.map(String).join(' '));
  // One failed request or notification must not take the server down with it.
  process.on('unhandledRejection', (reason) => connection.console.error(`peerlint: ${(reason as Error)?.stack ?? String(reason)}`));
  new PeerlintServer(connection, idleCollector());
  connection.listen();
  // The library ends the process on `exit`, on end of input and when the client's process dies.
  return new Promise(() => {});
}
