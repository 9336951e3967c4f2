import { existsSync, linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEARCH_PLACES } from '../config/files.ts';

export const STARTER_CONFIG = `# peerlint configuration: see peerlint's docs/configuration.md.
# yaml-language-server: $schema=./node_modules/peerlint/schema/config.schema.json

# Presets: recommended (each rule at its default severity), strict (every rule on, warnings as
# errors) or all. Config files (./team.yaml) and packages can be listed too; later entries win.
extends: recommended

# Treat postings as a peer role (peer), not (other), or detect it from the title (auto).
# role: auto

# Job titles (regular expressions, case-insensitive) that name a peer role besides the built-in ones.
# peerTitles:
#   peer: ['lived experience (?:worker|lead)']
#   notPeer: ['peer review']

# Rule settings: off, info, warn or error; or [severity, {options}].
rules:
  no-clinical-duties: error
  require-supervision: warn
  require-pay: error
  # require-pay: [error, { minimumHourlyWage: 17.5 }]
  no-stigmatizing-language: error
  # no-stigmatizing-language: [error, { allowedTerms: [], extraTerms: [{ term: "the homeless", alternatives: ["people experiencing homelessness"] }] }]

# Rules written as data (Vale-style): substitution, existence and requirement.
# customRules:
#   - id: house-style/participant
#     type: substitution
#     message: 'We say "{{replacement}}", not "{{match}}".'
#     swap: { 'clients?': participant }
#   - id: require-deadline
#     type: requirement
#     severity: warn
#     message: The posting never gives an application deadline.
#     tokens: ['deadline', 'closing date', 'apply by']

# Settings for some files only (globs relative to this file).
# overrides:
#   - files: ['clinical/**']
#     role: other

# Rule modules written with peerlint's rule API: paths relative to this file, or package names.
# plugins: ['./rules/our-rule.js']
`;

function packageJsonHasConfig(path: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return pkg !== null && typeof pkg === 'object' && pkg['peerlint'] !== undefined;
  } catch {
    return false; // none, or not JSON: it is no config (linting will say if it is broken)
  }
}

/**
 * Writes a commented starter .peerlintrc.yaml into `dir`. Never overwrites: it refuses when the folder
 * already has a config, and the final step is a hard link, which fails if the file appeared meanwhile.
 */
export function runInit(dir: string): number {
  const target = join(dir, '.peerlintrc.yaml');
  const existing = SEARCH_PLACES.filter((place) => place !== 'package.json').find((place) => existsSync(join(dir, place)));
  if (existing) {
    process.stderr.write(`peerlint init: ${existing} already exists here; not overwriting it\n`);
    return 2;
  }
  // package.json comes first in each folder's search: with a "peerlint" key, it would win over the file.
  if (packageJsonHasConfig(join(dir, 'package.json'))) {
    process.stderr.write('peerlint init: package.json here has a "peerlint" key, which peerlint reads before .peerlintrc.yaml, so the new file would be ignored; edit that key, or move it to .peerlintrc.yaml\n');
    return 2;
  }
  const temp = join(dir, `.peerlintrc.yaml.${process.pid}.tmp`);
  try {
    writeFileSync(temp, STARTER_CONFIG, { flag: 'wx' });
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`peerlint init: cannot write .peerlintrc.yaml: ${code === 'EEXIST' ? 'it already exists' : (error as Error).message}\n`);
    return 2;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      /* never written */
    }
  }
  process.stdout.write('peerlint init: wrote .peerlintrc.yaml\n');
  return 0;
}
