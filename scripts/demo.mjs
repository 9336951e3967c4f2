// `npm run demo`: lints the shipped fixtures as a user would and checks the outcome. Two fixtures
// are meant to fail, so peerlint's exit code 1 is the expected result here; anything else fails.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, ['bin/peerlint.js', 'fixtures/'], { stdio: 'inherit' });
if (run.status === 1) {
  console.log('\ndemo: peerlint exited 1 as expected (the drifted and stigmatizing fixtures have errors).');
  process.exit(0);
}
console.error(`\ndemo: expected exit code 1 from the fixtures, got ${run.status}`);
process.exit(1);
