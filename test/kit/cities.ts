// The one list of cities for tests: every workspace package `packages/rules-*` and the `city` it exports.
/// <reference types="vite/client" />
import type { City } from '@kaigo/core';
import type { FormDefinition } from '@kaigo/forms';
import { allForms } from '@kaigo/forms';

type CityModule = { city?: City<FormDefinition> };

// Outside vite (`npm run bench` runs through tsx), import.meta.glob does not exist: import the same files directly.
async function importCityPackages(): Promise<Record<string, CityModule>> {
  const { readdirSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  const dirs = readdirSync(fileURLToPath(new URL('../../packages', import.meta.url))).filter((d) =>
    d.startsWith('rules-'),
  );
  const entries = await Promise.all(
    dirs.map(async (d) => {
      const path = `../../packages/${d}/src/index.ts`;
      return [path, (await import(new URL(path, import.meta.url).href)) as CityModule] as const;
    }),
  );
  return Object.fromEntries(entries);
}

const modules: Record<string, CityModule> =
  typeof import.meta.glob === 'function'
    ? import.meta.glob<CityModule>('../../packages/rules-*/src/index.ts', { eager: true })
    : await importCityPackages();

/** Every city package's directory name (`rules-kobayashi`) and its city definition (undefined if not exported). */
export const CITY_PACKAGES: readonly {
  readonly dir: string;
  readonly city: City<FormDefinition> | undefined;
}[] = Object.entries(modules)
  .map(([path, mod]) => ({ dir: path.split('/').at(-3) ?? path, city: mod.city }))
  .sort((a, b) => a.dir.localeCompare(b.dir));

/** Every city definition. A package that does not export `city` fails the model test that lists it. */
export const CITIES: readonly City<FormDefinition>[] = CITY_PACKAGES.flatMap((p) =>
  p.city ? [p.city] : [],
);

/** Every form of the SDK: the national forms of `@kaigo/forms`, then each city's local forms (`city.forms`). */
export const ALL_FORMS: readonly FormDefinition[] = [
  ...allForms(),
  ...CITIES.flatMap((c) => c.forms),
];
