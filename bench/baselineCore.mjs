// `node --import tsx --import ./bench/baselineCore.mjs …` (after tsx, so that this hook runs first): every import of
// `@kaigo/core` resolves to $KAIGO_BENCH_CORE/dist/index.js — a built core: `packages/core` (the current build) or
// `bench/.baseline/core` (an earlier one, see bench/makeBaseline.sh) — instead of the sources that tsx would map it to
// with the tsconfig paths. `npm run bench` runs each city rule on both, with the same city packages and cases.
import { register } from 'node:module';

register('./baselineCoreHooks.mjs', import.meta.url);
