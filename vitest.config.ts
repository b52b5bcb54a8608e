import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const packages = fileURLToPath(new URL('./packages/', import.meta.url));

// Tests run against the sources, so a change is tested without a build. Every `@kaigo/<dir>` is the workspace
// package `packages/<dir>` (no list to keep: a new city package is found by name).
export default defineConfig({
  resolve: {
    alias: [
      // The shared test kit (tests only): privacy markers; not a package, never shipped.
      {
        find: '@kaigo/testkit',
        replacement: fileURLToPath(new URL('./test/kit/index.ts', import.meta.url)),
      },
      { find: /^@kaigo\/([a-z0-9-]+)$/, replacement: `${packages}$1/src/index.ts` },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'threads',
  },
});
