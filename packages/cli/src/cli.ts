#!/usr/bin/env node
// The `kaigo` executable: runs the CLI on the process streams and sets the exit code.
import type * as Main from './main';

/** Last resort: one Japanese line and exit 3, never a stack trace (stderr may be gone too). */
function internalError(): void {
  try {
    process.stderr.write('kaigo: 内部エラーが発生しました。\n');
  } catch {
    // nothing more can be told
  }
  process.exit(3);
}
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

let entry: typeof Main | undefined;
try {
  entry = await import('./main');
} catch {
  try {
    process.stderr.write(
      'kaigo: SDK のパッケージを読み込めません。npm ci とビルド（npm run build）を確認してください。\n',
    );
  } catch {
    // stderr is gone: the exit code still says it
  }
  process.exitCode = 3;
}
if (entry) {
  try {
    process.exitCode = await entry.main(process.argv.slice(2));
  } catch {
    internalError();
  }
}
