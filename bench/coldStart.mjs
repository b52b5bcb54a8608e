// Child process of `npm run bench`: the cold start of one import, in a fresh process.
//   node bench/coldStart.mjs time <specifier>   → {"ms": …, "cpuMs": …}: wall and CPU time of `await import(spec)`
//   node bench/coldStart.mjs files <specifier>  → {"files": …, "byPackage": {…}}: module files loaded by it
// Files are counted by a module `load` hook (node:module register; every ESM file and every CommonJS file imported
// from ESM passes through it once) plus `require.cache` afterwards (CommonJS files loaded by require()), as the
// union of file paths; node: built-ins are not files and are not counted. The hook slows loading, so files and time
// are measured in separate processes. The specifier may be a package name (resolved from the repository root) or a
// path to a file.
import { createRequire, register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers/promises';

const [mode, spec] = process.argv.slice(2);
const target = spec.startsWith('.') || isAbsolute(spec) ? pathToFileURL(resolve(spec)).href : spec;

if (mode === 'files') {
  const { port1, port2 } = new MessageChannel();
  const urls = new Set();
  port1.on('message', (url) => urls.add(url));
  register('./coldStartHooks.mjs', import.meta.url, {
    data: { port: port2 },
    transferList: [port2],
  });
  await import(target);
  // Let the hook thread's last messages arrive.
  await setTimeout(50);
  port1.close();
  const require = createRequire(import.meta.url);
  const files = new Set(
    [...urls].filter((u) => u.startsWith('file:')).map((u) => new URL(u).pathname),
  );
  for (const f of Object.keys(require.cache)) files.add(f);
  files.delete(new URL(import.meta.url).pathname);
  const byPackage = {};
  for (const f of files) {
    const m =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f) ??
      /packages\/([^/]+)/.exec(f) ??
      /\.baseline\/([^/]+)/.exec(f);
    const name = m ? m[1] : 'other';
    byPackage[name] = (byPackage[name] ?? 0) + 1;
  }
  console.log(JSON.stringify({ files: files.size, byPackage }));
} else {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await import(target);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000 }));
}
