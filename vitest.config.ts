import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string): string =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the sources, so a change is tested without a build.
export default defineConfig({
  resolve: {
    alias: {
      '@kaigo/core': src('core'),
      '@kaigo/forms': src('forms'),
      '@kaigo/rules-asago': src('rules-asago'),
      '@kaigo/rules-akashi': src('rules-akashi'),
      '@kaigo/rules-isehara': src('rules-isehara'),
      '@kaigo/rules-kobayashi': src('rules-kobayashi'),
      '@kaigo/rules-kumamoto': src('rules-kumamoto'),
      '@kaigo/careplan-csv': src('careplan-csv'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'threads',
  },
});
