import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './limits';

const root = fileURLToPath(new URL('../..', import.meta.url));

// Bundles what a consumer gets: the built packages (node_modules/@kaigo/* → dist), minified, for the browser.
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    mainFields: ['module', 'main'],
    conditions: ['import'],
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('bundle size ceilings', () => {
  it('the packages are built (npm test builds before running the tests)', () => {
    expect(existsSync(`${root}/packages/core/dist/index.js`)).toBe(true);
  });
  for (const fixture of FIXTURES) {
    it(`${fixture.name} ≤ ${fixture.maxGzipBytes} B gzip`, async () => {
      const code = await bundle(fixture.source);
      const gz = gzipSync(code).length;
      expect(code.length).toBeGreaterThan(0);
      expect(gz).toBeLessThanOrEqual(fixture.maxGzipBytes);
      for (const marker of fixture.forbidden) expect(code.includes(marker), marker).toBe(false);
    }, 60_000);
  }
});
