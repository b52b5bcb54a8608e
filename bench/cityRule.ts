// Child process of `npm run bench`: one city's main rule over 100,000 generated cases, alone in its process so the
// peak heap is its own. Prints one JSON line. Usage: node --expose-gc --import tsx bench/cityRule.ts <city>
import { addDays, isIsoDate } from '@kaigo/core';
import type { IsoDate, RuleDescriptor, RuleExample } from '@kaigo/core';
import { throughputWithHeap } from './lib';

/** The rule measured for each city: the one that carries the city's procedure (falls back to the first rule). */
export const MAIN_RULES: Readonly<Record<string, string>> = {
  asago: 'asago.checklistGoal',
  akashi: 'akashi.careManagementCase',
  isehara: 'isehara.preSubmission',
  kobayashi: 'kobayashi.deadlines',
  kumamoto: 'kumamoto.verificationFlow',
};

/** Result line printed by the child. */
export interface CityRuleResult {
  readonly city: string;
  readonly rule: string;
  readonly title: string;
  readonly cases: number;
  readonly recordsPerSecond: number;
  readonly peakHeapMiB: number;
  readonly statuses: Readonly<Record<string, number>>;
}

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

/** Picks the city's main rule from its `rules` array. */
export function mainRule(
  city: string,
  rules: readonly RuleDescriptor[],
): RuleDescriptor | undefined {
  const wanted = MAIN_RULES[city];
  return rules.find((r) => r.id === wanted) ?? rules.find((r) => r.examples.length > 0);
}

async function main(): Promise<void> {
  const city = process.argv[2] ?? '';
  const count = Number(process.argv[3] ?? 100_000);
  const mod = (await import(`@kaigo/rules-${city}`)) as { rules?: readonly RuleDescriptor[] };
  const rule = mainRule(city, mod.rules ?? []);
  if (!rule) throw new Error(`no rule with examples in @kaigo/rules-${city}`);
  const cases = generateCases(rule.examples, count);
  const statuses: Record<string, number> = {};
  // Warm-up on the first thousand cases, then one measured pass over all of them.
  for (const c of cases.slice(0, 1000)) rule.evaluate(c.input, c.context);
  const m = throughputWithHeap(cases, (c) => {
    const r = rule.evaluate(c.input, c.context);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    return r;
  });
  const result: CityRuleResult = {
    city,
    rule: rule.id,
    title: rule.title,
    cases: cases.length,
    recordsPerSecond: m.recordsPerSecond,
    peakHeapMiB: m.peakHeapMiB,
    statuses,
  };
  console.log(JSON.stringify(result));
}

if (process.argv[1]?.endsWith('cityRule.ts')) await main();
