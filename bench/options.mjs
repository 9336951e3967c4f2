// Command-line options shared by the benchmark scripts.

/** `--name N`: a positive whole number, or `fallback` when the option is not given. */
export function intOption(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number.parseInt(process.argv[i + 1], 10);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer`);
  return n;
}
