// Child process of `npm run bench`: one city's main rule over 100,000 generated cases, alone in its process so the
// peak heap is its own. Prints one JSON line. Usage: node --expose-gc --import tsx bench/cityRule.ts <city>
import type { RuleDescriptor } from '@kaigo/core';
import { generateCases } from '../test/kit/ruleCases';
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
