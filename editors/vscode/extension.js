// A minimal VS Code client for `peerlint lsp`: everything (diagnostics, quick fixes, hovers, config
// reloads) happens in the server; this only starts it for Markdown and plain-text documents.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { workspace } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The `peerlint.path` setting, else the workspace's own peerlint (the version its CI runs), else `peerlint` on the PATH. */
function serverOptions(settings) {
  const configured = settings.get('path');
  if (configured) return { command: configured, args: ['lsp'], transport: TransportKind.stdio };
  for (const folder of workspace.workspaceFolders ?? []) {
    const bin = join(folder.uri.fsPath, 'node_modules', 'peerlint', 'bin', 'peerlint.js');
    if (existsSync(bin)) return { module: bin, args: ['lsp'], transport: TransportKind.stdio };
  }
  return { command: 'peerlint', args: ['lsp'], transport: TransportKind.stdio };
}

/** The server's settings, read at each (re)start: peerlint.config and peerlint.location. */
function initializationOptions() {
  const settings = workspace.getConfiguration('peerlint');
  const options = {};
  if (settings.get('config')) options.config = settings.get('config');
  if (settings.get('location')) options.location = settings.get('location');
  return options;
}

function activate(context) {
  client = new LanguageClient('peerlint', 'peerlint', serverOptions(workspace.getConfiguration('peerlint')), {
    documentSelector: ['file', 'untitled'].flatMap((scheme) => [
      { scheme, language: 'markdown' },
      { scheme, language: 'plaintext' },
    ]),
    initializationOptions,
  });
  // The server reads its settings when it starts: restart it when they change.
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('peerlint')) void client.restart();
    }),
  );
  return client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate, serverOptions, initializationOptions };
