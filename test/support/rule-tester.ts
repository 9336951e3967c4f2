import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.ts';
import type { Finding } from '../../src/finding.ts';
import type { Rule } from '../../src/rule.ts';
import type { RoleSetting } from '../../src/role.ts';

export interface ValidCase {
  code: string;
  /** Default: 'peer' for peer rules, 'auto' otherwise. */
  role?: RoleSetting;
  filename?: string;
  name?: string;
  /** The rule's options (default {}). */
  options?: Record<string, unknown>;
  /** Run-wide `location` setting, as `--location` gives it. */
  location?: string;
}

export interface ExpectedFinding extends Partial<Pick<Finding, 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'text' | 'severity' | 'suggestions'>> {
  messageId?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/**
 * ESLint's RuleTester, in small: runs one rule alone over each case; `valid` cases must produce no
 * finding, `invalid` ones exactly the listed findings (each field given is compared).
 */
export function ruleTester(rule: Rule, cases: { valid: Array<ValidCase | string>; invalid: InvalidCase[] }): void {
  const run = (c: ValidCase) =>
    lintText(c.code, {
      filePath: c.filename ?? 'posting.md',
      role: c.role ?? (rule.meta.appliesTo === 'peer' ? 'peer' : 'auto'),
      rules: [{ rule, severity: rule.meta.defaultSeverity, options: c.options ?? {} }],
      location: c.location,
    }).findings;
  const label = (c: ValidCase) => c.name ?? c.code.replace(/\s+/g, ' ').slice(0, 90);

  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const c = typeof raw === 'string' ? { code: raw } : raw;
        it(label(c), () => {
          expect(run(c).map((f) => f.text)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(label(c), () => {
          const findings = run(c);
          expect(findings.map((f) => f.text), 'number of findings').toHaveLength(c.errors.length);
          c.errors.forEach((expected, i) => {
            const actual = findings[i]!;
            const { messageId, message, ...fields } = expected;
            if (messageId) expect(actual.message).toBe(fillTemplate(rule, messageId, actual));
            if (message) expect(actual.message).toEqual(message);
            expect(actual).toMatchObject(fields);
          });
        });
      }
    });
  });
}

/** The message a messageId yields, with placeholders matched loosely (their values come from the finding). */
function fillTemplate(rule: Rule, messageId: string, actual: Finding): string {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`${rule.meta.id} has no message "${messageId}"`);
  const pattern = new RegExp('^' + template.split(/\{\{\s*\w+\s*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*') + '$');
  return pattern.test(actual.message) ? actual.message : template;
}

/**
 * Case builders for a requirement rule's class tables, each case named by its class of wording:
 * `counts` (the wording meets the requirement: no finding) and `missing` (it does not: `error`).
 */
export function requirementCases(posting: (body: string) => string, error: Record<string, unknown>) {
  return {
    counts: (cls: string, body: string) => ({ name: `${cls}: ${body}`, code: posting(body) }),
    missing: (cls: string, body: string) => ({ name: `${cls}: ${body}`, code: posting(body), errors: [error] }),
  };
}
