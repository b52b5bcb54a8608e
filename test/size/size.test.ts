import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  CITY_MARKERS,
  FIXTURES,
  OTHER_ZOD_LOCALE_MARKERS,
  SDK_GENERATOR_MARKERS,
  ZOD_CLASSIC_BUILTIN_MARKERS,
} from './limits';

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
    // Without this, esbuild applies the root tsconfig's paths and bundles the SOURCES instead of dist.
    tsconfigRaw: '{}',
    charset: 'utf8', // keep non-ASCII as is, so Japanese and locale markers can be searched
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
      // A bundle far below its measurement means the fixture stopped bundling what it names.
      expect(gz).toBeGreaterThan(fixture.measuredGzipBytes / 2);
      expect(
        gz,
        `${gz} B gzip (measured ${fixture.measuredGzipBytes} B; see limits.ts)`,
      ).toBeLessThanOrEqual(fixture.maxGzipBytes);
      for (const marker of fixture.forbidden) expect(code.includes(marker), marker).toBe(false);
    }, 60_000);
  }
});

// The forbidden markers must be real: each one is found where it belongs, or its absence would prove nothing.
describe('the forbidden markers exist where they belong', () => {
  it('city document ids are in each city package', async () => {
    for (const [city, marker] of Object.entries(CITY_MARKERS)) {
      const code = await bundle(
        `import { rules } from '@kaigo/rules-${city}'; console.log(rules);`,
      );
      expect(code.includes(marker), city).toBe(true);
    }
  }, 120_000);
  it('the SDK generator markers are in the JSON Schema entry and the generator', async () => {
    // From the sources: what `@kaigo/forms/json-schema` serves and what the build runs.
    const code = await bundle(
      `import { getFormJsonSchema } from './packages/forms/src/json-schema/index.ts';
       import { formToJsonSchema } from './packages/forms/src/json-schema/generate.ts';
       console.log(getFormJsonSchema('x'), formToJsonSchema);`,
    );
    for (const m of SDK_GENERATOR_MARKERS) expect(code.includes(m), m).toBe(true);
  }, 60_000);
  it('other zod locales appear when z.locales is used; zod classic carries en and its generator', async () => {
    const code = await bundle(
      `import * as z from 'zod'; console.log(z.locales, z.string().safeParse(1));`,
    );
    for (const m of [...OTHER_ZOD_LOCALE_MARKERS, ...ZOD_CLASSIC_BUILTIN_MARKERS])
      expect(code.includes(m), m).toBe(true);
  }, 60_000);
});
