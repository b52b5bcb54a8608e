// Resolve hook for bench/baselineCore.mjs: `@kaigo/core` → $KAIGO_BENCH_CORE/dist/index.js.
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.env.KAIGO_BENCH_CORE;
const core = dir ? pathToFileURL(resolvePath(dir, 'dist/index.js')).href : undefined;

export async function resolve(specifier, context, next) {
  if (core && specifier === '@kaigo/core')
    return { url: core, format: 'module', shortCircuit: true };
  return next(specifier, context);
}
