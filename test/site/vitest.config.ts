import { defineConfig } from 'vitest/config';

// The site's tests (link check, search, real browser) run on the built site: `npm run docs && npm run test:site`
// (.ci/run does both). They are kept out of the unit run, which must not need a built site.
export default defineConfig({
  test: {
    include: ['test/site/**/*.site.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
