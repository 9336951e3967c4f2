#!/usr/bin/env node
// The command line. CommonJS (bin/package.json), so that starting it does not start Node's ES module
// loader: a one-file lint is mostly start-up, and every millisecond of it is the user's.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');

const args = process.argv.slice(2);
const jsonlInput = args.some((arg, i) => arg === '--input=jsonl' || (arg === '--input' && args[i + 1] === 'jsonl'));

/** Subcommands, and runs that lint nothing, need no linting flags. */
const SUBCOMMANDS = new Set(['serve', 'lsp', 'init', 'rules', 'explain']);
const QUESTIONS = /^(?:-v|--version|-h|--help)$/;
/** V8 flag: the young generation does not grow (see below). */
const SMALL_YOUNG_GENERATION = '--semi-space-growth-factor=1';

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
} else {
  // V8 compiles each regular expression the first time it runs. Natively and at once, not first to
  // bytecode: peerlint's patterns are large and always used (~40 ms of a one-file run). For one small
  // file, without V8's regexp optimizations too: they cost more to compile (~30 ms) than they save on
  // a few pages of text, and triple the matching time over many files. Set before any pattern exists.
  // And without the optimizing compiler: it compiles hot code in background threads that such a short
  // run leaves before it pays back. Over many files (or JSON Lines postings), V8 lets the heap grow by a
  // fifth between full collections, not by up to 4x: linting keeps little alive from one posting to the
  // next, and this keeps peak memory flat at no measurable cost (5,000 files: 158 MB instead of 197 MB,
  // 10,000: 163 MB; the 14,842-posting corpus as JSON Lines: 154 MB, where a smaller young generation
  // used to need a second process).
  // Linting files, V8's young generation starts and stays at its smallest (1 MB) until the run turns
  // out long (host.longRun, from LONG_RUN_FILES files): memory touched for the first time is dear on
  // virtual machines (~4 ms per MB on the benchmark's), and a young generation that grows to 16 MB
  // touches 32 MB more for a saving in collections that only a long run recovers (NLP one-file run
  // 371 -> 335 ms, 1,000 files 1,195 -> 1,113 ms; 5,000 files +250 ms without the switch). JSON Lines (one long
  // stream) and the subcommands (servers) keep V8's default.
  const growthAtStart = SUBCOMMANDS.has(args[0]) || jsonlInput ? '' : ` ${SMALL_YOUNG_GENERATION}`;
  // Over many files, V8 also waits about three times longer than its default before it optimizes a
  // function (--interrupt-budget, in bytecode executed): its optimizing compiler runs beside the lint on a
  // second core and fills fresh memory, and code that is hot for only the first postings never pays it
  // back (100 files -9%, 1,000 files -8%, 5,000 files -4%, the corpus as JSON Lines -2%).
  const v8Flags = (lintsOneSmallFile() ? '--no-regexp-tier-up --no-regexp-optimization --no-opt' : '--no-regexp-tier-up --heap-growing-percent=20 --interrupt-budget=200000') + growthAtStart;
  require('node:v8').setFlagsFromString(v8Flags);
  const { requireWithCodeCache } = require('./compile-cache.js');
  // --version and --help are not worth caching: the cache keeps what a lint compiles.
  const lints = args.length > 0 && !args.some((arg) => QUESTIONS.test(arg));
  const { main, useHost } = requireWithCodeCache(join(__dirname, '..', 'dist', 'cli.cjs'), { save: lints, v8Flags });
  let grows = !growthAtStart;
  const longRun = () => {
    if (grows) return;
    grows = true;
    require('node:v8').setFlagsFromString('--semi-space-growth-factor=2'); // V8's default
    // A code cache is checked against the flags at load, and saved at exit with the flags then.
    process.prependOnceListener('exit', () => require('node:v8').setFlagsFromString(SMALL_YOUNG_GENERATION));
  };
  useHost({ import: (specifier) => import(specifier), requireCached: (file) => requireWithCodeCache(file, { v8Flags }), longRun });
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
