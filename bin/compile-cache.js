// Loads the command line's CommonJS bundle with its compiled code cached on disk, as Node 22's
// module.enableCompileCache() does (used instead when the running Node has it). On Node 20 V8
// compiles peerlint's ~2 MB bundle afresh on every run, about as much work as linting a posting;
// from the cache it only checks and maps it. The cache is a file per bundle, Node version and V8
// flags in NODE_COMPILE_CACHE (Node's own variable) or the system temporary folder, written
// atomically after the first run; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
'use strict';
const Module = require('node:module');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { basename, join } = require('node:path');
const vm = require('node:vm');

/** A short, stable name for a string (no crypto: loading node:crypto costs more than this saves). */
function digest(text) {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** The bundles this run loaded through the cache, and whether each one's cache is to be saved at exit (`save`). */
const loaded = [];

function saveCaches() {
  for (const { script, cacheFile, dir, stem, build, save } of loaded) {
    if (!save) continue;
    try {
      mkdirSync(dir, { recursive: true });
      // Caches of older builds of this bundle go; other bundles' stay.
      for (const old of readdirSync(dir)) if (old.startsWith(stem) && !old.startsWith(build)) rmSync(join(dir, old), { force: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // A cache that cannot be written only costs the next run time.
    }
  }
}

/**
 * Requires `file` (an absolute path to a CommonJS bundle). `save`: whether this run is worth caching
 * (a lint, not --version): the cache keeps what the run compiled. `v8Flags`: flags set with
 * v8.setFlagsFromString, which V8 checks a cache against (a cache per set of flags).
 */
function requireWithCodeCache(file, { save = true, v8Flags = '' } = {}) {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return Module.createRequire(file)(file);
  }
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return Module.createRequire(file)(file);
  const { size, mtimeMs } = statSync(file);
  const dir = process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'peerlint-compile-cache');
  const stem = `${basename(file)}-${digest(file)}-`;
  const flags = digest([...process.execArgv, process.env.NODE_OPTIONS ?? '', v8Flags].join(' '));
  const cacheFile = join(dir, `${stem}${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}-${flags}.cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    // Only used if the bundle calls import() itself, which it does not (see scripts/build.mjs).
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, join(file, '..'));
  module.loaded = true;
  if (process.env.PEERLINT_DEBUG_CACHE) process.stderr.write(`cache: ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none'}\n`);
  const fresh = !cachedData || script.cachedDataRejected;
  // A bundle compiled without its cache is one that no run since the build has loaded (compromise: the
  // first run that reads a clause). The bundles loaded before it then run code that their caches, made
  // by runs that stopped short of it, do not hold (the clause reader): theirs are saved again too.
  if (save && fresh) for (const earlier of loaded) earlier.save ||= earlier.worthSaving;
  loaded.push({ script, cacheFile, dir, stem, build: `${stem}${size}-${Math.round(mtimeMs)}-`, worthSaving: save, save: save && fresh });
  // At exit, so that a cache holds every function the run compiled, not only the top level.
  if (loaded.length === 1) process.once('exit', saveCaches);
  return module.exports;
}

module.exports = { requireWithCodeCache };
