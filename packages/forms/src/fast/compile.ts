// Compiles the structural subset of zod used by the forms (strict/strip objects, optional, nullable, string with
// length and pattern checks, number with bounds and integer checks, boolean, enum, literal, array, union) into plain
// closures that follow zod 4's parse semantics: the same accepted values, the same output, the same raw issues in
// the same order. Anything outside that subset makes the compiler give up (`undefined`), and the caller falls back
// to zod itself, so the fast path can never be more permissive than `validate`.
import type * as z from 'zod';

/** A raw issue in zod's shape (what the Japanese error map reads), with its path and zod's `continue` flag. */
export interface FastRawIssue {
  readonly code: string;
  readonly input: unknown;
  readonly path: readonly PropertyKey[];
  /** zod's `continue`: `true` when later checks of the same value still run (the issue does not abort). */
  readonly continue?: boolean;
  readonly [extra: string]: unknown;
}

/** Path of the value being checked, as a linked list so that valid input allocates nothing for it. */
interface PathNode {
  readonly key: PropertyKey;
  readonly parent: PathNode | null;
}

/** A compiled node: checks `value`, pushes raw issues, returns the parsed output (meaningless if issues grew). */
export type FastNode = (value: unknown, path: PathNode | null, issues: FastRawIssue[]) => unknown;

/** Internal view of a zod schema or check (only the fields this compiler reads). */
interface ZodInternals {
  readonly _zod: {
    readonly def: Readonly<Record<string, unknown>> & { readonly type?: string };
    readonly traits: ReadonlySet<string>;
    readonly values?: ReadonlySet<unknown>;
    readonly optin?: string;
    readonly optout?: string;
  };
}

const internals = (s: unknown): ZodInternals['_zod'] => (s as ZodInternals)._zod;

function toPath(node: PathNode | null, last?: PropertyKey): PropertyKey[] {
  const out: PropertyKey[] = last === undefined ? [] : [last];
  for (let n = node; n; n = n.parent) out.push(n.key);
  return out.reverse();
}

const isObject = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** zod measures strings in code points, not UTF-16 units. */
function codePointLength(str: string): number {
  if (!HIGH_SURROGATE.test(str)) return str.length;
  let count = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

const lengthOrigin = (v: unknown): string =>
  Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';

/** Whether any issue from `start` on aborts (zod's `util.aborted`). */
function aborted(issues: readonly FastRawIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
}

type Check = (value: unknown, path: PathNode | null, issues: FastRawIssue[]) => void;

const SAFE_INT = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

/** Compiles one zod check; `undefined` when the check is not one this compiler reproduces exactly. */
function compileCheck(check: unknown): Check | undefined {
  const z = internals(check);
  const def = z.def as Record<string, unknown>;
  if (def['error'] !== undefined || def['abort'] === true) return undefined;
  const kind = def['check'];
  const lengthWhen = (v: unknown): boolean =>
    v !== null && v !== undefined && (v as { length?: unknown }).length !== undefined;
  switch (kind) {
    case 'max_length': {
      const maximum = def['maximum'] as number;
      return (v, path, issues) => {
        if (!lengthWhen(v)) return;
        const units = (v as { length: number }).length;
        const length = typeof v === 'string' && units > maximum ? codePointLength(v) : units;
        if (length <= maximum) return;
        issues.push({
          code: 'too_big',
          origin: lengthOrigin(v),
          maximum,
          inclusive: true,
          input: v,
          path: toPath(path),
          continue: true,
        });
      };
    }
    case 'min_length': {
      const minimum = def['minimum'] as number;
      return (v, path, issues) => {
        if (!lengthWhen(v)) return;
        const units = (v as { length: number }).length;
        const length =
          typeof v === 'string' && units >= minimum && units < minimum * 2
            ? codePointLength(v)
            : units;
        if (length >= minimum) return;
        issues.push({
          code: 'too_small',
          origin: lengthOrigin(v),
          minimum,
          inclusive: true,
          input: v,
          path: toPath(path),
          continue: true,
        });
      };
    }
    case 'string_format': {
      const format = def['format'];
      const pattern = def['pattern'];
      // Only pattern-based formats: others (url, hostname, jwt…) check with code, not a regex.
      if ((format !== 'regex' && format !== 'date') || !(pattern instanceof RegExp))
        return undefined;
      const patternText = String(pattern); // as zod reports it: the error map reads the format hint from it
      return (v, path, issues) => {
        pattern.lastIndex = 0;
        if (pattern.test(v as string)) return;
        issues.push({
          code: 'invalid_format',
          origin: 'string',
          format,
          pattern: patternText,
          input: v,
          path: toPath(path),
          continue: true,
        });
      };
    }
    case 'greater_than':
    case 'less_than': {
      const bound = def['value'];
      if (typeof bound !== 'number') return undefined;
      const inclusive = def['inclusive'] === true;
      const min = kind === 'greater_than';
      return (v, path, issues) => {
        const n = v as number;
        if (min ? (inclusive ? n >= bound : n > bound) : inclusive ? n <= bound : n < bound) return;
        issues.push({
          code: min ? 'too_small' : 'too_big',
          origin: 'number',
          [min ? 'minimum' : 'maximum']: bound,
          inclusive,
          input: v,
          path: toPath(path),
          continue: true,
        });
      };
    }
    case 'number_format': {
      if (def['format'] !== 'safeint') return undefined;
      return (v, path, issues) => {
        const n = v as number;
        if (!Number.isInteger(n)) {
          issues.push({
            code: 'invalid_type',
            expected: 'int',
            format: 'safeint',
            input: v,
            path: toPath(path),
            continue: false,
          });
          return;
        }
        if (Number.isSafeInteger(n)) return;
        issues.push({
          code: n > 0 ? 'too_big' : 'too_small',
          [n > 0 ? 'maximum' : 'minimum']: n > 0 ? SAFE_INT.max : SAFE_INT.min,
          origin: 'int',
          inclusive: true,
          input: v,
          path: toPath(path),
          continue: true,
        });
      };
    }
    default:
      return undefined;
  }
}

/** Wraps a parse step with zod's check loop: checks run in order and stop once an issue aborts. */
function withChecks(parse: FastNode, checks: readonly Check[]): FastNode {
  if (checks.length === 0) return parse;
  return (value, path, issues) => {
    const start = issues.length;
    const out = parse(value, path, issues);
    for (const check of checks) {
      if (aborted(issues, start)) break;
      check(out, path, issues);
    }
    return out;
  };
}

/** The checks of a schema, in zod's order (a format schema such as `z.iso.date()` is its own first check). */
function checksOf(schema: unknown): Check[] | undefined {
  const z = internals(schema);
  const list: unknown[] = z.traits.has('$ZodCheck') ? [schema] : [];
  const defChecks = z.def['checks'];
  if (Array.isArray(defChecks)) list.push(...(defChecks as unknown[]));
  const out: Check[] = [];
  for (const c of list) {
    const compiled = compileCheck(c);
    if (!compiled) return undefined;
    out.push(compiled);
  }
  return out;
}

/** zod's `util.sizeCaps`: the leading size checks (up to the first other check) that carry an upper bound. */
function sizeCaps(defChecks: unknown): { max: number; check: Check }[] {
  const out: { max: number; check: Check }[] = [];
  if (!Array.isArray(defChecks)) return out;
  for (const ch of defChecks as unknown[]) {
    const d = internals(ch).def as Record<string, unknown>;
    if (!/_(length|size)$|_equals$/.test(String(d['check']))) break;
    const max = d['maximum'] ?? d['length'] ?? d['size'];
    const check = compileCheck(ch);
    if (typeof max === 'number' && max >= 0 && check) out.push({ max, check });
  }
  return out;
}

const typeIssue = (expected: string, value: unknown, path: PathNode | null): FastRawIssue => ({
  code: 'invalid_type',
  expected,
  input: value,
  path: toPath(path),
});

/**
 * Compiles a zod schema to a {@link FastNode}, or `undefined` when it uses anything outside the supported subset
 * (refinements, transforms, defaults, custom messages, records, tuples, lazy schemas…).
 */
export function compileSchema(schema: z.ZodType): FastNode | undefined {
  return compile(schema, new Set());
}

function compile(schema: unknown, active: Set<unknown>): FastNode | undefined {
  if (active.has(schema)) return undefined; // recursive schemas: leave them to zod
  const z = internals(schema);
  const def = z.def;
  if (def['error'] !== undefined || def['coerce'] === true) return undefined;
  active.add(schema);
  try {
    const checks = checksOf(schema);
    if (!checks) return undefined;
    switch (def.type) {
      case 'string':
        return withChecks((v, path, issues) => {
          if (typeof v !== 'string') issues.push(typeIssue('string', v, path));
          return v;
        }, checks);
      case 'number':
        return withChecks((v, path, issues) => {
          if (typeof v !== 'number' || !Number.isFinite(v)) {
            const received =
              typeof v === 'number' ? (Number.isNaN(v) ? 'NaN' : String(v)) : undefined;
            issues.push({ ...typeIssue('number', v, path), ...(received ? { received } : {}) });
          }
          return v;
        }, checks);
      case 'boolean':
        return withChecks((v, path, issues) => {
          if (typeof v !== 'boolean') issues.push(typeIssue('boolean', v, path));
          return v;
        }, checks);
      case 'enum':
      case 'literal': {
        const values = z.values;
        if (!values) return undefined;
        const list =
          def.type === 'literal' ? (def['values'] as unknown[]) : Array.from(values.values());
        return withChecks((v, path, issues) => {
          if (!values.has(v))
            // `inst` as in zod's issue: the error map finds the field's code table (and its meanings) through it.
            issues.push({
              code: 'invalid_value',
              values: list,
              input: v,
              inst: schema,
              path: toPath(path),
            });
          return v;
        }, checks);
      }
      case 'optional':
      case 'nullable': {
        const inner = compile(def['innerType'], active);
        if (!inner) return undefined;
        // `.optional()` around a defaulted schema substitutes a value: not supported.
        if (internals(def['innerType']).optin === 'defaulted') return undefined;
        const empty = def.type === 'optional' ? undefined : null;
        return withChecks((v, path, issues) => (v === empty ? v : inner(v, path, issues)), checks);
      }
      case 'array': {
        const element = compile(def['element'], active);
        if (!element) return undefined;
        const caps = sizeCaps(def['checks']);
        const cap = caps.length > 0 ? Math.min(...caps.map((c) => c.max)) : Infinity;
        return withChecks((v, path, issues) => {
          if (!Array.isArray(v)) {
            issues.push(typeIssue('array', v, path));
            return v;
          }
          // zod checks the leading size limits before reading any element (a guard against huge input): the
          // first limit exceeded is the only issue, and it aborts.
          if (v.length > cap) {
            for (const c of caps) {
              if (v.length <= c.max) continue;
              const start = issues.length;
              c.check(v, path, issues);
              const first = issues[start];
              if (first) issues[start] = { ...first, continue: false };
              return v;
            }
          }
          const out: unknown[] = new Array<unknown>(v.length);
          for (let i = 0; i < v.length; i++) {
            out[i] = element(v[i], { key: i, parent: path }, issues);
          }
          return out;
        }, checks);
      }
      case 'union': {
        if (def['inclusive'] === false) return undefined; // z.xor
        const options = (def['options'] as unknown[]).map((o) => compile(o, active));
        if (options.some((o) => !o)) return undefined;
        const opts = options as FastNode[];
        return withChecks((v, path, issues) => {
          const results: { out: unknown; issues: FastRawIssue[] }[] = [];
          for (const option of opts) {
            const own: FastRawIssue[] = [];
            const out = option(v, path, own);
            if (own.length === 0) return out;
            results.push({ out, issues: own });
          }
          const open = results.filter((r) => !aborted(r.issues, 0));
          const only = open.length === 1 ? open[0] : undefined;
          if (only) {
            issues.push(...only.issues);
            return only.out;
          }
          issues.push({ code: 'invalid_union', input: v, path: toPath(path) });
          return v;
        }, checks);
      }
      case 'object':
        return compileObject(def, active, checks);
      default:
        return undefined;
    }
  } finally {
    active.delete(schema);
  }
}

function compileObject(
  def: Readonly<Record<string, unknown>>,
  active: Set<unknown>,
  checks: readonly Check[],
): FastNode | undefined {
  const shape = def['shape'] as Record<string, unknown>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const catchall = def['catchall'];
  let strict = false;
  if (catchall !== undefined) {
    if (internals(catchall).def.type !== 'never') return undefined; // passthrough / typed catchall
    strict = true;
  }
  const keys = Object.keys(shape);
  const fields: { key: string; node: FastNode; optional: boolean; optionalOut: boolean }[] = [];
  for (const key of keys) {
    const child = shape[key];
    const node = compile(child, active);
    if (!node) return undefined;
    const optin = internals(child).optin;
    const optout = internals(child).optout;
    if (optin !== undefined && optin !== 'optional') return undefined;
    fields.push({ key, node, optional: optin === 'optional', optionalOut: optout === 'optional' });
  }
  const keySet = new Set(keys);
  return withChecks((v, path, issues) => {
    if (!isObject(v)) {
      issues.push(typeIssue('object', v, path));
      return v;
    }
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const key = f.key;
      if (key === '__proto__') continue;
      const present = key in v;
      if (!present && f.optional && f.optionalOut) continue; // absent optional: contributes nothing
      const own: FastRawIssue[] = [];
      const value = f.node(v[key], { key, parent: path }, own);
      if (own.length > 0) {
        if (!present && f.optional && f.optionalOut) continue;
        issues.push(...own);
      }
      if (!present && !f.optional) {
        if (own.length === 0) {
          issues.push({
            code: 'invalid_type',
            expected: 'nonoptional',
            input: undefined,
            path: toPath(path, key),
          });
        }
        continue;
      }
      if (value !== undefined || present) out[key] = value;
    }
    if (strict) {
      let unrecognized: string[] | undefined;
      for (const key in v) {
        if (keySet.has(key)) continue;
        (unrecognized ??= []).push(key);
      }
      if (unrecognized) {
        issues.push({
          code: 'unrecognized_keys',
          keys: unrecognized,
          input: v,
          path: toPath(path),
          continue: true,
        });
      }
    }
    return out;
  }, checks);
}
