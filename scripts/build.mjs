// Builds every workspace package (`packages/*`) in dependency order — a package's workspace dependencies first,
// so their type declarations exist — printing one line per package; a failing build prints its whole output.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const packages = readdirSync('packages')
  .filter((dir) => existsSync(join('packages', dir, 'package.json')))
  .map((dir) => {
    const pkg = JSON.parse(readFileSync(join('packages', dir, 'package.json'), 'utf8'));
    const deps = Object.keys({
      ...pkg.dependencies,
      ...pkg.peerDependencies,
      ...pkg.devDependencies,
    });
    return { dir, name: pkg.name, deps, build: Boolean(pkg.scripts?.build) };
  });
const byName = new Map(packages.map((p) => [p.name, p]));

const order = [];
const state = new Map();
function visit(p) {
  if (state.get(p.name) === 'done') return;
  if (state.get(p.name) === 'visiting') throw new Error(`workspace dependency cycle at ${p.name}`);
  state.set(p.name, 'visiting');
  for (const d of p.deps) if (byName.has(d)) visit(byName.get(d));
  state.set(p.name, 'done');
  order.push(p);
}
for (const p of [...packages].sort((a, b) => a.dir.localeCompare(b.dir))) visit(p);

const quiet = process.argv.includes('--quiet');
for (const p of order.filter((x) => x.build)) {
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: join('packages', p.dir),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    console.error(`build failed: ${p.name}`);
    process.exit(r.status ?? 1);
  }
  if (!quiet) console.log(`built ${p.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
