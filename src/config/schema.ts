import type { Rule } from '../rule.ts';

export const SCHEMA_URL = 'http://json-schema.org/draft-07/schema#';

const severity = { enum: ['off', 'info', 'warn', 'error'], description: 'off, info, warn or error' };

/** `"warn"` or `["error", {options}]`; the options schema is the rule's own when known. */
function ruleEntry(options: Record<string, unknown> = { type: 'object' }): Record<string, unknown> {
  return {
    anyOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], minItems: 1, maxItems: 2 },
    ],
  };
}

const stringOrStrings = { type: ['string', 'array'], items: { type: 'string', minLength: 1 }, minLength: 1 };

/**
 * The JSON Schema of a peerlint configuration, with the built-in rules' ids and option schemas so
 * that editors can complete them. schema/config.schema.json is generated from it (scripts/gen-docs.mjs).
 */
export function configSchema(rules: Rule[]): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    rules.map((rule) => [rule.meta.id, { description: `${rule.meta.description} (default: ${rule.meta.defaultSeverity})`, ...ruleEntry(rule.meta.options) }]),
  );
  return {
    $schema: SCHEMA_URL,
    title: 'peerlint configuration',
    description: 'Configuration for peerlint (.peerlintrc.yaml, .peerlintrc.json, peerlint.config.js or the "peerlint" key of package.json).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'Path or URL of this schema, for editors.' },
      extends: {
        description: 'Presets (recommended, strict, all), config files (./team.yaml) or packages, merged in order; this file\'s own settings come last.',
        ...stringOrStrings,
      },
      role: { $ref: '#/definitions/role' },
      peerTitles: { $ref: '#/definitions/peerTitles' },
      warningsAsErrors: { type: 'boolean', description: 'Report every warning as an error (the strict preset sets this).' },
      reportUnusedDirectives: { type: 'boolean', description: 'Report peerlint-disable comments that suppress nothing.' },
      maxFileTime: { type: 'number', exclusiveMinimum: 0, description: 'Seconds one file may take before it is stopped and reported as that file\'s error (default 10), for the whole run, from the working folder\'s config; --max-file-time wins.' },
      ignores: { type: 'array', description: 'Files not to lint, in .gitignore syntax relative to the working folder (as .peerlintignore); --no-ignore lints them.', items: { type: 'string', minLength: 1 } },
      location: { type: 'string', minLength: 1, description: 'Where the jobs are (a US state or city, e.g. "Denver, CO"), for pay-transparency; a posting\'s front matter location wins. Turns pay-transparency on unless it is configured.' },
      rules: { $ref: '#/definitions/rules' },
      customRules: { type: 'array', description: 'Rules written as data: substitution, existence, requirement.', items: { $ref: '#/definitions/customRule' } },
      plugins: { type: 'array', description: 'Rule modules: paths relative to this file, or package names.', items: { type: 'string', minLength: 1 } },
      overrides: {
        type: 'array',
        description: 'Settings for files matching glob patterns (relative to this file), applied after the settings above, in order.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: stringOrStrings,
            excludedFiles: stringOrStrings,
            role: { $ref: '#/definitions/role' },
            peerTitles: { $ref: '#/definitions/peerTitles' },
            warningsAsErrors: { type: 'boolean' },
            rules: { $ref: '#/definitions/rules' },
          },
        },
      },
    },
    definitions: {
      severity,
      role: { enum: ['auto', 'peer', 'other'], description: 'Treat postings as a peer role, not, or detect it from the title (auto).' },
      peerTitles: {
        type: 'object',
        additionalProperties: false,
        description: 'Job-title patterns (regular expressions, case-insensitive) that do or never name a peer role, besides the built-in ones.',
        properties: {
          peer: { type: 'array', items: { type: 'string', minLength: 1 } },
          notPeer: { type: 'array', items: { type: 'string', minLength: 1 } },
        },
      },
      rules: {
        type: 'object',
        description: 'Rule id -> "off" | "info" | "warn" | "error", or [severity, {options}].',
        properties: ruleProperties,
        additionalProperties: ruleEntry(),
      },
      customRule: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)?$', description: 'kebab-case, e.g. house-style/participant' },
          type: { enum: ['substitution', 'existence', 'requirement'] },
          category: { type: 'string', minLength: 1, description: 'Default: custom' },
          severity: { enum: ['info', 'warn', 'error'], description: 'Default: warn' },
          message: { type: 'string', minLength: 1, description: 'May use {{match}} (and {{replacement}} for substitution).' },
          description: { type: 'string' },
          ignoreCase: { type: 'boolean', description: 'Default: true' },
          link: { type: 'string', description: 'Where the rule is documented.' },
          swap: { type: 'object', minProperties: 1, additionalProperties: { type: 'string' }, description: 'substitution: pattern -> preferred wording' },
          tokens: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'existence: patterns that must not appear; requirement: patterns of which one must appear' },
          scope: {
            type: 'object',
            additionalProperties: false,
            properties: {
              peerOnly: { type: 'boolean', description: 'Only on peer postings.' },
              section: { type: 'string', minLength: 1, description: 'Only in sections whose heading matches this pattern.' },
            },
          },
        },
        allOf: [
          { if: { properties: { type: { const: 'substitution' } }, required: ['type'] }, then: { required: ['swap'] } },
          { if: { properties: { type: { enum: ['existence', 'requirement'] } }, required: ['type'] }, then: { required: ['tokens'] } },
        ],
      },
    },
  };
}
