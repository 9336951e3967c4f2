import type { PostingDocument, Section, Sentence, Span } from './document/types.ts';
import type { Nlp } from './nlp/nlp.ts';
import type { Fix } from './finding.ts';
import type { RoleDecision } from './role.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Categories of the built-in rules; plugins may add their own. */
export type Category =
  | 'role-drift'
  | 'supervision'
  | 'pay'
  | 'stigmatizing-language'
  | 'disclosure'
  | 'qualifications'
  | 'development'
  | 'scope'
  | 'role'
  | (string & {});

export interface RuleMeta {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, shown by `peerlint rules`. */
  description: string;
  /** Rule docs, relative to the package root. */
  docs: string;
  /** Rules about the peer role itself run only on peer postings. */
  appliesTo: 'peer' | 'all';
  /** Message templates by id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
  /** JSON Schema of the rule's options object. */
  options?: Record<string, unknown>;
  /**
   * False for opt-in rules, which run only when configured or under the `all` and `strict` presets
   * (default true: on at `defaultSeverity`).
   */
  recommended?: boolean;
  /** An opt-in rule that the default rule set turns on when this run-wide setting is given (`--location`). */
  enabledBySetting?: string;
  /** 'code' when the rule may attach a `fix` to its findings (as ESLint's meta.fixable); `--fix` applies them. */
  fixable?: 'code';
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where in the file; omitted for a finding about something missing (it points at the title). */
  span?: Span;
  /** What to write instead. */
  suggestions?: string[];
  /** Overrides the rule's severity for this finding (e.g. a softer variant of the check). */
  severity?: Severity;
  /** A replacement safe without a human (the rule must set `meta.fixable`); see src/fix/. */
  fix?: Fix;
}

export interface RuleContext {
  readonly document: PostingDocument;
  readonly peerRole: boolean;
  /** How the peer-role decision was made (title, body signals), for rules that explain it. */
  readonly role: RoleDecision;
  readonly options: Readonly<Record<string, unknown>>;
  /** Run-wide settings shared by all rules (e.g. `location` from `--location` or front matter). */
  readonly settings: Readonly<Record<string, unknown>>;
  /** The section a sentence or offset lies in, so a rule can weigh "About us" differently from "Duties". */
  sectionOf(at: Sentence | Span | number): Section;
  /** Loaded on first use, so a posting with no candidate sentence never pays for it. */
  readonly nlp: Nlp;
  report(report: Report): void;
}

export interface RuleListeners {
  /** Called for every sentence, in document order. */
  sentence?(sentence: Sentence): void;
  /** Called once after the last sentence. */
  end?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): RuleListeners;
}

/** Identity function that gives a rule module its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
