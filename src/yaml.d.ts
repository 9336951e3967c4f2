// Rule data files (YAML) are compiled to JSON at build time (scripts/build.mjs, vitest.config.ts).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
