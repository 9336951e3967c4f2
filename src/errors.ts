/** A file could not be linted (unreadable, undecodable, malformed front matter). Names the file. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InputError';
  }
}

/** Bad usage: an unknown option value, a pattern that matches nothing. */
export class UsageError extends Error {
  override name = 'UsageError';
}
