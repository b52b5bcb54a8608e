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

const TRAPS = [
  'get',
  'set',
  'has',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'getPrototypeOf',
  'setPrototypeOf',
  'defineProperty',
  'deleteProperty',
  'isExtensible',
  'preventExtensions',
  'apply',
  'construct',
] as const;

/** A Proxy over `target` whose every trap throws (the worst a caller can hand over, short of a revoked Proxy). */
export function throwingProxy<T extends object>(target: T): T {
  const handler: ProxyHandler<T> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw new Error(`hostile ${trap} trap`);
    };
  }
  return new Proxy(target, handler);
}

/** A revoked Proxy: every operation on it, even `Array.isArray`, throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A shallow copy of `obj` in which property `key` is a getter that throws. */
function withThrowingGetter(obj: object, key: string | number): object {
  const copy: object = Array.isArray(obj) ? [...(obj as unknown[])] : { ...obj };
  Object.defineProperty(copy, key, {
    enumerable: true,
    configurable: true,
    get() {
      throw new Error('hostile getter');
    },
  });
  return copy;
}

/**
 * Every hostile variant of a JSON-like value, one position at a time: each object or array node (the root
 * included) replaced by a throwing Proxy, by a revoked Proxy, and each property turned into a throwing getter.
 * `where` names the position (a JSON path) for failure messages.
 */
export function hostileVariants(value: unknown): { where: string; value: unknown }[] {
  const out: { where: string; value: unknown }[] = [];
  const walk = (v: unknown, path: string, rebuild: (replacement: unknown) => unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    out.push({ where: `${path} (throwing Proxy)`, value: rebuild(throwingProxy(v)) });
    out.push({ where: `${path} (revoked Proxy)`, value: rebuild(revokedProxy()) });
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v);
    for (const [key] of entries)
      out.push({
        where: `${path}.${key} (throwing getter)`,
        value: rebuild(withThrowingGetter(v, key)),
      });
    for (const [key, child] of entries) {
      walk(child, `${path}.${key}`, (replacement) => {
        const copy = (Array.isArray(v) ? [...(v as unknown[])] : { ...v }) as Record<
          string | number,
          unknown
        >;
        copy[key] = replacement;
        return rebuild(copy);
      });
    }
  };
  walk(value, '$', (replacement) => replacement);
  return out;
}

/** Runs `fn`, failing with `name` and the position if it throws; returns what it returned. */
export function assertReturns<R>(name: string, fn: () => R): R {
  try {
    return fn();
  } catch (error) {
    throw new Error(`${name} threw: ${String(error)}`, { cause: error });
  }
}

/** CPU time of this process while `fn` runs, in milliseconds (time preempted by other processes does not count). */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best CPU times at sizes n and 4n: best of `runs` calls per size, the sizes interleaved. */
function bestPair(
  make: (n: number) => unknown,
  fn: (input: unknown) => unknown,
  n: number,
  runs: number,
): { small: number; large: number } {
  const smallInput = make(n);
  const largeInput = make(4 * n);
  fn(smallInput); // warm up (JIT, caches)
  fn(largeInput);
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    small = Math.min(
      small,
      cpuMs(() => fn(smallInput)),
    );
    large = Math.min(
      large,
      cpuMs(() => fn(largeInput)),
    );
  }
  return { small, large };
}

/**
 * Asserts that `fn` costs at most linear time in the size of its input: the best CPU time at size 4n is under
 * `ratio` (default 8; linear gives about 4, quadratic 16) times the best at size n, or under `floorMs` altogether
 * (inputs rejected in constant time, timer noise).
 *
 * Why it escalates: linear code can cross a garbage-collector threshold between n and 4n (the retained result
 * outgrows the young generation), which alone gives 10–18× once; measured at 4n and 16n it is back to about 4×.
 * Quadratic code stays at 16× at every scale. So a failing pair is measured again at 4n/16n, and only a second
 * failure fails the test. Each pair is the best of `runs` interleaved calls, in CPU time of this process, which
 * keeps a loaded 2-core machine from failing it.
 */
export function assertLinearTime(
  name: string,
  make: (n: number) => unknown,
  fn: (input: unknown) => unknown,
  options: { n?: number; runs?: number; ratio?: number; floorMs?: number } = {},
): { small: number; large: number } {
  const { n = 15_000, runs = 5, ratio = 8, floorMs = 15 } = options;
  const seen: string[] = [];
  for (const size of [n, 4 * n]) {
    const pair = bestPair(make, fn, size, runs);
    if (pair.large < floorMs || pair.large < ratio * pair.small) return pair;
    seen.push(
      `${pair.large.toFixed(1)} ms at ${4 * size} vs ${pair.small.toFixed(1)} ms at ${size}`,
    );
  }
  return expect.fail(`${name}: superlinear (CPU time ${seen.join('; ')})`);
}
