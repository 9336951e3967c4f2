// Bundles src/ and rules/ into dist/ with esbuild (type-checking is tsc's job: npm run typecheck).
// Writes nothing to standard output: `npm pack` runs this (as `prepare`) and pre-commit reads the
// tarball's name from what `npm pack` prints.
//   --bundle-only   skip the type declarations (the GitHub Action installs no TypeScript).
// PEERLINT_ESBUILD_PREFIX: a folder where esbuild was installed apart from this package's own
// dependencies (the Action installs the runtime dependencies and esbuild, nothing else).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { yamlModule } from './yaml-data.mjs';

const esbuildPrefix = process.env.PEERLINT_ESBUILD_PREFIX;
const { build } = esbuildPrefix ? createRequire(join(esbuildPrefix, 'noop.js'))('esbuild') : await import('esbuild');
const bundleOnly = process.argv.includes('--bundle-only');

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const yamlPlugin = {
  name: 'yaml-data',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, (args) => ({ contents: yamlModule(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};

// `import text from './file?raw'`: the file's text as a string (the serve page's HTML, CSS and script), as Vite reads it.
const rawPlugin = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -4)), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

// The build goes to a folder of its own and is then moved into dist/ file by file (each rename is
// atomic), and files of older builds are removed. So a peerlint started while another build runs (two
// `npm test` side by side) never finds dist/ empty or a file half-written; chunk names carry content
// hashes, so an unchanged source gives the same names and nothing a running process needs disappears.
const staging = `dist.build-${process.pid}`;
rmSync(staging, { recursive: true, force: true });

await build({
  // index: the library; worker: the entry point each worker thread loads (src/parallel.ts finds it
  // beside its own chunk); internal: the benchmark's switches (src/internal.ts, not the API). The command
  // line is the CommonJS bundle below.
  entryPoints: { index: 'src/index.ts', worker: 'src/worker.ts', internal: 'src/internal.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // compromise is loaded lazily with require() at run time; cosmiconfig loads config files itself;
  // piscina starts its own worker script from its own folder, so it cannot be bundled.
  // recheck finds its worker script and native binary beside its own files.
  external: ['compromise', 'compromise/*', 'cosmiconfig', 'piscina', 'recheck'],
  define: { __PEERLINT_VERSION__: JSON.stringify(pkg.version) },
  plugins: [yamlPlugin, rawPlugin],
  banner: { js: "import { createRequire as __peerlintCreateRequire } from 'node:module'; const require = __peerlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});

// Packages that only rare runs need (Word and HTML input, the language server and its YAML positions,
// config validation) are not in dist/cli.cjs but each in a CommonJS bundle of its own,
// dist/vendor/<name>.cjs, required on first use through the bin's code cache (src/host.ts). They are most of what the command line bundles
// (about 2.2 MB of 3.2), and a one-file lint reads and maps the whole of dist/cli.cjs on every start.
// The library (dist/index.js) needs none of this: its code splitting already loads them on demand.
const VENDOR = ['ajv', 'yaml', 'mammoth', 'rehype-parse', 'hast-util-to-text', 'vscode-languageserver/node', 'vscode-languageserver-textdocument'];
const vendorFile = (id) => `${id.replace(/[^A-Za-z0-9.-]+/g, '-')}.cjs`;
const vendorExports = new Map();
for (const id of VENDOR) {
  const outfile = join(staging, 'vendor', vendorFile(id));
  // An ES module entry re-exporting the package, so that a CommonJS package's default export is its
  // module.exports and an ES package's is its own default, as Node's import() gives them.
  const hasDefault = 'default' in (await import(id));
  await build({
    stdin: { contents: `export * from ${JSON.stringify(id)};${hasDefault ? ` export { default } from ${JSON.stringify(id)};` : ''}`, resolveDir: process.cwd(), sourcefile: `${vendorFile(id)}.mjs` },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    logLevel: 'warning',
    legalComments: 'none',
  });
  // The names it exports, read from the bundle itself, for the stand-in module below.
  vendorExports.set(id, Object.keys(createRequire(import.meta.url)(join(process.cwd(), outfile))).filter((name) => name !== '__esModule'));
}
// In dist/cli.cjs, each of those packages is a small ES module with the same exports, taken from the
// vendor bundle when the module is first initialised (esbuild initialises a module imported with
// import() only when that import() runs).
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    const filter = new RegExp(`^(?:${VENDOR.map((id) => id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'vendor' }));
    b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
      const names = vendorExports.get(args.path);
      const named = names.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
      return {
        contents: [
          "import { join } from 'node:path';",
          "import { requireFile } from './host.ts';",
          `const vendor = requireFile(join(__dirname, 'vendor', ${JSON.stringify(vendorFile(args.path))}));`,
          names.includes('default') ? 'export default vendor.default;' : '',
          named.length ? `export const { ${named.join(', ')} } = vendor;` : '',
        ].join('\n'),
        loader: 'js',
        resolveDir: join(process.cwd(), 'src'),
      };
    });
  },
};

// Node modules that a bundled package requires at load but peerlint never uses, required on first use
// instead: commander loads node:child_process (and with it net and dgram, ~4 ms of a one-file run) for
// executable subcommands, which peerlint does not have.
const DEFERRED_REQUIRES = [{ file: /[\\/]commander[\\/]lib[\\/]command\.js$/, statement: "const childProcess = require('node:child_process');" }];
const deferRequiresPlugin = {
  name: 'defer-requires',
  setup(b) {
    for (const { file, statement } of DEFERRED_REQUIRES) {
      b.onLoad({ filter: file }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(statement)) throw new Error(`${args.path} no longer has ${statement} (scripts/build.mjs DEFERRED_REQUIRES)`);
        const [, name, id] = /^const (\w+) = (require\('[^']+'\));$/.exec(statement);
        return { contents: source.replace(statement, `const ${name} = new Proxy({}, { get: (_, key) => ${id}[key] });`), loader: 'js' };
      });
    }
  },
};

// chalk detects colour support when it loads (its vendored supports-color), which loads node:tty and with
// it node:net (~3.6 ms of a one-file run). peerlint never uses that answer: it decides colour itself
// (useColor in src/cli.ts) and gives each Chalk its level. So chalk's detection is a module that finds none.
const noColorDetectionPlugin = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => {
      if (!/[\\/]chalk[\\/]/.test(args.importer)) return undefined;
      return { path: 'supports-color', namespace: 'no-color-detection' };
    });
    b.onLoad({ filter: /.*/, namespace: 'no-color-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

// The command line as one CommonJS file, dist/cli.cjs: bin/peerlint.js compiles it with a V8 code cache
// (Node 20 has no module.enableCompileCache), which halves what a one-file lint costs beyond Node's own
// start. import.meta.url becomes the file's URL; import() of a package becomes require() (code compiled
// from a cache cannot import() on Node 20); plugins are imported through the bin (src/host.ts).
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: staging,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  external: ['compromise', 'compromise/*', 'cosmiconfig', 'piscina', 'recheck'],
  define: { __PEERLINT_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__peerlintFileUrl' },
  plugins: [yamlPlugin, rawPlugin, vendorPlugin, deferRequiresPlugin, noColorDetectionPlugin],
  banner: { js: "const __peerlintFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'none',
});

// compromise with its data precomputed (dist/compromise.cjs and the compromise-*.json files it reads): see there.
{
  const { buildCompromise } = await import('./build-compromise.mjs');
  await buildCompromise(join(staging, 'compromise.cjs'), build);
}

// The bundles bin/compile-cache.js reads on every run, as ASCII (scripts/ascii.mjs).
{
  const { asciiSource } = await import('./ascii.mjs');
  for (const name of ['cli.cjs', 'compromise.cjs']) {
    const file = join(staging, name);
    const ascii = await asciiSource(readFileSync(file, 'utf8'));
    if (ascii !== undefined) writeFileSync(file, ascii);
  }
}

// Type declarations for the library API (package.json "exports" types). tsc keeps the source's `.ts`
// import specifiers in .d.ts files; rewrite them to `.js` so consumers resolve them like any package.
if (!bundleOnly) {
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', `${staging}/types`], { stdio: ['ignore', 2, 2] }); // tsc reports on stdout
  for (const entry of readdirSync(`${staging}/types`, { recursive: true })) {
    const path = join(`${staging}/types`, String(entry));
    if (!path.endsWith('.d.ts')) continue;
    const text = readFileSync(path, 'utf8');
    const fixed = text.replace(/(from\s+['"]\.{1,2}\/[^'"]*?)\.ts(['"])/g, '$1.js$2').replace(/(import\(['"]\.{1,2}\/[^'"]*?)\.ts(['"]\))/g, '$1.js$2');
    if (fixed !== text) writeFileSync(path, fixed);
  }
}

// Move the new build into dist/, then drop what only older builds had (keeping dist/types when this
// build made none: --bundle-only).
{
  const files = (root) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1));
  const built = new Set(files(staging));
  for (const file of built) {
    mkdirSync(dirname(join('dist', file)), { recursive: true });
    renameSync(join(staging, file), join('dist', file));
  }
  for (const file of files('dist')) if (!built.has(file) && !(bundleOnly && file.startsWith('types'))) rmSync(join('dist', file), { force: true });
  rmSync(staging, { recursive: true, force: true });
}
