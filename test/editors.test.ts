import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// editors/vscode/extension.js runs inside VS Code, which is not here: load it with stand-ins for the
// `vscode` API and vscode-languageclient, and check what it asks VS Code to start.

const root = new URL('..', import.meta.url).pathname;
const extensionPath = join(root, 'editors/vscode/extension.js');
const require = createRequire(import.meta.url);
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;

interface Started {
  id: string;
  server: { command?: string; module?: string; args: string[]; transport: number };
  client: { documentSelector: Array<{ scheme: string; language: string }>; initializationOptions: () => Record<string, string> };
}

function loadExtension(settings: Record<string, string>, folders: string[]) {
  const started: Started[] = [];
  const vscode = {
    workspace: {
      workspaceFolders: folders.map((fsPath) => ({ uri: { fsPath } })),
      getConfiguration: () => ({ get: (key: string) => settings[key] ?? '' }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
  };
  class LanguageClient {
    constructor(id: string, _name: string, server: Started['server'], client: Started['client']) {
      started.push({ id, server, client });
    }
    start() {
      return Promise.resolve();
    }
  }
  moduleWithLoad._load = (request, parent, isMain) => {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return { LanguageClient, TransportKind: { stdio: 0 } };
    return originalLoad(request, parent, isMain);
  };
  delete require.cache[extensionPath];
  const extension = require(extensionPath) as { activate(context: { subscriptions: unknown[] }): Promise<void> };
  void extension.activate({ subscriptions: [] });
  return started;
}

let dir: string | undefined;
afterEach(() => {
  moduleWithLoad._load = originalLoad;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the VS Code extension', () => {
  it('starts `peerlint lsp` over stdio for Markdown and plain text', () => {
    const [started] = loadExtension({}, []);
    expect(started!.server).toEqual({ command: 'peerlint', args: ['lsp'], transport: 0 });
    expect(started!.client.documentSelector).toContainEqual({ scheme: 'file', language: 'markdown' });
    expect(started!.client.documentSelector).toContainEqual({ scheme: 'file', language: 'plaintext' });
    expect(started!.client.initializationOptions()).toEqual({});
  });

  it("prefers the workspace's own peerlint, and a configured path over both", () => {
    dir = mkdtempSync(join(tmpdir(), 'peerlint-vscode-'));
    mkdirSync(join(dir, 'node_modules/peerlint/bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/peerlint/bin/peerlint.js'), '');
    expect(loadExtension({}, [dir])[0]!.server).toEqual({ module: join(dir, 'node_modules/peerlint/bin/peerlint.js'), args: ['lsp'], transport: 0 });
    expect(loadExtension({ path: '/opt/peerlint' }, [dir])[0]!.server.command).toBe('/opt/peerlint');
  });

  it('passes the config and location settings to the server', () => {
    const [started] = loadExtension({ config: 'team.yaml', location: 'Denver, CO' }, []);
    expect(started!.client.initializationOptions()).toEqual({ config: 'team.yaml', location: 'Denver, CO' });
  });

  it('declares what it activates on and the settings it reads', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'editors/vscode/package.json'), 'utf8'));
    expect(manifest.main).toBe('./extension.js');
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext']);
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['peerlint.config', 'peerlint.location', 'peerlint.path']);
  });
});
