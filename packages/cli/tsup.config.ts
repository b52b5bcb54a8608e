import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};
const define = { __KAIGO_CLI_VERSION__: JSON.stringify(version) };
// Errors only (tsup's `silent`), like ../../tsup.shared.ts.
const silent = true;

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
    // import.meta.url in the CJS build (used to find the published JSON Schema files)
    shims: true,
    define,
    silent,
  },
  {
    // The executable: ESM only (top-level await), keeps its shebang.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    treeshake: true,
    define,
    silent,
  },
]);
