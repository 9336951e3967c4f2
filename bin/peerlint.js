#!/usr/bin/env node
import { main } from '../dist/cli.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`peerlint: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
