/**
 * Which characters a match of a regular expression can start with, read from its source. The stigma
 * scan finds a place where some term may start; trying there only the terms that can start with its
 * character skips most of them, and keeps V8 from compiling patterns that never run.
 *
 * The reading is conservative: it may answer more characters than can really start a match (it ignores
 * what lookarounds rule out), never fewer; anything it does not know answers "any character".
 * Hand-written rather than a regex parser package: it reads the patterns once per run in well under a
 * millisecond, and only their first characters are needed.
 */

/** The characters a match can start with (`'any'`: not known), and whether it can be empty. */
interface Start {
  chars: Set<string> | 'any';
  nullable: boolean;
}

/** Lower-case sets of `\d` and `\w`; other class escapes (`\s`, `\W`, `\p{...}`) are read as any character. */
const DIGITS = '0123456789';
const WORD = `${DIGITS}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`;
/** A range wider than this (`[\u0000-\uffff]`) is read as any character. */
const MAX_RANGE = 1024;

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** The whole source; throws when it is not read to its end (an unbalanced `)`). */
  all(): Start {
    const start = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return start;
  }

  private alternation(): Start {
    let result = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      result = union(result, this.sequence());
    }
    return result;
  }

  private sequence(): Start {
    let chars: Set<string> | 'any' = new Set();
    let nullable = true;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified();
      chars = merge(chars, atom.chars);
      nullable = atom.nullable;
      if (!nullable) this.skipSequence();
    }
    return { chars, nullable };
  }

  /**
   * Moves past the rest of a sequence whose first characters are already known (to the next `|` or `)`
   * of this depth) without reading it: what follows a non-empty atom cannot start the match. Most of a
   * term list's source is such rest, and reading it atom by atom was most of a one-file run's cost here.
   */
  private skipSequence(): void {
    const s = this.source;
    let depth = 0;
    while (this.at < s.length) {
      const c = s[this.at];
      if (c === '\\') {
        this.at += 2;
      } else if (c === '[') {
        for (this.at++; this.at < s.length && s[this.at] !== ']'; this.at++) if (s[this.at] === '\\') this.at++;
        this.at++;
      } else if (c === '(') {
        depth++;
        this.at++;
      } else if (c === ')' || c === '|') {
        if (depth === 0) return;
        if (c === ')') depth--;
        this.at++;
      } else {
        this.at++;
      }
    }
  }

  private quantified(): Start {
    const atom = this.atom();
    const s = this.source;
    const c = s[this.at];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.at));
      if (m) {
        min = Number(m[1]);
        this.at += m[0].length;
      }
    } else {
      return atom;
    }
    if (s[this.at] === '?') this.at++; // lazy
    return min === 0 ? { chars: atom.chars, nullable: true } : atom;
  }

  private atom(): Start {
    const s = this.source;
    const c = s[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') return { chars: this.charClass(), nullable: false };
    if (c === '\\') return this.escape();
    if (c === '.') return { chars: 'any', nullable: false };
    if (c === '^' || c === '$') return { chars: new Set(), nullable: true };
    return { chars: new Set([c]), nullable: false };
  }

  private group(): Start {
    const s = this.source;
    let lookaround = false;
    if (s[this.at] === '?') {
      const kind = s.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) [this.at, lookaround] = [this.at + 2, true];
      else if (kind === '?<=' || kind === '?<!') [this.at, lookaround] = [this.at + 3, true];
      else if (kind.startsWith('?<')) this.at = s.indexOf('>', this.at) + 1; // a named group
      else throw new Error(`unknown group (${kind} at ${this.at}`);
    }
    const inner = this.alternation();
    if (s[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at++;
    // A lookaround matches no characters: what follows it starts the match.
    return lookaround ? { chars: new Set(), nullable: true } : inner;
  }

  private escape(): Start {
    const s = this.source;
    const c = s[this.at++];
    if (c === 'b' || c === 'B') return { chars: new Set(), nullable: true };
    if (c !== undefined && /[1-9k]/.test(c)) return { chars: 'any', nullable: true }; // a back-reference may be empty
    this.at--;
    const chars = this.escapedChars();
    return { chars, nullable: false };
  }

  /** An escape's characters, from just after its backslash. */
  private escapedChars(): Set<string> | 'any' {
    const s = this.source;
    const c = s[this.at++];
    if (c === 'd') return new Set(DIGITS);
    if (c === 'w') return new Set(WORD);
    if (c === undefined || /[DWsSpPc]/.test(c)) return 'any';
    const code = this.codeUnit(c);
    return code === undefined ? 'any' : new Set([code]);
  }

  /** The one character an escape such as `\u00e9`, `\x41`, `\n` or `\.` stands for (after its letter). */
  private codeUnit(c: string): string | undefined {
    const s = this.source;
    const hex = (n: number) => {
      const digits = s.slice(this.at, this.at + n);
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) return undefined;
      this.at += n;
      return String.fromCharCode(parseInt(digits, 16));
    };
    if (c === 'u') return s[this.at] === '{' ? undefined : hex(4);
    if (c === 'x') return hex(2);
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    return controls[c] ?? c;
  }

  private charClass(): Set<string> | 'any' {
    const s = this.source;
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    let chars: Set<string> | 'any' = new Set();
    while (this.at < s.length && s[this.at] !== ']') {
      const from = this.classChar();
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && s[this.at + 1] !== undefined && typeof from === 'string') {
        this.at++;
        const to = this.classChar();
        if (typeof to !== 'string' || to.charCodeAt(0) - from.charCodeAt(0) > MAX_RANGE) chars = 'any';
        else if (chars !== 'any') for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else if (from === 'any' || chars === 'any') {
        chars = 'any';
      } else if (typeof from === 'string') {
        chars.add(from);
      } else {
        for (const x of from) chars.add(x);
      }
    }
    if (s[this.at] !== ']') throw new Error('unclosed character class');
    this.at++;
    return negated ? 'any' : chars;
  }

  /** One member of a character class: a character, or a class escape's set. */
  private classChar(): string | Set<string> | 'any' {
    const s = this.source;
    const c = s[this.at++]!;
    if (c !== '\\') return c;
    const next = s[this.at];
    if (next === 'b') {
      this.at++;
      return '\b';
    }
    if (next === 'd' || next === 'w' || (next !== undefined && /[DWsSpP]/.test(next))) return this.escapedChars();
    this.at++;
    return this.codeUnit(next ?? '') ?? 'any';
  }
}

/** `a` with `b`'s characters added (in place: every set here is made for one atom and owned by its reader). */
function merge(a: Set<string> | 'any', b: Set<string> | 'any'): Set<string> | 'any' {
  if (a === 'any' || b === 'any') return 'any';
  for (const c of b) a.add(c);
  return a;
}

function union(a: Start, b: Start): Start {
  return { chars: merge(a.chars, b.chars), nullable: a.nullable || b.nullable };
}

/**
 * The characters a match of `source` can start with, or undefined when any could (or the match can be
 * empty, or the source uses syntax this reader does not know).
 */
export function firstChars(source: string): Set<string> | undefined {
  try {
    const { chars, nullable } = new Reader(source).all();
    return nullable || chars === 'any' ? undefined : chars;
  } catch {
    return undefined;
  }
}

/**
 * `items` by the character their pattern can start with: `startingWith(c)` gives, in their order, the
 * items whose pattern can match from a `c` (ASCII letters in either case, as with the `i` flag), and
 * those whose start is not known; for a character outside ASCII, every item.
 */
export function byFirstChar<T>(items: T[], sourceOf: (item: T) => string): (c: string) => T[] {
  const starts = items.map((item) => {
    const chars = firstChars(sourceOf(item));
    return chars && new Set([...chars].map((c) => (c < '\u0080' ? c.toLowerCase() : c)));
  });
  const unknown = items.filter((_, i) => !starts[i]);
  const lists = new Map<string, T[]>();
  for (const chars of starts) {
    for (const c of chars ?? []) if (c < '\u0080' && !lists.has(c)) lists.set(c, items.filter((_, i) => !starts[i] || starts[i].has(c)));
  }
  return (c) => (c < '\u0080' ? (lists.get(c.toLowerCase()) ?? unknown) : items);
}
