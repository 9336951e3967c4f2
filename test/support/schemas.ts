import { readFileSync } from 'node:fs';
import ajvModule from 'ajv';
import ajvDraft04Module from 'ajv-draft-04';
import ajvFormatsModule from 'ajv-formats';

// CommonJS packages: under NodeNext the default import is module.exports, whose `default` is the export.
const Ajv = ajvModule.default;
const AjvDraft04 = ajvDraft04Module.default;
const addFormats = ajvFormatsModule.default;

const root = new URL('../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** Validators for the schemas that ship with peerlint, and for SARIF 2.1.0 (the official schema, vendored). */
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(json('schema/output.schema.json'));
ajv.addSchema(json('schema/output-line.schema.json'));

// The SARIF schema is draft-04; strict mode would refuse some of its keywords, and its `language` pattern
// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is only a valid regular expression without the `u` flag.
const ajv04 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv04);

export const validateReport = ajv.getSchema('https://unpkg.com/peerlint/schema/output.schema.json')!;
export const validateReportLine = ajv.getSchema('https://unpkg.com/peerlint/schema/output-line.schema.json')!;
export const validateSarif = ajv04.compile(json('test/schemas/sarif-2.1.0.json'));

export function errorsOf(validate: { errors?: unknown }): string {
  return JSON.stringify(validate.errors, null, 2);
}
