// Child process of `npm run bench` (group `cities`): one city's main rule on 20,000 generated cases, alone in its
// process so that heap figures are its own. Prints one JSON line.
//   node --expose-gc --import tsx bench/cityRules.ts <city> [cases]
// Contenders, interleaved round by round on CPU time (bench/lib.ts): the full result `rule(input, context)` and the
// compact result of a rule bound to the batch's context (`rule.bind(context, { result: 'compact' })`). Sizes of a
// kept result: `v8.serialize` bytes (what a structured clone or a worker message carries), median and max over the
// cases; and the heap retained per kept result (growth over all cases kept, after a GC). The streaming row
// (`evaluateEach`, nothing kept) reports its heap growth the same way.
import { serialize } from 'node:v8';
import { evaluateEach } from '@kaigo/core';
import type { RuleDescriptor } from '@kaigo/core';
import { generateCases } from '../test/kit/ruleCases';
import { mainRule } from './cityRule';
import { contender, interleavedRounds } from './lib';
import type { RoundStats } from './lib';

/** The line printed by the child. */
export interface CityRulesRow {
  readonly city: string;
  readonly rule: string;
  readonly title: string;
  readonly cases: number;
  readonly full: RoundStats;
  readonly compact: RoundStats;
  readonly fullBytes: { median: number; max: number };
  readonly compactBytes: { median: number; max: number };
  /** Heap retained per kept result, bytes (full, compact). */
  readonly fullHeapPerResult: number;
  readonly compactHeapPerResult: number;
  /** Heap growth while streaming every case through `evaluateEach` without keeping results, bytes per case. */
  readonly streamHeapPerCase: number;
  readonly statuses: Readonly<Record<string, number>>;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function sizes(results: readonly unknown[]): { median: number; max: number } {
  const s = results.map((r) => serialize(r).length).sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? Number.NaN, max: s[s.length - 1] ?? Number.NaN };
}

/** Heap retained by keeping `make(i)` for every case, per case (after a GC on both sides). */
function retained(count: number, make: (i: number) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  for (let i = 0; i < count; i++) kept.push(make(i));
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== count) console.log(kept.length);
  return (after - before) / count;
}

async function main(): Promise<void> {
  const city = process.argv[2] ?? '';
  const count = Number(process.argv[3] ?? 20_000);
  const mod = (await import(`@kaigo/rules-${city}`)) as { rules?: readonly RuleDescriptor[] };
  const rule = mainRule(city, mod.rules ?? []);
  if (!rule?.bind) throw new Error(`no rule declared with defineRule in @kaigo/rules-${city}`);
  // One batch shares one context (the nightly job's reference date): the first example's, for every case.
  const context = rule.examples[0]?.context;
  const inputs = generateCases(rule.examples, count).map((c) => c.input);
  const compact = rule.bind(context, { result: 'compact' });
  const [full, compactStats] = interleavedRounds(
    [
      contender('full', inputs, (i) => rule.evaluate(i, context)),
      contender('compact', inputs, compact),
    ],
    { rounds: 10, minCpuSeconds: 0.2 },
  );
  const sample = inputs.slice(0, 2000);
  const statuses: Record<string, number> = {};
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  evaluateEach(rule, inputs, context, (r, i) => {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (i % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  const row: CityRulesRow = {
    city,
    rule: rule.id,
    title: rule.title,
    cases: inputs.length,
    full: full as RoundStats,
    compact: compactStats as RoundStats,
    fullBytes: sizes(sample.map((i) => rule.evaluate(i, context))),
    compactBytes: sizes(sample.map(compact)),
    fullHeapPerResult: retained(inputs.length, (i) => rule.evaluate(inputs[i], context)),
    compactHeapPerResult: retained(inputs.length, (i) => compact(inputs[i])),
    streamHeapPerCase: Math.max(0, peak - before) / inputs.length,
    statuses,
  };
  console.log(JSON.stringify(row));
}

if (process.argv[1]?.endsWith('cityRules.ts')) await main();
