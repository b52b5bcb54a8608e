#!/usr/bin/env node
// The `kaigo` executable: runs the CLI on the process streams and sets the exit code.
import type * as Main from './main';

let entry: typeof Main | undefined;
try {
  entry = await import('./main');
} catch {
  process.stderr.write(
    'kaigo: SDK のパッケージを読み込めません。npm ci とビルド（npm run build）を確認してください。\n',
  );
  process.exitCode = 3;
}
if (entry) process.exitCode = await entry.main(process.argv.slice(2));
