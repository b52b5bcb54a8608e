import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Options } from 'tsup';

const NOT_SHIPPED = /\.(test|typetest|bench)\.ts$/;

/** Every shipped source module of the package, as `{ 'dir/name': 'src/dir/name.ts' }`. */
function sourceModules(dir = 'src'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(out, sourceModules(path));
    else if (entry.name.endsWith('.ts') && !NOT_SHIPPED.test(entry.name)) {
      out[relative('src', path).replace(/\.ts$/, '')] = path;
    }
  }
  return out;
}

/**
 * Shared build for every package.
 * - ESM: every source module is its own output file (code splitting), so that a consumer's bundler drops the modules
 *   it does not use (`sideEffects: false`). A single bundled file would keep every top-level form and code-table
 *   definition, because their construction calls cannot be proven pure — one city's rule would carry every city.
 *   The public entries keep their names (`dist/index.js`, `dist/json-schema.js`).
 * - CJS: one bundled file per public entry (CommonJS consumers do not tree-shake).
 * - Types: `.d.ts` and `.d.cts` for the public entries only.
 */
export function packageBuild(publicEntries: Record<string, string>): Options[] {
  const common: Options = { target: 'es2022', sourcemap: false, clean: false, treeshake: false };
  return [
    {
      ...common,
      entry: { ...sourceModules(), ...publicEntries },
      format: ['esm'],
      splitting: true,
      dts: { entry: publicEntries },
    },
    { ...common, entry: publicEntries, format: ['cjs'], dts: { entry: publicEntries } },
  ];
}
