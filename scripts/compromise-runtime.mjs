// Bundled into dist/compromise.cjs (scripts/build-compromise.mjs): turns the data written at build time
// back into compromise's model.

/**
 * Puts back into data parsed from JSON what JSON cannot hold, by path: regular expressions, sets and
 * properties present but undefined. `specials`: [kind, path, ...value] entries, as serializeData wrote them.
 */
export function revive(data, specials) {
  for (const [kind, path, ...value] of specials) {
    let at = data;
    for (const key of path.slice(0, -1)) at = at[key];
    at[path[path.length - 1]] = kind === 'regexp' ? new RegExp(value[0], value[1]) : kind === 'set' ? new Set(value[0]) : undefined;
  }
  return data;
}

export const WORD_SEPARATOR = '\n';
/** Tag indices are written as characters from this one on, printable so that JSON writes each as one byte. */
export const FIRST_CODE = 48;

/**
 * compromise's lexicon (word -> tag, ~25,000 words) as an object that is found by binary search in
 * the sorted words instead of being built: JSON.parse spends ~40 ms building an object of that many
 * keys, about as long as tagging a posting, and a lint looks up a few hundred words. compromise reads
 * the lexicon as a plain object (`lexicon[word]`, `lexicon.hasOwnProperty(word)`), and this answers
 * both; what is written to it (compromise's addWords) is kept on top of the sorted words.
 * `data`: { words: sorted words joined by WORD_SEPARATOR, tags: distinct tags, codes: one character per
 * word, the index of its tag }.
 */
export function sortedLexicon({ words, tags, codes }) {
  const sorted = words.split(WORD_SEPARATOR);
  const added = new Map();
  const find = (word) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = sorted[mid];
      if (at === word) return mid;
      if (at < word) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const lookup = (key) => {
    if (typeof key !== 'string') return undefined;
    if (added.has(key)) return added.get(key);
    const i = find(key);
    return i < 0 ? undefined : { value: tags[codes.charCodeAt(i) - FIRST_CODE] };
  };
  return new Proxy(
    {},
    {
      get: (target, key) => {
        const own = lookup(key);
        return own ? own.value : Reflect.get(target, key);
      },
      has: (target, key) => lookup(key) !== undefined || Reflect.has(target, key),
      getOwnPropertyDescriptor: (_target, key) => {
        const own = lookup(key);
        return own ? { value: own.value, writable: true, enumerable: true, configurable: true } : undefined;
      },
      set: (_target, key, value) => {
        added.set(key, { value });
        return true;
      },
      deleteProperty: (_target, key) => {
        if (lookup(key) !== undefined) added.set(key, undefined);
        return true;
      },
      ownKeys: () => [...sorted.filter((word) => !added.has(word)), ...[...added].filter(([, own]) => own).map(([word]) => word)],
      defineProperty: (_target, key, descriptor) => {
        added.set(key, { value: descriptor.value });
        return true;
      },
    },
  );
}
