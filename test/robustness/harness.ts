// Shared arbitrary-input harness: every public entry point that accepts `unknown` must never throw for data,
// never mutate its input and never pollute prototypes.
import fc from 'fast-check';
import { expect } from 'vitest';

/** Hostile values: anything fast-check makes, with prototype-polluting keys, sparse arrays, NaN, null prototypes. */
export const hostile: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf'),
  ),
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

function nest(depth: number): unknown {
  let v: unknown = { end: true };
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? { a: v } : [v];
  return v;
}

/** Fixed hard cases: deep nesting, huge strings, NaN and infinities, `__proto__` own keys. */
export const HARD_CASES: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  '',
  'x'.repeat(1_000_000),
  '９'.repeat(100_000),
  nest(5_000),
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  Object.create(null),
  // eslint-disable-next-line no-sparse-arrays -- a sparse array is the point of this case
  [, , 1],
  { referenceDate: Number.NaN },
  Symbol('s'),
  () => 1,
];

/** Freezes a value deeply so any attempt to mutate it throws (ES modules are strict). */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    const obj = value as object;
    if (seen.has(obj) || ArrayBuffer.isView(obj)) return value; // typed arrays cannot be frozen
    seen.add(obj);
    for (const key of Reflect.ownKeys(obj)) {
      const desc = Reflect.getOwnPropertyDescriptor(obj, key);
      if (desc && 'value' in desc) deepFreeze(desc.value, seen);
    }
    if (!(obj instanceof Map) && !(obj instanceof Set)) Object.freeze(obj);
  }
  return value;
}

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Asserts that `fn` survives hostile input: no throw, no input mutation, no prototype pollution. */
export function assertSurvives(name: string, fn: (input: unknown) => unknown, runs = 200): void {
  const check = (input: unknown): void => {
    const frozen = deepFreeze(input);
    try {
      fn(frozen);
    } catch (error) {
      throw new Error(`${name} threw: ${String(error)}`, { cause: error });
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(PROTO_KEYS);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  };
  for (const input of HARD_CASES) check(input);
  fc.assert(
    fc.property(hostile, (input) => check(input)),
    { numRuns: runs },
  );
}

/** Replaces every string leaf of a JSON-like value with a unique marker and returns the markers. */
export function markStrings(value: unknown): { marked: unknown; markers: string[] } {
  const markers: string[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = `ZQX${markers.length}QXZ`;
      markers.push(m);
      return m;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return { marked: walk(value), markers };
}

/** Asserts that no marker appears anywhere in `output` (messages, findings, errors). */
export function assertNoMarkers(output: unknown, markers: readonly string[]): void {
  const text = JSON.stringify(output) ?? '';
  for (const m of markers) expect(text.includes(m), `output echoes input value ${m}`).toBe(false);
}
