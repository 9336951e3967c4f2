import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { COMPLETE_PEER_REST as REST } from './support/postings.ts';
import { applyEdit, LspClient, positionOf, rangeOfText, uriOf } from './support/lsp-client.ts';

// Drives the built `peerlint lsp` (npm test builds dist/ first) as an editor would, over stdio.

const HEAD = '# Peer Support Specialist\r\n\r\nPay: $20–$24 per hour. Reports to the Lead Peer Specialist.\r\n\r\n';
/** Emoji (two UTF-16 units each) before the term on its line, CRLF line endings: LSP columns count UTF-16 units. */
const EMOJI_LINE = '🌱🤝 We welcome addicts in recovery to apply.';
const POSTING = `${HEAD}${EMOJI_LINE}\r\n${REST.replace(/\n/g, '\r\n')}`;

let dir: string;
let client: LspClient | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peerlint-lsp-'));
});
afterEach(() => {
  client?.kill();
  client = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const byRule = (diagnostics: Diagnostic[], id: string) => diagnostics.filter((d) => d.code === id);

async function openPosting(text = POSTING, name = 'posting.md', languageId = 'markdown') {
  const path = join(dir, name);
  writeFileSync(path, text);
  const uri = uriOf(path);
  await client!.open(uri, text, languageId);
  const diagnostics = await client!.diagnostics(uri, { version: 1 });
  return { uri, path, diagnostics };
}

describe('peerlint lsp: diagnostics', () => {
  it('publishes findings on open at UTF-16 ranges (emoji, CRLF) with code, docs link and category', async () => {
    client = await LspClient.start({ cwd: dir });
    const { diagnostics } = await openPosting();
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    expect(term, JSON.stringify(diagnostics)).toBeDefined();
    expect(term!.range).toEqual(rangeOfText(POSTING, 'addicts'));
    expect(term!.range.start).toEqual({ line: 4, character: EMOJI_LINE.indexOf('addicts') }); // 2 emoji = 4 UTF-16 units
    expect(term!.severity).toBe(1); // error
    expect(term!.source).toBe('peerlint');
    expect(term!.codeDescription?.href).toMatch(/^file:\/\/.*\/rules\/no-stigmatizing-language\/README\.md$/);
    expect(term!.data).toEqual({ category: 'stigmatizing-language' });
    // Nothing else: the rest of the posting is complete.
    expect(diagnostics.map((d) => d.code)).toEqual(['no-stigmatizing-language']);
  });

  it('lints plain text (and any language id the client maps) as the CLI would', async () => {
    client = await LspClient.start({ cwd: dir });
    const text = 'PEER SUPPORT SPECIALIST\n\nPay: competitive.\nReports to the peer lead.\n';
    const { diagnostics } = await openPosting(text, 'posting.txt', 'text'); // Neovim's language id for .txt
    const pay = byRule(diagnostics, 'require-pay');
    expect(pay).toHaveLength(1);
    expect(pay[0]!.severity).toBe(1);
  });

  it('updates diagnostics on an edit (incremental change)', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri, diagnostics } = await openPosting();
    expect(byRule(diagnostics, 'no-clinical-duties')).toEqual([]);
    const line = positionOf(POSTING, POSTING.indexOf(EMOJI_LINE) + EMOJI_LINE.length);
    await client.change(uri, 2, [{ range: { start: line, end: line }, text: '\r\n- Provide individual counseling.' }]);
    const updated = await client.diagnostics(uri, { version: 2 });
    const [duty] = byRule(updated, 'no-clinical-duties');
    expect(duty?.range).toEqual({ start: { line: 5, character: 2 }, end: { line: 5, character: 31 } });
    expect(byRule(updated, 'no-stigmatizing-language')).toHaveLength(1);
  });
});

describe('peerlint lsp: debouncing', () => {
  it('a burst of changes is linted as a whole, not change by change, and the last version wins', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri } = await openPosting();
    const mark = client.published.length;
    const end = positionOf(POSTING, POSTING.length);
    for (let version = 2; version <= 21; version++) await client.change(uri, version, [{ range: { start: end, end }, text: 'x' }]);
    const last = await client.diagnostics(uri, { version: 21 });
    expect(byRule(last, 'no-stigmatizing-language')).toHaveLength(1);
    const lints = client.published.slice(mark).filter((p) => p.uri === uri);
    expect(lints.length).toBeLessThanOrEqual(5);
  });
});

describe('peerlint lsp: quick fixes and hover', () => {
  it("a finding's fix is the preferred quick fix; applying it clears the finding", async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri, diagnostics } = await openPosting();
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    const [first] = await client.codeActions(uri, term!.range, [term!]);
    expect(first).toMatchObject({ title: 'Replace with "people with a substance use disorder"', kind: 'quickfix', isPreferred: true });
    expect(first!.diagnostics?.[0]).toMatchObject({ code: 'no-stigmatizing-language', range: term!.range });
    const fixed = applyEdit(POSTING, uri, first!.edit);
    expect(fixed).toContain('🌱🤝 We welcome people with a substance use disorder in recovery');
    await client.change(uri, 2, [{ text: fixed }]);
    expect(byRule(await client.diagnostics(uri, { version: 2 }), 'no-stigmatizing-language')).toEqual([]);
  });

  it('"Replace with" a suggested phrase, then the finding is gone', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri, diagnostics } = await openPosting();
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    const actions = await client.codeActions(uri, term!.range, [term!]);
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Replace with "person in recovery"');
    expect(titles).toContain('Disable no-stigmatizing-language for this line');
    expect(titles).toContain('Explain no-stigmatizing-language');
    const replace = actions.find((a) => a.title === 'Replace with "person in recovery"')!;
    expect(replace.kind).toBe('quickfix');
    const fixed = applyEdit(POSTING, uri, replace.edit);
    expect(fixed).toContain('🌱🤝 We welcome person in recovery in recovery');
    await client.change(uri, 2, [{ text: fixed }]);
    expect(byRule(await client.diagnostics(uri, { version: 2 }), 'no-stigmatizing-language')).toEqual([]);
  });

  it('"Disable rule for this line" inserts a directive the engine honours (Markdown comment, CRLF kept)', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri, diagnostics } = await openPosting();
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    const actions = await client.codeActions(uri, term!.range);
    const disable = actions.find((a) => a.title.startsWith('Disable'))!;
    const disabled = applyEdit(POSTING, uri, disable.edit);
    expect(disabled).toContain(`\r\n<!-- peerlint-disable-next-line no-stigmatizing-language -->\r\n${EMOJI_LINE}`);
    await client.change(uri, 2, [{ text: disabled }]);
    expect(await client.diagnostics(uri, { version: 2 })).toEqual([]);
  });

  it('"Disable rule for this line" in plain text writes the directive on a line of its own', async () => {
    client = await LspClient.start({ cwd: dir });
    const text = 'PEER SUPPORT SPECIALIST\n\nPay: $20-$24 per hour. Reports to the peer lead.\nWe welcome addicts in recovery.\n' + REST;
    const { uri, diagnostics } = await openPosting(text, 'posting.txt', 'plaintext');
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    const disable = (await client.codeActions(uri, term!.range)).find((a) => a.title.startsWith('Disable'))!;
    const disabled = applyEdit(text, uri, disable.edit);
    expect(disabled).toContain('\npeerlint-disable-next-line no-stigmatizing-language\nWe welcome addicts');
    await client.change(uri, 2, [{ text: disabled }]);
    expect(byRule(await client.diagnostics(uri, { version: 2 }), 'no-stigmatizing-language')).toEqual([]);
  });

  it('hover on a finding shows what is wrong, why, and the alternatives', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri, diagnostics } = await openPosting();
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    const hover = await client.hover(uri, { line: term!.range.start.line, character: term!.range.start.character + 2 });
    const value = (hover?.contents as { kind: string; value: string }).value;
    expect(value).toContain('**no-stigmatizing-language**');
    expect(value).toContain(term!.message);
    expect(value).toContain('*Why:*');
    expect(value).toContain('- person in recovery');
    expect(hover?.range).toEqual(term!.range);
    expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull(); // no finding on the title
  });

  it('"Explain rule" asks the client to show the rule\'s docs page', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri, diagnostics } = await openPosting();
    const [term] = byRule(diagnostics, 'no-stigmatizing-language');
    const explain = (await client.codeActions(uri, term!.range)).find((a) => a.title.startsWith('Explain'))!;
    await client.executeCommand(explain.command!.command, explain.command!.arguments!);
    const [shown] = await client.until(() => (client!.shownDocuments.length ? client!.shownDocuments : undefined), 'showDocument');
    expect(shown!.uri).toMatch(/^file:\/\/.*\/rules\/no-stigmatizing-language\/README\.md$/);
  });

  it('"Explain rule" in a client that cannot show documents: a message with the summary and where the page is', async () => {
    client = await LspClient.start({ cwd: dir, showDocument: false });
    await client.executeCommand('peerlint.explainRule', ['no-clinical-duties', 'rules/no-clinical-duties/README.md']);
    const [message] = await client.until(() => (client!.messages.length ? client!.messages : undefined), 'showMessage');
    expect(message!.message).toMatch(/^no-clinical-duties: A peer posting must not assign clinical duties.*\(file:\/\/.*README\.md\)\. In a terminal: peerlint explain no-clinical-duties$/);
    expect(client.shownDocuments).toEqual([]);
  });
});

describe('peerlint lsp: configuration', () => {
  const CONFIG_OFF = 'rules:\n  no-stigmatizing-language: off\n  require-supervision: off\n';

  it('re-lints open documents when the client reports a config change', async () => {
    client = await LspClient.start({ cwd: dir });
    const { uri } = await openPosting();
    await client.until(() => (client!.registrations.length ? client!.registrations : undefined), 'file watcher registration');
    expect(JSON.stringify(client.registrations)).toContain('.peerlintrc');
    const config = join(dir, '.peerlintrc.yaml');
    writeFileSync(config, CONFIG_OFF);
    const mark = client.published.length;
    await client.changedFiles([{ uri: uriOf(config), type: FileChangeType.Created }]);
    expect(await client.diagnostics(uri, { after: mark })).toEqual([]);
    // The same file changed again: it is read afresh, not taken from a cache.
    writeFileSync(config, 'rules:\n  no-stigmatizing-language: warn\n');
    const again = client.published.length;
    await client.changedFiles([{ uri: uriOf(config), type: FileChangeType.Changed }]);
    const [term] = await client.diagnostics(uri, { after: again });
    expect(term).toMatchObject({ code: 'no-stigmatizing-language', severity: 2 });
  });

  it('initializationOptions work as the CLI options of the same names', async () => {
    writeFileSync(join(dir, '.peerlintrc.yaml'), 'rules:\n  require-supervision: error\n');
    client = await LspClient.start({ cwd: dir, initializationOptions: { config: false, rules: { 'no-stigmatizing-language': 'info' } } });
    const { diagnostics } = await openPosting(POSTING.replace('Reports to the Lead Peer Specialist.', ''));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['require-supervision', 2], // the config file is not used: the default severity, a warning
      ['no-stigmatizing-language', 3], // info
    ]);
  });

  it('files the CLI would skip (.peerlintignore, ignores) get no diagnostics', async () => {
    writeFileSync(join(dir, '.peerlintignore'), 'drafts/\n');
    mkdirSync(join(dir, 'drafts'));
    client = await LspClient.start({ cwd: dir });
    expect((await openPosting(POSTING, 'drafts/wip.md')).diagnostics).toEqual([]);
    expect(byRule((await openPosting(POSTING, 'final.md')).diagnostics, 'no-stigmatizing-language')).toHaveLength(1);
  });

  it('watches config folders itself when the client cannot', async () => {
    client = await LspClient.start({ cwd: dir, watchFiles: false });
    const { uri } = await openPosting();
    expect(client.registrations).toEqual([]);
    const mark = client.published.length;
    writeFileSync(join(dir, '.peerlintrc.yaml'), CONFIG_OFF);
    expect(await client.diagnostics(uri, { after: mark })).toEqual([]);
  });

  it('a bad config: one diagnostic on the config file at the key, one message, and the server stays up', async () => {
    const config = join(dir, '.peerlintrc.yaml');
    writeFileSync(config, 'rules:\n  require-payy: warn\n');
    client = await LspClient.start({ cwd: dir });
    const path = join(dir, 'posting.md');
    writeFileSync(path, POSTING);
    await client.open(uriOf(path), POSTING);
    const onConfig = await client.diagnostics(uriOf(config));
    expect(onConfig).toHaveLength(1);
    expect(onConfig[0]!.message).toBe('rules.require-payy: unknown rule "require-payy" (did you mean "require-pay"?)');
    expect(onConfig[0]!.range).toEqual({ start: { line: 1, character: 2 }, end: { line: 1, character: 14 } });
    const [message] = await client.until(() => (client!.messages.length ? client!.messages : undefined), 'showMessage');
    expect(message!.type).toBe(1); // error
    expect(message!.message).toContain('require-payy');
    // Fixed: the config diagnostic is cleared and the posting is linted.
    writeFileSync(config, 'rules:\n  require-pay: warn\n');
    await client.changedFiles([{ uri: uriOf(config), type: FileChangeType.Changed }]);
    expect(await client.diagnostics(uriOf(config), { test: (d) => d.length === 0 })).toEqual([]);
    const linted = await client.diagnostics(uriOf(path), { test: (d) => d.length > 0 });
    expect(byRule(linted, 'no-stigmatizing-language')).toHaveLength(1);
    expect(client.messages).toHaveLength(1); // one message, not one per lint
  });
});

describe('peerlint lsp: documents it cannot lint', () => {
  it('one diagnostic saying why (too large, nested too deep, empty); the server keeps serving', async () => {
    client = await LspClient.start({ cwd: dir, initializationOptions: { maxFileSize: 2048 } });
    const big = await openPosting(POSTING + 'More words. '.repeat(200), 'big.md');
    expect(big.diagnostics).toHaveLength(1);
    expect(big.diagnostics[0]!.message).toMatch(/^peerlint cannot lint this document: file is .*over the 2 KB size limit/);
    const deep = await openPosting(`# Peer Support Specialist\n\n${'> '.repeat(60)}Provide counseling.\n`, 'deep.md');
    expect(deep.diagnostics).toHaveLength(1);
    expect(deep.diagnostics[0]!.message).toMatch(/^peerlint cannot lint this document: .*(?:deep|nest)/i);
    const empty = await openPosting('  \n', 'empty.md');
    expect(empty.diagnostics[0]!.message).toContain('only white space');
    const ok = await openPosting(POSTING, 'ok.md');
    expect(byRule(ok.diagnostics, 'no-stigmatizing-language')).toHaveLength(1);
  });
});

describe('peerlint lsp: lifetime', () => {
  it('exits 0 after shutdown and exit', async () => {
    client = await LspClient.start({ cwd: dir });
    await openPosting();
    expect((await client.shutdown()).code).toBe(0);
  });

  it('exits when its input closes (the client was killed)', async () => {
    client = await LspClient.start({ cwd: dir });
    await openPosting();
    client.child.stdin!.end();
    const { code } = await client.exited;
    expect(code).not.toBeNull(); // it exited by itself (1: no shutdown was asked for)
  });

  it('exits when the client process (initialize processId) dies, even with its input open', async () => {
    const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    client = await LspClient.start({ cwd: dir, processId: parent.pid! });
    await openPosting();
    parent.kill('SIGKILL');
    const { code } = await client.exited; // the server checks every 3 s
    expect(code).toBe(1);
  }, 20_000);
});
