// Cases for a rule generated from its own examples: shared by the differential tests of compact results
// (test/rules/compactResults.test.ts) and the city-rule rows of `npm run bench` (bench/cityRule.ts).
import { addDays, isIsoDate } from '@kaigo/core';
import type { IsoDate, RuleExample } from '@kaigo/core';

/** Shifts every ISO date in a JSON-like value by `days` (the cases keep their internal spacing). */
export function shiftDates(value: unknown, days: number): unknown {
  if (typeof value === 'string') return isIsoDate(value) ? addDays(value as IsoDate, days) : value;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, days));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, days)]));
  return value;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same cases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` cases built from the rule's examples: each example with every date (input and reference date) moved by
 * −15…+45 days, and one case in ten with a top-level key dropped (the invalid / undetermined paths).
 */
export function generateCases(
  examples: readonly RuleExample[],
  count: number,
  seed = 2025,
): { input: unknown; context: unknown }[] {
  const rnd = random(seed);
  const out: { input: unknown; context: unknown }[] = [];
  for (let i = 0; i < count; i++) {
    const ex = examples[i % examples.length];
    if (!ex) break;
    const days = Math.floor(rnd() * 61) - 15;
    let input = shiftDates(ex.input, days);
    if (rnd() < 0.1 && typeof input === 'object' && input !== null && !Array.isArray(input)) {
      const keys = Object.keys(input);
      const drop = keys[Math.floor(rnd() * keys.length)];
      input = Object.fromEntries(Object.entries(input).filter(([k]) => k !== drop));
    }
    out.push({ input, context: shiftDates(ex.context, days) });
  }
  return out;
}
