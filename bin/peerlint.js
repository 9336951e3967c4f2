#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `--input jsonl` streams any number of postings through one process. Its live heap stays flat (10-20 MB),
 * but with V8's default 16 MB semi-spaces the young generation alone takes ~48 MB and promotes garbage
 * into an old space that V8 lets grow: peak RSS ~190-220 MB over 14,842 postings. A 4 MB semi-space
 * gives ~150 MB at the same speed. V8 fixes these sizes at start-up, so such a run re-executes itself
 * once with the flag (unless the flag was given already, on the command line or in NODE_OPTIONS).
 */
const SEMI_SPACE_FLAG = '--max-semi-space-size=4';
const args = process.argv.slice(2);
const jsonlInput = args.some((arg, i) => arg === '--input=jsonl' || (arg === '--input' && args[i + 1] === 'jsonl'));
const flagged = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((flag) => flag.startsWith('--max-semi-space-size'));

if (jsonlInput && !flagged) {
  const child = spawn(process.execPath, [SEMI_SPACE_FLAG, ...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal); // die as the child did
    else process.exitCode = code ?? 2;
  });
  child.on('error', (error) => {
    process.stderr.write(`peerlint: cannot start: ${error.message}\n`);
    process.exitCode = 2;
  });
} else {
  // V8 first compiles a regular expression to bytecode and recompiles it to machine code once it is
  // used; peerlint's rule patterns are large and always used, so compiling them once, natively, saves
  // ~40 ms of a one-file run and costs nothing on long ones. It must be set before any pattern exists.
  (await import('node:v8')).setFlagsFromString('--no-regexp-tier-up');
  const { requireWithCodeCache } = await import('./compile-cache.js');
  // --version and --help are not worth caching: the cache keeps what a lint compiles.
  const lints = args.length > 0 && !args.some((arg) => /^(?:-v|--version|-h|--help)$/.test(arg));
  const { main, useHost } = requireWithCodeCache(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)), lints);
  useHost({ import: (specifier) => import(specifier), requireCached: (file) => requireWithCodeCache(file) });
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`peerlint: internal error: ${error?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
