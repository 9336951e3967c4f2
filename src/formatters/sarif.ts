import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageDocsBaseUrl } from '../package-info.ts';
import type { RuleMeta, Severity } from '../rule.ts';
import { VERSION } from '../version.ts';
import { wellFormed } from '../escape.ts';
import { rulesRan } from './rules.ts';
import { wholeReportWriter, type FormatOptions, type ReportWriter } from './types.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A path as a SARIF artifact URI: relative paths stay relative with forward slashes, each segment percent-encoded. */
export function artifactUri(path: string): string {
  const name = wellFormed(path); // a lone surrogate (from a JSON Lines id) cannot be percent-encoded
  if (isAbsolute(name)) return pathToFileURL(name).href;
  return name.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * SARIF requires an absolute helpUri: a rule's own absolute `docs` URL (plugins, custom rules' `link`), or
 * its page under the base URL that package.json's repository or homepage gives. Otherwise none.
 */
function helpUriOf(meta: RuleMeta, base: string | undefined): string | undefined {
  if (/^https?:\/\//.test(meta.docs)) return meta.docs;
  return base && meta.docs ? new URL(meta.docs, base).href : undefined;
}

function reportingDescriptor(meta: RuleMeta, base: string | undefined) {
  const helpUri = helpUriOf(meta, base);
  return {
    id: meta.id,
    name: meta.id.replace(/(^|[-/])(\w)/g, (_m, _dash: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} (category: ${meta.category}; ${meta.appliesTo === 'peer' ? 'peer postings only' : 'all postings'})` },
    help: helpUri
      ? { text: `${meta.description} Documentation: ${helpUri}`, markdown: `${meta.description}\n\n[Rule documentation](${helpUri})` }
      : { text: meta.docs ? `${meta.description} Documentation: ${meta.docs} (peerlint explain ${meta.id})` : meta.description },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { category: meta.category, tags: [meta.category] },
  };
}

/** SARIF 2.1.0 (one run), for GitHub code scanning and other SARIF viewers. Needs the whole report, so it writes at the end. */
export function sarifWriter(options: FormatOptions): ReportWriter {
  return wholeReportWriter((files, summary) => {
    const rules = rulesRan(options, files);
    const base = packageDocsBaseUrl();
    const index = new Map(rules.map((meta, i) => [meta.id, i]));
    const results = [];
    const notifications = [];
    for (const file of files) {
      const artifactLocation = { uri: artifactUri(file.path) };
      if (file.error) {
        notifications.push({ level: 'error', message: { text: `${file.path}: ${file.error}` }, locations: [{ physicalLocation: { artifactLocation } }] });
        continue;
      }
      for (const f of file.findings) {
        results.push({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId)!,
          level: LEVEL[f.severity],
          message: { text: f.suggestions.length ? `${f.message} Suggestion: ${f.suggestions.join(' / ')}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation,
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.offset, charLength: f.endOffset - f.offset, snippet: { text: f.text } },
              },
            },
          ],
          properties: { category: f.category, peerRole: file.peerRole, suggestions: f.suggestions },
        });
      }
    }
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'peerlint', semanticVersion: VERSION, version: VERSION, ...(base ? { informationUri: base } : {}), rules: rules.map((meta) => reportingDescriptor(meta, base)) } },
          columnKind: 'utf16CodeUnits',
          invocations: [{ executionSuccessful: summary.fileErrors === 0, toolExecutionNotifications: notifications }],
          results,
        },
      ],
    };
    return JSON.stringify(log, null, 2) + '\n';
  });
}
