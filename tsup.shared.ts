import type { Options } from 'tsup';

/**
 * Shared build for every package.
 * - ESM: every source module is its own output file (code splitting), so that a consumer's bundler drops the modules
 *   it does not use (`sideEffects: false`). A single bundled file would keep every top-level form and code-table
 *   definition, because their construction calls cannot be proven pure — one city's rule would carry every city.
 * - CJS: one bundled file per public entry (CommonJS consumers do not tree-shake).
 * - Types: `.d.ts` and `.d.cts` for the public entries only.
 */
export function packageBuild(publicEntries: Record<string, string>): Options[] {
  const common: Options = { target: 'es2022', sourcemap: false, clean: false, treeshake: false };
  return [
    {
      ...common,
      entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.typetest.ts', '!src/**/*.bench.ts'],
      format: ['esm'],
      splitting: true,
      dts: { entry: publicEntries },
    },
    { ...common, entry: publicEntries, format: ['cjs'], dts: { entry: publicEntries } },
  ];
}
