// Compiles rule data files (*.yaml) to JSON modules, for both esbuild and vitest, so rules
// `import terms from './terms.yaml'` and the data is parsed once at build time.
import { parse } from 'yaml';

export function yamlModule(source, path) {
  try {
    return `export default ${JSON.stringify(parse(source))};`;
  } catch (error) {
    throw new Error(`${path}: invalid YAML: ${error.message}`);
  }
}
