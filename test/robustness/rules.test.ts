// Every city rule (`rules[].evaluate`) survives hostile input and hostile context: no throw, no hang, no mutation
// of either argument, no prototype pollution.
import type { RuleDescriptor } from '@kaigo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITIES } from '../kit/cities';
import { assertSurvives, deepFreeze, hostile } from './harness';

/** Every city's rules, keyed by city (from the one list of cities). */
export const CITY_RULES: Readonly<Record<string, readonly RuleDescriptor[]>> = Object.fromEntries(
  CITIES.map((c) => [c.id, c.rules]),
);

const RUNS = 40;

describe('city rules survive hostile input and hostile context', () => {
  for (const [city, list] of Object.entries(CITY_RULES)) {
    it(`${city} has rules with examples`, () => {
      expect(list.length).toBeGreaterThan(0);
    });
    for (const rule of list) {
      it(rule.id, () => {
        const example = rule.examples[0];
        const context = deepFreeze(
          structuredClone(example?.context ?? { referenceDate: '2025-04-01' }),
        );
        const input = deepFreeze(structuredClone(example?.input ?? {}));
        assertSurvives(`${rule.id} (hostile input)`, (v) => rule.evaluate(v, context), RUNS);
        assertSurvives(`${rule.id} (hostile context)`, (v) => rule.evaluate(input, v), RUNS);
        // Both hostile at once; a result must always come back with a status.
        fc.assert(
          fc.property(hostile, hostile, (i, c) => {
            const r = rule.evaluate(deepFreeze(i), deepFreeze(c));
            expect(['decided', 'undetermined', 'invalid']).toContain(r.status);
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
});
