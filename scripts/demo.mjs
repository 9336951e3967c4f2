// `npm run demo`: lints the shipped fixtures as a user would and checks the outcome. The fixtures that
// show problems have errors on purpose, so peerlint's exit code 1 is the expected result here.
import { spawnSync } from 'node:child_process';

const peerlint = (...args) => spawnSync(process.execPath, ['bin/peerlint.js', 'fixtures/', ...args], { stdio: args.length ? 'pipe' : 'inherit', encoding: 'utf8' });
const run = peerlint();
const report = JSON.parse(peerlint('--format', 'json').stdout);
const failing = report.files.filter((file) => file.findings.some((f) => f.severity === 'error'));
const count = `${failing.length} of the ${report.files.length} fixtures have errors on purpose`;
if (run.status === 1 && failing.length > 0) {
  console.log(`\ndemo: ${count} (role drift, stigmatizing language, missing pay), so peerlint exited 1, as it must.`);
  process.exit(0);
}
console.error(`\ndemo: ${count}; expected exit code 1 from the fixtures, got ${run.status}`);
process.exit(1);
