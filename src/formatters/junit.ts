import type { Finding } from '../finding.ts';
import { rulesRanOn } from './rules.ts';
import { wholeReportWriter, type FormatOptions, type ReportWriter } from './types.ts';

/** Characters XML 1.0 cannot hold at all (controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute or element; newlines and tabs in attributes are kept as character references. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

const describe = (f: Finding) => `${f.line}:${f.column} ${f.severity} ${f.message}${f.suggestions.length ? ` → ${f.suggestions.join(' / ')}` : ''}`;

/**
 * JUnit XML for CI dashboards: a testsuite per file and a testcase per rule that ran on it (built-in,
 * plugin and custom rules alike, failing or not, so test names are stable across runs). A rule with error or warning findings fails, with one line per finding; infos only go
 * to system-out; a peer-only rule on a posting that is not for a peer is skipped; a file that could not
 * be linted has one testcase with an error element.
 */
export function junitWriter(options: FormatOptions): ReportWriter {
  return wholeReportWriter((files) => {
    const suites: string[] = [];
    let [tests, failures, errors, skipped] = [0, 0, 0, 0];
    for (const file of files) {
      const name = escapeXml(file.path);
      if (file.error) {
        tests++;
        errors++;
        suites.push(
          `  <testsuite name="${name}" tests="1" failures="0" errors="1" skipped="0">\n` +
            `    <testcase name="lint" classname="${name}">\n      <error message="${escapeXml(file.error)}" type="file-error"/>\n    </testcase>\n  </testsuite>`,
        );
        continue;
      }
      // The rules that ran on this file (rules that are off are not test cases), then any other reporter.
      const rules = rulesRanOn(options, file.path);
      const ids = [...new Set([...rules.map((r) => r.id), ...file.findings.map((f) => f.ruleId)])];
      const cases: string[] = [];
      let [suiteFailures, suiteSkipped] = [0, 0];
      for (const id of ids) {
        const meta = rules.find((r) => r.id === id);
        const found = file.findings.filter((f) => f.ruleId === id);
        const failing = found.filter((f) => f.severity !== 'info');
        const infos = found.filter((f) => f.severity === 'info');
        const open = `    <testcase name="${escapeXml(id)}" classname="${name}">`;
        if (meta?.appliesTo === 'peer' && !file.peerRole && found.length === 0) {
          suiteSkipped++;
          cases.push(`${open}\n      <skipped message="applies to peer postings only"/>\n    </testcase>`);
        } else if (failing.length > 0) {
          suiteFailures++;
          const type = failing.some((f) => f.severity === 'error') ? 'error' : 'warning';
          const summary = `${failing.length} problem${failing.length === 1 ? '' : 's'}: ${failing[0]!.message}`;
          const body = failing.map(describe).concat(infos.map(describe)).map(escapeXml).join('\n');
          cases.push(`${open}\n      <failure message="${escapeXml(summary)}" type="${type}">${body}</failure>\n    </testcase>`);
        } else if (infos.length > 0) {
          cases.push(`${open}\n      <system-out>${infos.map(describe).map(escapeXml).join('\n')}</system-out>\n    </testcase>`);
        } else {
          cases.push(`${open}</testcase>`);
        }
      }
      tests += ids.length;
      failures += suiteFailures;
      skipped += suiteSkipped;
      suites.push(`  <testsuite name="${name}" tests="${ids.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join('\n')}\n  </testsuite>`);
    }
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<testsuites name="peerlint" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n` +
      suites.map((s) => s + '\n').join('') +
      `</testsuites>\n`
    );
  });
}
