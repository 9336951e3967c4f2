import { defineConfig } from 'vitest/config';
import { yamlModule } from './scripts/yaml-data.mjs';

export default defineConfig({
  plugins: [
    {
      name: 'yaml-data',
      transform(source: string, id: string) {
        return /\.ya?ml$/.test(id) ? { code: yamlModule(source, id), map: null } : undefined;
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/count-reporter.ts'],
    testTimeout: 20_000,
    // Growth checks (test/support/growth.ts) collect garbage between timed runs.
    execArgv: ['--expose-gc'],
  },
});
