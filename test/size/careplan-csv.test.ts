// @kaigo/careplan-csv runs in browsers: its built entry bundles for `platform: 'browser'` without any Node.js
// built-in (buffer, string_decoder, fs, …), and the bundle works there (no Buffer, no process).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './limits';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Bundles like size.test.ts (built packages, browser, ESM) and records every Node built-in that is imported. */
async function bundleForBrowser(source: string): Promise<{ code: string; builtins: string[] }> {
  const builtins: string[] = [];
  const recordBuiltins: Plugin = {
    name: 'record-node-builtins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/\/.*$/, '');
        if (BUILTINS.has(args.path) || BUILTINS.has(bare)) {
          builtins.push(`${args.path} (from ${args.importer.replace(root, '')})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    tsconfigRaw: '{}', // bundle dist, not the sources the root tsconfig paths point at
    charset: 'utf8',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser', 'import'],
    plugins: [recordBuiltins],
  });
  return { code: result.outputFiles[0]?.text ?? '', builtins };
}

const ENTRY = `import { readCsv, writeCsv, readForms, writeForms, encodeMs932, decodeMs932, DLTYOBO, PREVENTION_PLAN_CSV } from '@kaigo/careplan-csv';
export const run = () => [readCsv, writeCsv, readForms, writeForms, encodeMs932, decodeMs932, DLTYOBO, PREVENTION_PLAN_CSV];`;

describe('@kaigo/careplan-csv in the browser', () => {
  it('the whole entry bundles for the browser without any Node.js built-in', async () => {
    const { code, builtins } = await bundleForBrowser(ENTRY);
    expect(builtins).toEqual([]);
    expect(code.length).toBeGreaterThan(10_000);
    // No Node-only globals or modules in the output either (a polyfill package would show up here).
    for (const marker of [
      'string_decoder',
      'safer-buffer',
      'iconv-lite',
      'Buffer.from',
      'Buffer.alloc',
      'process.',
    ])
      expect(code.includes(marker), marker).toBe(false);
  }, 60_000);
  it('the ceiling of the read/write fixture is in limits.ts (and the README table)', async () => {
    const fixture = FIXTURES.find((f) => f.source.includes('@kaigo/careplan-csv'));
    expect(fixture).toBeDefined();
    const { code, builtins } = await bundleForBrowser(fixture?.source ?? '');
    expect(builtins).toEqual([]);
    expect(gzipSync(code).length).toBeLessThanOrEqual(fixture?.maxGzipBytes ?? 0);
  }, 60_000);
  it('the bundle reads and writes MS932 with Buffer hidden', async () => {
    const { code } = await bundleForBrowser(ENTRY);
    const g = globalThis as Record<string, unknown>;
    const saved = { Buffer: g.Buffer };
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    let mod: { run: () => unknown[] };
    try {
      // Evaluate the bundle as an ES module while Node's globals are away (as in a browser).
      g.Buffer = undefined;
      mod = (await import(url)) as { run: () => unknown[] };
    } finally {
      g.Buffer = saved.Buffer;
    }
    const [readCsv, writeCsv, , , encodeMs932, , DLTYOBO] = mod.run() as [
      (b: Uint8Array | ArrayBuffer, o: unknown) => { ok: boolean; rows: { record: unknown }[] },
      (l: unknown, r: unknown[]) => { ok: boolean; bytes: Uint8Array },
      unknown,
      unknown,
      (t: string) => { ok: boolean; bytes?: Uint8Array },
      unknown,
      unknown,
    ];
    g.Buffer = undefined;
    try {
      const record = {
        csvVersion: '202407',
        insurerNumber: '039999',
        insuredNumber: '0000000001',
        planDate: '2025-04-01',
      };
      const w = writeCsv(DLTYOBO, [record]);
      expect(w.ok).toBe(true);
      const r = readCsv(w.bytes.slice().buffer, { layout: DLTYOBO }); // an ArrayBuffer, as File.arrayBuffer() gives
      expect(r.ok).toBe(true);
      expect(r.rows[0]?.record).toEqual(record);
      expect([...(encodeMs932('試験①').bytes ?? [])]).toEqual([0x8e, 0x8e, 0x8c, 0xb1, 0x87, 0x40]);
    } finally {
      g.Buffer = saved.Buffer;
    }
  }, 60_000);
});
