import { relative } from 'node:path';
import { buildSync } from 'esbuild';
import type { Options } from 'tsup';

const NOT_SHIPPED = /\.(test|typetest|bench)\.ts$/;

/**
 * The source modules that the public entries reach at run time, as `{ 'dir/name': 'src/dir/name.ts' }`.
 * Only these are shipped: a module under `src/` that no public entry imports (a test helper, a fixture, a build-time
 * generator, a file of types only) is not a per-module output file, so it cannot reach the tarball by being in
 * `src/`. Test-only modules live in the package's `test/` directory; test/packaging/tarballs.test.ts checks the
 * packed files.
 */
function reachableModules(publicEntries: Record<string, string>): Record<string, string> {
  const { metafile } = buildSync({
    entryPoints: Object.values(publicEntries),
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    format: 'esm',
    platform: 'neutral',
    outdir: 'dist',
    logLevel: 'silent',
    tsconfigRaw: '{}',
  });
  const out: Record<string, string> = {};
  for (const input of Object.keys(metafile.inputs)) {
    const path = relative('.', input);
    if (path.startsWith('src/') && path.endsWith('.ts') && !NOT_SHIPPED.test(path)) {
      out[relative('src', path).replace(/\.ts$/, '')] = path;
    }
  }
  return out;
}

/**
 * Shared build for every package.
 * - ESM: every source module that the public entries reach is its own output file (code splitting), so that a consumer's bundler drops the modules
 *   it does not use (`sideEffects: false`). A single bundled file would keep every top-level form and code-table
 *   definition, because their construction calls cannot be proven pure — one city's rule would carry every city.
 *   The public entries keep their names (`dist/index.js`, `dist/json-schema.js`).
 * - CJS: one bundled file per public entry (CommonJS consumers do not tree-shake).
 * - Types: `.d.ts` and `.d.cts` for the public entries only.
 */
export function packageBuild(publicEntries: Record<string, string>): Options[] {
  const common: Options = {
    target: 'es2022',
    sourcemap: false,
    clean: false,
    treeshake: false,
    // Errors only (tsup's `silent`): `npm run demo` and `npm test` show the SDK's answers, not the list of output files.
    silent: true,
  };
  return [
    {
      ...common,
      entry: { ...reachableModules(publicEntries), ...publicEntries },
      format: ['esm'],
      splitting: true,
      dts: { entry: publicEntries },
    },
    { ...common, entry: publicEntries, format: ['cjs'], dts: { entry: publicEntries } },
  ];
}
