// Text assets imported as strings (`import page from './page.html?raw'`): esbuild's `raw` plugin
// (scripts/build.mjs) and vitest both read `?raw` imports as the file's text.
declare module '*?raw' {
  const text: string;
  export default text;
}
