// The one list of cities for tests: every workspace package `packages/rules-*` and the `city` it exports.
/// <reference types="vite/client" />
import type { City } from '@kaigo/core';
import type { FormDefinition } from '@kaigo/forms';
import { allForms } from '@kaigo/forms';

const modules = import.meta.glob<{ city?: City<FormDefinition> }>(
  '../../packages/rules-*/src/index.ts',
  {
    eager: true,
  },
);

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
