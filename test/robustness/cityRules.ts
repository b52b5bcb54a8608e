// Every rule of every city package (`packages/rules-*`), found by glob so a new city is covered without editing.
// A package that fails to load is reported by its own test (`loadError`), not by failing every suite that imports this.
/// <reference types="vite/client" />
import type { RuleDescriptor } from '@kaigo/core';

interface CityModule {
  readonly rules?: readonly RuleDescriptor[];
  readonly city?: { readonly rules: readonly RuleDescriptor[] };
}

const loaders = import.meta.glob<CityModule>('../../packages/rules-*/src/index.ts');

/** Each city package's directory name, its rules (`city.rules`, or the older `rules` list), and a load error. */
export const RULES_BY_CITY: readonly {
  readonly city: string;
  readonly rules: readonly RuleDescriptor[];
  readonly loadError?: string;
}[] = (
  await Promise.all(
    Object.entries(loaders).map(async ([path, load]) => {
      const city = path.split('/').at(-3) ?? path;
      try {
        const mod = await load();
        return { city, rules: mod.city?.rules ?? mod.rules ?? [] };
      } catch (error) {
        return { city, rules: [], loadError: String(error) };
      }
    }),
  )
).sort((a, b) => a.city.localeCompare(b.city));
