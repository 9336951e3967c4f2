import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { importFile } from '../host.ts';
import { lazy } from '../lazy.ts';
import { displayPath } from '../files.ts';
import { ConfigError } from './errors.ts';

/** Only for a YAML config file. */
const yaml = lazy<typeof import('yaml')>('yaml');

/**
 * Config file loaders for cosmiconfig. Its own loaders lose what a user needs to fix a broken file:
 * the YAML message after its first line, and a JavaScript syntax error behind a "Cannot require() ES
 * Module" one from its require() fallback. These throw a ConfigError with the file, the line and column
 * and the parser's own message.
 */
const fail = (path: string, problem: string, line?: number, column?: number): never => {
  throw new ConfigError([{ file: displayPath(path), keyPath: '', problem, ...(line === undefined ? {} : { line, column }) }]);
};

/** Line and column (1-based) of a 0-based offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export function loadYamlConfig(path: string, content: string): unknown {
  try {
    return yaml().parse(content);
  } catch (error) {
    const { message, linePos } = error as Error & { linePos?: Array<{ line: number; col: number }> };
    // "Nested mappings are not allowed in compact mappings at line 2, column 16:\n\n<code frame>"
    const text = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return fail(path, `cannot parse YAML: ${text}`, linePos?.[0]?.line, linePos?.[0]?.col);
  }
}

export function loadJsonConfig(path: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const where = at ? positionOf(content, Number(at[1])) : undefined;
    // The look-behind starts the match only where a run of spaces starts (linear on a long run).
    const text = message.replace(/(?<!\s)\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/^JSON\.parse: /, '');
    return fail(path, `cannot parse JSON: ${text}`, where?.line, where?.column);
  }
}

/** `.js`, `.mjs`, `.cjs`: the module's default export (module.exports for CommonJS). */
export async function loadJsConfig(path: string): Promise<unknown> {
  try {
    return (await importFile(path))['default'];
  } catch (error) {
    const e = error as Error;
    if (e instanceof SyntaxError) {
      const where = syntaxErrorPosition(path);
      return fail(path, `JavaScript syntax error: ${e.message}`, where?.line, where?.column);
    }
    return fail(path, `cannot load: ${e.message.split('\n')[0]}`);
  }
}

/**
 * Where a JavaScript file's syntax error is. Node's import() does not say (its stack has no position),
 * but `node --check` on the source prints "[stdin]:3", the line and a caret under the column. Only
 * run when a config file has a syntax error.
 */
function syntaxErrorPosition(path: string): { line: number; column?: number } | undefined {
  const inputType = extname(path) === '.cjs' ? 'commonjs' : 'module';
  // node:child_process is loaded here, not at start-up: only a config file with a syntax error needs it.
  const { spawnSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
  const check = spawnSync(process.execPath, ['--check', `--input-type=${inputType}`], { input: readFileSync(path), encoding: 'utf8', timeout: 10_000 });
  const m = /^\[stdin\]:(\d+)\r?\n.*\r?\n( *)\^/m.exec(check.stderr ?? '');
  return m ? { line: Number(m[1]), column: m[2]!.length + 1 } : undefined;
}

/**
 * A parse error that reached us without our loaders (cosmiconfig reads the working folder's package.json
 * for its own settings with its own): parsed again with ours, for the same file, line, column and message.
 */
export async function explainParseError(path: string): Promise<ConfigError | undefined> {
  const loader = (CONFIG_LOADERS as Record<string, (path: string, content: string) => unknown>)[extname(path) || 'noExt'];
  try {
    await loader?.(path, readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof ConfigError) return error;
  }
  return undefined;
}

export const CONFIG_LOADERS = {
  '.json': loadJsonConfig,
  '.yaml': loadYamlConfig,
  '.yml': loadYamlConfig,
  noExt: loadYamlConfig,
  '.js': loadJsConfig,
  '.mjs': loadJsConfig,
  '.cjs': loadJsConfig,
};
