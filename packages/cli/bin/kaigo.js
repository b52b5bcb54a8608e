#!/usr/bin/env node
// The `kaigo` executable: runs the built CLI (dist/cli.js). This file exists before any build, so that `npm ci` in a
// fresh clone links node_modules/.bin/kaigo (npm does not link a bin whose file is missing) and
// `npx --no-install kaigo` never falls through to the registry.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'kaigo: @kaigo/cli がビルドされていません。リポジトリで `npm run build` を実行してください。',
  );
  process.exit(3);
}
await import(cli.href);
