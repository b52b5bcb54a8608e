import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared';

// The JSON Schema getter is its own entry so that the main entry never carries the generated schemas.
export default defineConfig(
  packageBuild({ index: 'src/index.ts', 'json-schema': 'src/json-schema/index.ts' }),
);
