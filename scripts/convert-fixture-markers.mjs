// One-off migration: converts old fixture markers, ` {rule-id}` at the end of a line, to the form
// peerlint cannot read as prose, ` <!-- expect: rule-id, ... -->`. `node scripts/convert-fixture-markers.mjs [folder]`
// (default fixtures/). Delete once no branch has old markers left.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2] ?? 'fixtures';
const OLD = /((?: \{[a-z][a-z0-9/-]*\})+)(\r?)$/gm;
for (const file of readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/.test(f))) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(OLD, (_m, markers, cr) => ` <!-- expect: ${[...markers.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).join(', ')} -->${cr}`);
  if (next !== text) { writeFileSync(path, next); console.log('converted', file); }
}
