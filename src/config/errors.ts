/** One problem in a configuration: which file, where in it (a key path) and what is wrong. */
export interface ConfigIssue {
  file: string;
  /** `rules.require-pay[1].minimumHourlyWage`; '' for the file as a whole. */
  keyPath: string;
  problem: string;
  /** Where in the file (1-based), for a file that cannot be parsed. */
  line?: number;
  column?: number;
}

/** A configuration that cannot be used. Nothing is linted with it (exit code 2). */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly issues: ConfigIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }

  static of(file: string, keyPath: string, problem: string): ConfigError {
    return new ConfigError([{ file, keyPath, problem }]);
  }
}

export function formatIssue({ file, keyPath, problem, line, column }: ConfigIssue): string {
  const where = line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;
  return `${where}: ${keyPath ? `${keyPath}: ` : ''}${problem}`;
}

/** `['rules', 'require-pay', 1, 'minimumHourlyWage']` -> `rules.require-pay[1].minimumHourlyWage`. */
export function keyPathOf(parts: Array<string | number>): string {
  return parts.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** A JSON pointer (`/rules/require-pay/1`) as a key path. */
export function keyPathOfPointer(pointer: string, prefix: Array<string | number> = []): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return keyPathOf([...prefix, ...parts]);
}
