import safeRegex from 'safe-regex2';

/**
 * Compiles a regex source from a user's configuration, or returns why it cannot be used: invalid
 * syntax, or nested quantifiers such as `(a+)+` that can take exponential time on some input.
 * safe-regex2 checks star height (a quantifier inside a quantified group); it cannot read lookbehind,
 * which cannot change star height, so lookbehinds are read as plain groups for the check.
 */
export function compileUserRegex(source: string, flags: string): RegExp | string {
  let compiled: RegExp;
  try {
    compiled = new RegExp(source, flags);
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  const checkable = source.replace(/\(\?<[=!]/g, '(?:');
  if (!safeRegex(checkable)) {
    return `regular expression /${source}/ could take exponential time (a quantifier inside a repeated group, such as (a+)+ or (\\w+\\s?)*); rewrite it without the nested repetition`;
  }
  return compiled;
}
