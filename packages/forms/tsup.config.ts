import { defineConfig } from 'tsup';

export default defineConfig({
  // The JSON Schema getter is its own entry so that the main entry never carries the generated schemas.
  entry: { index: 'src/index.ts', 'json-schema': 'src/json-schema/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  treeshake: true,
});
