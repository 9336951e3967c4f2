import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { ConfigError, ConfigIssue } from '../config/errors.ts';
import { rangeOf, SOURCE } from './diagnostics.ts';

/** `rules.require-pay[1].minimumHourlyWage` -> ['rules', 'require-pay', 1, 'minimumHourlyWage']. */
function keyPathParts(keyPath: string): Array<string | number> {
  return [...keyPath.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

/**
 * Where a key path sits in a YAML or JSON config: the key of the deepest entry that exists (for a
 * list item, the item), or where the parser stopped for a file that does not parse. [0, 0] when
 * nothing better is known (a JavaScript config).
 */
export function keyPathSpan(text: string, keyPath: string): [number, number] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) {
    const [start, end] = doc.errors[0]!.pos;
    return [start, Math.max(start, end)];
  }
  let node: unknown = doc.contents;
  let span: [number, number] = [0, 0];
  for (const part of keyPathParts(keyPath)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      const key = pair.key as Node;
      if (key.range) span = [key.range[0], key.range[1]];
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
      const item = node.items[part] as Node;
      if (item.range) span = [item.range[0], item.range[1]];
      node = item;
    } else {
      break;
    }
  }
  return span;
}

/** A bad configuration as diagnostics on its files, by file URI (issues in no readable file are left out). */
export function configErrorDiagnostics(error: ConfigError): Map<string, Diagnostic[]> {
  const byUri = new Map<string, Diagnostic[]>();
  for (const issue of error.issues) {
    const file = configIssueFile(issue);
    if (!file) continue;
    const text = readFileSync(file, 'utf8');
    const document = TextDocument.create(pathToFileURL(file).href, 'yaml', 0, text);
    const [start, end] = /\.[cm]?js$/.test(file) ? [0, 0] : keyPathSpan(text, issue.keyPath);
    const range = start === end ? rangeOf(document, start, Math.max(end, text.search(/\r|\n|$/))) : rangeOf(document, start, end);
    const diagnostic: Diagnostic = {
      range,
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      message: `${issue.keyPath ? `${issue.keyPath}: ` : ''}${issue.problem}`,
    };
    byUri.set(document.uri, [...(byUri.get(document.uri) ?? []), diagnostic]);
  }
  return byUri;
}

/** The config file an issue is in (issues name files as the CLI shows them, relative to the working folder). */
function configIssueFile(issue: ConfigIssue): string | undefined {
  const file = resolve(issue.file);
  try {
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
