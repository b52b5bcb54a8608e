// Generated form records for the differential tests and the benchmarks, guided by the published JSON Schema:
// valid records (fixtures, or generated from the schema) and mutations of them (drop a key, wrong type, unknown
// key, over-long string, bad date, bad code, out-of-range number, too many rows…). JSON values only: the JSON
// Schema describes JSON documents. Fictional values only.
import fc from 'fast-check';

/** A JSON Schema node (the subset the generated schemas use). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TEXT_UNITS = ['あ', '架', '空', '太', '郎', 'A', '1', ' ', '－', '𠮷', '\n'];

/** ISO dates between 1900 and 2099 (always valid). */
export const validIsoDate: fc.Arbitrary<string> = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** Date-like strings that are wrong in the ways real input is (impossible days, wrong shape, full width…). */
export const BAD_DATES: readonly string[] = [
  '2023-02-29',
  '1900-02-29',
  '2025-04-31',
  '2025-13-01',
  '2025-00-10',
  '2025-01-00',
  '2025-1-01',
  '25-01-01',
  '２０２５-０１-０１',
  '2025/01/01',
  '2025-01-01T00:00:00Z',
  ' 2025-01-01',
  '2025-01-01 ',
  'R7.1.1',
  '',
];

/** Dates that look odd but are valid (leap days, far years). */
export const EDGE_DATES: readonly string[] = [
  '2024-02-29',
  '2000-02-29',
  '0001-01-01',
  '9999-12-31',
];

const typeOf = (schema: JsonSchema): string | undefined =>
  typeof schema['type'] === 'string' ? schema['type'] : undefined;

/** The branch of an `anyOf` that fits `value` best (the first one whose type matches), or the schema itself. */
export function branchFor(schema: JsonSchema, value: unknown): JsonSchema {
  const anyOf = schema['anyOf'] as JsonSchema[] | undefined;
  if (!anyOf) return schema;
  const jsType = (t: string | undefined): string | undefined =>
    t === 'integer' ? 'number' : t === 'array' ? 'object' : t;
  const match = anyOf.find((b) => jsType(typeOf(b)) === typeof value || b['const'] === value);
  return match ?? anyOf[0] ?? schema;
}

/** An arbitrary that produces JSON-Schema-valid values for `schema` (strings short, arrays short). */
export function fromSchema(schema: JsonSchema): fc.Arbitrary<Json> {
  if ('const' in schema) return fc.constant(schema['const'] as Json);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as Json[]));
  if (Array.isArray(schema['anyOf']))
    return fc.oneof(...(schema['anyOf'] as JsonSchema[]).map(fromSchema));
  switch (typeOf(schema)) {
    case 'string': {
      if (schema['format'] === 'date') return validIsoDate;
      const max = Math.min(typeof schema['maxLength'] === 'number' ? schema['maxLength'] : 40, 40);
      const min = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
      if (typeof schema['pattern'] === 'string')
        return fc
          .stringMatching(new RegExp(schema['pattern'], 'u'))
          .filter(
            (s) =>
              [...s].length <= ((schema['maxLength'] as number | undefined) ?? Infinity) &&
              [...s].length >= min,
          );
      return fc
        .array(fc.constantFrom(...TEXT_UNITS), { minLength: min, maxLength: Math.max(min, max) })
        .map((a) => a.join(''));
    }
    case 'integer':
      return fc.integer({
        min: Math.max(Number(schema['minimum'] ?? -1000), -1e6),
        max: Math.min(Number(schema['maximum'] ?? 1000), 1e6),
      });
    case 'number':
      return fc
        .double({
          min: Math.max(Number(schema['minimum'] ?? -1000), -1e6),
          max: Math.min(Number(schema['maximum'] ?? 1000), 1e6),
          noNaN: true,
          noDefaultInfinity: true,
        })
        .map((n) => (Object.is(n, -0) ? 0 : n));
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = (schema['items'] ?? {}) as JsonSchema;
      const max = Math.min(typeof schema['maxItems'] === 'number' ? schema['maxItems'] : 3, 3);
      const min = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
      return fc.array(fromSchema(items), { minLength: min, maxLength: Math.max(min, max) });
    }
    case 'object': {
      const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      const required = (schema['required'] ?? []) as string[];
      const model: Record<string, fc.Arbitrary<Json>> = {};
      for (const [k, s] of Object.entries(props)) model[k] = fromSchema(s);
      return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Json>;
    }
    default:
      return fc.constant(null);
  }
}

/** A node of a record with the schema that describes it. */
interface Located {
  readonly path: readonly (string | number)[];
  readonly value: Json;
  readonly schema: JsonSchema;
}

/** Every node of `value` (root first) paired with its schema (`{}` where the schema says nothing). */
export function locate(value: Json, schema: JsonSchema, path: (string | number)[] = []): Located[] {
  const s = branchFor(schema, value);
  const out: Located[] = [{ path, value, schema: s }];
  if (Array.isArray(value)) {
    const items = (s['items'] ?? {}) as JsonSchema;
    // Only the first rows are mutation targets, so a record at its row limit stays cheap to walk.
    value.slice(0, 20).forEach((v, i) => out.push(...locate(v, items, [...path, i])));
  } else if (value !== null && typeof value === 'object') {
    const props = (s['properties'] ?? {}) as Record<string, JsonSchema>;
    for (const [k, v] of Object.entries(value))
      out.push(...locate(v, props[k] ?? {}, [...path, k]));
  }
  return out;
}

/** Returns a copy of `root` with the node at `path` replaced (or deleted when `next` is `DELETE`). */
export const DELETE: unique symbol = Symbol('delete');
export function replaceAt(
  root: Json,
  path: readonly (string | number)[],
  next: Json | typeof DELETE,
): Json {
  if (path.length === 0) return next === DELETE ? null : next;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    if (rest.length === 0 && next === DELETE) copy.splice(Number(head), 1);
    else copy[Number(head)] = replaceAt(copy[Number(head)] ?? null, rest, next);
    return copy;
  }
  if (root !== null && typeof root === 'object') {
    const copy: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(root)) copy[k] = v; // plain copy, own keys only
    if (rest.length === 0 && next === DELETE) delete copy[head];
    else setOwn(copy, String(head), replaceAt(copy[head] ?? null, rest, next));
    return copy;
  }
  return root;
}

/** Sets an own property even when the key is `__proto__`. */
function setOwn(obj: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The kinds of mutation applied to a record. */
export type MutationKind =
  | 'dropKey'
  | 'unknownKey'
  | 'wrongType'
  | 'fillOptional'
  | 'stringLength'
  | 'date'
  | 'code'
  | 'number'
  | 'pattern'
  | 'arrayLength';

const WRONG_TYPES: readonly Json[] = [
  null,
  0,
  1.5,
  -1,
  '',
  'x',
  '1',
  true,
  false,
  [],
  {},
  ['x'],
  { a: 1 },
];

type Replacement = fc.Arbitrary<Json | typeof DELETE>;

/** One mutation of one node: a thunk for the replacement arbitrary (or `undefined` if it does not apply). */
function mutationAt(kind: MutationKind, node: Located): (() => Replacement) | undefined {
  return replacementAt(kind, node);
}

function replacementAt(kind: MutationKind, node: Located): (() => Replacement) | undefined {
  const { value, schema } = node;
  const type = typeOf(schema);
  switch (kind) {
    case 'dropKey':
      return node.path.length > 0 && typeof node.path[node.path.length - 1] === 'string'
        ? () => fc.constant(DELETE)
        : undefined;
    case 'unknownKey':
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      return () =>
        fc.constantFrom('zzUnknown', '__proto__', 'constructor', 'q12', 'toString').map((k) => {
          const copy: { [key: string]: Json } = { ...value };
          setOwn(copy, k, 'x');
          return copy;
        });
    case 'wrongType':
      return () => fc.constantFrom(...WRONG_TYPES);
    case 'fillOptional': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
      const absent = Object.keys(props).filter((k) => !(k in value));
      if (absent.length === 0) return undefined;
      return () =>
        fc
          .constantFrom(...absent)
          .chain((k) => fromSchema(props[k] ?? {}).map((v) => ({ ...value, [k]: v })));
    }
    case 'stringLength': {
      if (type !== 'string' || schema['pattern'] || schema['enum'] || schema['format'])
        return undefined;
      const max = typeof schema['maxLength'] === 'number' ? schema['maxLength'] : 100;
      const min = typeof schema['minLength'] === 'number' ? schema['minLength'] : 0;
      return () =>
        fc.constantFrom(
          'あ'.repeat(max),
          'あ'.repeat(max + 1),
          '𠮷'.repeat(max), // max code points, 2 × max UTF-16 units
          '𠮷'.repeat(max + 1),
          'a'.repeat(Math.max(min - 1, 0)),
          ' ',
        );
    }
    case 'date':
      if (schema['format'] !== 'date') return undefined;
      return () => fc.oneof(fc.constantFrom(...BAD_DATES, ...EDGE_DATES), validIsoDate);
    case 'code': {
      const codes =
        (schema['enum'] as Json[] | undefined) ??
        ('const' in schema ? [schema['const'] as Json] : undefined);
      if (!codes || codes.length === 0) return undefined;
      const first = String(codes[0]);
      return () =>
        fc.constantFrom(
          ...codes,
          `${first} `,
          `0${first}`,
          first.toUpperCase() === first ? first.toLowerCase() : first.toUpperCase(),
          first.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
          Number.isNaN(Number(first)) ? 'zz' : Number(first),
          '',
        );
    }
    case 'number': {
      if (type !== 'number' && type !== 'integer') return undefined;
      const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : -100;
      const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : 100;
      return () =>
        fc.constantFrom(
          min,
          max,
          min - 1,
          max + 1,
          min + 0.5,
          max - 0.5,
          0,
          -0,
          1e21,
          2 ** 53,
          0.1,
        );
    }
    case 'pattern': {
      const pattern = schema['pattern'];
      if (type !== 'string' || typeof pattern !== 'string' || schema['format']) return undefined;
      return () =>
        fc.oneof(
          fc.stringMatching(new RegExp(pattern, 'u')),
          fc.constantFrom(
            '',
            '0',
            '１２３４５６',
            '123456 ',
            'H12345678',
            'H123456789',
            '0123456789',
          ),
        );
    }
    case 'arrayLength': {
      if (!Array.isArray(value)) return undefined;
      const max = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : 5;
      const row = value[0] ?? null;
      if (max > 100)
        return () =>
          fc.constantFrom(
            [],
            Array.from({ length: max + 1 }, () => row),
          );
      return () =>
        fc.constantFrom(
          [],
          Array.from({ length: max }, () => row),
          Array.from({ length: max + 1 }, () => row),
        );
    }
  }
}

const KINDS: readonly MutationKind[] = [
  'dropKey',
  'unknownKey',
  'wrongType',
  'fillOptional',
  'stringLength',
  'date',
  'code',
  'number',
  'pattern',
  'arrayLength',
];

/** A record after one mutation, with a description of what changed (for failure messages). */
export interface Mutated {
  readonly record: Json;
  readonly mutations: readonly string[];
}

/** Applies one random applicable mutation to `record`. */
export function mutateOnce(record: Json, schema: JsonSchema): fc.Arbitrary<Mutated> {
  const nodes = locate(record, schema);
  const options: fc.Arbitrary<Mutated>[] = [];
  for (const kind of KINDS) {
    const applicable = nodes
      .map((n) => ({ n, arb: mutationAt(kind, n) }))
      .filter((x): x is { n: Located; arb: () => Replacement } => x.arb !== undefined);
    if (applicable.length === 0) continue;
    options.push(
      fc.integer({ min: 0, max: applicable.length - 1 }).chain((i) => {
        const { n, arb } = applicable[i] as (typeof applicable)[number];
        return arb().map((next) => ({
          record: replaceAt(record, n.path, next),
          mutations: [`${kind} at /${n.path.join('/')}`],
        }));
      }),
    );
  }
  return options.length > 0 ? fc.oneof(...options) : fc.constant({ record, mutations: [] });
}

/** Applies 1–3 random mutations in a row. */
export function mutated(record: Json, schema: JsonSchema): fc.Arbitrary<Mutated> {
  const step = (m: Mutated): fc.Arbitrary<Mutated> =>
    mutateOnce(m.record, schema).map((n) => ({
      record: n.record,
      mutations: [...m.mutations, ...n.mutations],
    }));
  return fc.integer({ min: 1, max: 3 }).chain((count) => {
    let arb: fc.Arbitrary<Mutated> = fc.constant({ record, mutations: [] });
    for (let i = 0; i < count; i++) arb = arb.chain(step);
    return arb;
  });
}

/** Seeds (valid fixtures or schema-generated records) mutated 0–3 times. */
export function recordsOf(seeds: readonly Json[], schema: JsonSchema): fc.Arbitrary<Mutated> {
  const seed = seeds.length > 0 ? fc.constantFrom(...seeds) : fromSchema(schema);
  return fc.oneof(
    { weight: 1, arbitrary: seed.map((record) => ({ record, mutations: [] as string[] })) },
    { weight: 4, arbitrary: seed.chain((record) => mutated(record, schema)) },
  );
}

/** fast-check reporter that keeps the counterexample out of the log (a record can be megabytes). */
export function shortReport<T>(details: fc.RunDetails<T>): void {
  if (details.failed)
    throw new Error(
      `failed after ${details.numRuns} runs (seed ${details.seed}, path ${String(details.counterexamplePath)}): ${String(details.errorInstance).slice(0, 3000)}`,
    );
}
