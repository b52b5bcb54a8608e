// Packaging gates: publint and @arethetypeswrong/cli on every built workspace package (metadata and types).
// What the tarballs do at run time is tested by test/packaging/tarballs.test.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
// Workspace patterns (`packages/*`) expanded to the package directories.
const dirs = root.workspaces.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? readdirSync(pattern.slice(0, -2))
        .map((name) => join(pattern.slice(0, -2), name))
        .filter((dir) => existsSync(join(dir, 'package.json')))
        .sort()
    : [pattern],
);
let failed = false;
for (const dir of dirs) {
  for (const [bin, args] of [
    ['publint', ['run', dir, '--strict']],
    ['attw', ['--pack', dir, '--profile', 'node16', '--format', 'table-flipped']],
  ]) {
    try {
      execFileSync('npx', ['--no-install', bin, ...args], { stdio: 'pipe' });
      console.log(`ok   ${bin} ${dir}`);
    } catch (error) {
      failed = true;
      console.log(`FAIL ${bin} ${dir}`);
      console.log(String(error.stdout ?? ''), String(error.stderr ?? ''));
    }
  }
}
process.exit(failed ? 1 : 0);
