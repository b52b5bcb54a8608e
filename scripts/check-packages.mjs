// Packaging gates: publint and @arethetypeswrong/cli on every built workspace package.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
let failed = false;
for (const dir of root.workspaces) {
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
