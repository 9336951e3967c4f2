#!/usr/bin/env node
// The command line. CommonJS (bin/package.json), so that starting it does not start Node's ES module
// loader: a one-file lint is mostly start-up, and every millisecond of it is the user's.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');

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

/** Subcommands, and runs that lint nothing, need no linting flags. */
const SUBCOMMANDS = new Set(['serve', 'lsp', 'init', 'rules', 'explain']);
const QUESTIONS = /^(?:-v|--version|-h|--help)$/;

/**
 * Whether this run lints one small file named on the command line (the commonest run by hand, and
 * the one a person waits for). Arguments that name nothing are skipped (they may be option values);
 * a folder, a glob, standard input or JSON Lines is not one file.
 */
function lintsOneSmallFile() {
  if (SUBCOMMANDS.has(args[0]) || jsonlInput || args.includes('-')) return false;
  let files = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    if (/[*?[\]{}]/.test(arg)) return false;
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      continue;
    }
    if (!stat.isFile() || stat.size > 32 * 1024 || ++files > 1) return false;
  }
  return files === 1;
}

if (args.length === 1 && QUESTIONS.test(args[0]) && args[0].includes('v')) {
  // --version, answered without loading the command line.
  process.stdout.write(`${require('../package.json').version}\n`);
} else if (jsonlInput && !flagged) {
  const { spawn } = require('node:child_process');
  const child = spawn(process.execPath, [SEMI_SPACE_FLAG, ...process.execArgv, __filename, ...args], { stdio: 'inherit' });
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
  // V8 compiles each regular expression the first time it runs. Natively and at once, not first to
  // bytecode: peerlint's patterns are large and always used (~40 ms of a one-file run). For one small
  // file, without V8's regexp optimizations too: they cost more to compile (~30 ms) than they save on
  // a few pages of text, and triple the matching time over many files. Set before any pattern exists.
  // And without the optimizing compiler: it compiles hot code in background threads that such a short
  // run leaves before it pays back.
  const v8Flags = lintsOneSmallFile() ? '--no-regexp-tier-up --no-regexp-optimization --no-opt' : '--no-regexp-tier-up';
  require('node:v8').setFlagsFromString(v8Flags);
  const { requireWithCodeCache } = require('./compile-cache.js');
  // --version and --help are not worth caching: the cache keeps what a lint compiles.
  const lints = args.length > 0 && !args.some((arg) => QUESTIONS.test(arg));
  const { main, useHost } = requireWithCodeCache(join(__dirname, '..', 'dist', 'cli.cjs'), { save: lints, v8Flags });
  useHost({ import: (specifier) => import(specifier), requireCached: (file) => requireWithCodeCache(file, { v8Flags }) });
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
