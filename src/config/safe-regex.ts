import { checkRegex } from '../safe-regex.ts';

/**
 * Compiles a regex source from a user's configuration, or returns why it cannot be used: invalid
 * syntax, or a shape that can take exponential time on some input (see src/safe-regex.ts).
 */
export function compileUserRegex(source: string, flags: string): RegExp | string {
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, flags);
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  const check = checkRegex(source, flags);
  if (!check.ok) return `regular expression /${source}/: ${check.problem}`;
  return compiled;
}
