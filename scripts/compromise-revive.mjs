// Bundled into dist/compromise.cjs (scripts/build-compromise.mjs): puts back into data parsed from JSON
// what JSON cannot hold, by path: regular expressions, sets and properties present but undefined.

/** `specials`: [kind, path, ...value] entries, as serializeData (scripts/build-compromise.mjs) wrote them. */
export function revive(data, specials) {
  for (const [kind, path, ...value] of specials) {
    let at = data;
    for (const key of path.slice(0, -1)) at = at[key];
    at[path[path.length - 1]] = kind === 'regexp' ? new RegExp(value[0], value[1]) : kind === 'set' ? new Set(value[0]) : undefined;
  }
  return data;
}
