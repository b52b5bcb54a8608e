// Every rule of every city package, from the one list of cities (test/kit/cities.ts: the packages/rules-*).
import type { RuleDescriptor } from '@kaigo/core';
import { CITY_PACKAGES } from '../kit/cities';

/** Each city package's directory name and its rules (`city.rules`); a package without `city` has none. */
export const RULES_BY_CITY: readonly {
  readonly city: string;
  readonly rules: readonly RuleDescriptor[];
}[] = CITY_PACKAGES.map((p) => ({ city: p.dir, rules: p.city?.rules ?? [] }));
