import type { IsoDate } from '../date/isoDate';
import type { DatedParameter, DatedValue } from '../params/datedParameter';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { parseDateInput } from '../wareki/parseDateInput';

/**
 * 文脈 `parameters` で与えるパラメータの上書き（what-if）。パラメータ id ごとに次のどれか:
 * - 値そのもの（例: `3500`）— すべての日付でこの値（収録範囲は元のまま）
 * - `{ value: 値 }` — 同じ（値が `value`/`values` キーだけのオブジェクトと紛らわしいときはこちら）
 * - `{ values: [{ from: '2026-04-01', value: 3500 }, …] }` — 日付つきの値。最初の `from` より前は収録した値のまま、
 *   それ以後は上書きの値（例: 「2026-04-01 から 3,500円なら」）
 *
 * 値は収録した値と同じ形（数・文字列・真偽・日付・配列・同じキーのオブジェクト）でなければならない。オブジェクトの値は
 * 一部のキーだけを書いてもよく、書いたキーだけが変わる（例: 料金表のうち1つの単価 `{ careManagement: { preAssessment: 3500 } }`）。
 *
 * @example
 * ```ts
 * const context = { referenceDate: '2026-05-01', parameters: { 'kobayashi.fees': { values: [{ from: '2026-04-01', value: fees3500 }] } } };
 * ```
 */
export type ParameterOverrides = Readonly<Record<string, unknown>>;

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ITEMS = 10_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** `candidate` が `sample` と同じ形か（日付の文字列は暦日として読めるか）。深さと件数に上限がある。 */
function sameShape(sample: unknown, candidate: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (sample === null) return candidate === null;
  if (typeof sample === 'number')
    return typeof candidate === 'number' && Number.isFinite(candidate);
  if (typeof sample === 'boolean') return typeof candidate === 'boolean';
  if (typeof sample === 'string') {
    if (typeof candidate !== 'string' || candidate.length > 1_000) return false;
    return DATE_LIKE.test(sample) ? parseDateInput(candidate).ok : true;
  }
  if (Array.isArray(sample)) {
    if (!Array.isArray(candidate) || candidate.length > MAX_ITEMS) return false;
    const first: unknown = sample[0];
    if (first === undefined) return candidate.every((c) => ['string', 'number'].includes(typeof c));
    for (let i = 0; i < candidate.length; i++) {
      if (!sample.some((s) => sameShape(s, candidate[i], depth + 1))) return false;
    }
    return true;
  }
  if (isPlainObject(sample)) {
    if (!isPlainObject(candidate)) return false;
    const keys = Object.keys(sample);
    const given = Object.keys(candidate);
    if (given.length !== keys.length || !given.every((k) => Object.hasOwn(sample, k))) return false;
    return keys.every((k) => sameShape(sample[k], candidate[k], depth + 1));
  }
  return false;
}

function matchesParameter(parameter: DatedParameter<unknown>, value: unknown): boolean {
  if (parameter.accepts) return parameter.accepts(value) === true;
  return parameter.values.some((v) => sameShape(v.value, value));
}

/** 日付の文字列を暦日に直した値（日付を値に持つパラメータの上書きのため）。 */
function normalise(sample: unknown, value: unknown): unknown {
  if (typeof sample === 'string' && DATE_LIKE.test(sample) && typeof value === 'string') {
    const d = parseDateInput(value);
    return d.ok ? d.value : value;
  }
  return value;
}

/**
 * `patch` over `base`: plain objects key by key, so a partial object changes only the keys it names (e.g. one fee
 * in a fee table); anything else replaces. A key that `base` does not have makes the whole patch the value, which
 * then fails the shape check.
 */
function merged(base: unknown, patch: unknown, depth = 0): unknown {
  if (depth > 20 || !isPlainObject(base) || !isPlainObject(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    if (!Object.hasOwn(base, key)) return patch;
    Object.defineProperty(out, key, {
      value: merged(base[key], patch[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/** The encoded value in force on `date` (the first value for an earlier date). */
function encodedAt(parameter: DatedParameter<unknown>, date: IsoDate): unknown {
  let value = parameter.values[0]?.value;
  for (const v of parameter.values) if (v.from <= date) value = v.value;
  return value;
}

function asDatedValues(
  parameter: DatedParameter<unknown>,
  raw: unknown,
): Outcome<readonly DatedValue<unknown>[]> {
  const sample = parameter.values[0]?.value;
  const bad = failure(
    'context.parameters.invalid',
    `パラメータ「${parameter.description}」の上書きの値が、収録した値と同じ形ではありません。`,
  );
  if (isPlainObject(raw) && Object.keys(raw).length === 1 && Array.isArray(raw['values'])) {
    const list = raw['values'] as unknown[];
    if (list.length === 0 || list.length > MAX_ITEMS) return bad;
    const out: DatedValue<unknown>[] = [];
    for (const item of list) {
      if (!isPlainObject(item)) return bad;
      const from = parseDateInput(item['from']);
      if (!from.ok) {
        return failure(
          'context.parameters.invalid',
          `パラメータ「${parameter.description}」の上書きの適用開始日（from）: ${from.error.message}`,
        );
      }
      const value = merged(encodedAt(parameter, from.value), item['value']);
      if (!matchesParameter(parameter, value)) return bad;
      out.push({ from: from.value, value: normalise(sample, value) });
    }
    return success(out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)));
  }
  const value =
    isPlainObject(raw) && Object.keys(raw).length === 1 && 'value' in raw ? raw['value'] : raw;
  const out = parameter.values.map((v) => ({ from: v.from, value: merged(v.value, value) }));
  if (out.length === 0 || !out.every((v) => matchesParameter(parameter, v.value))) return bad;
  return success(out.map((v) => ({ from: v.from, value: normalise(sample, v.value) })));
}

/** 上書きを当てたパラメータと、上書きの値が始まる日（この日以後の値は上書き）。 */
export interface AppliedOverride<T> {
  /** 上書きを当てたパラメータ。 */
  readonly parameter: DatedParameter<T>;
  /** 上書きの値が始まる日。 */
  readonly from: IsoDate;
}

/**
 * パラメータに上書きを当てる（元は変えない）。形が違う上書きは失敗（日本語のメッセージ、入力値は含めない）。
 * 例外は投げない。
 *
 * @example
 * ```ts
 * const r = overrideParameter(fee, { values: [{ from: '2026-04-01', value: 3500 }] });
 * if (r.ok) valueAt(r.value.parameter, isoDate('2026-05-01')); // 3500（2026-03-31 までは収録した値）
 * ```
 */
export function overrideParameter<T>(
  parameter: DatedParameter<T>,
  raw: unknown,
): Outcome<AppliedOverride<T>> {
  let dated: Outcome<readonly DatedValue<unknown>[]>;
  try {
    dated = asDatedValues(parameter as DatedParameter<unknown>, raw);
  } catch {
    dated = failure(
      'context.parameters.invalid',
      `パラメータ「${parameter.description}」の上書きを読めません。`,
    );
  }
  if (!dated.ok) return dated;
  const from = dated.value[0]?.from;
  if (from === undefined)
    return failure('context.parameters.invalid', 'パラメータの上書きが空です。');
  const kept = parameter.values.filter((v) => v.from < from);
  // An overriding value is not the source's: it keeps the parameter's document and section, not its quote.
  const citation = { document: parameter.citation.document, section: parameter.citation.section };
  const values = [
    ...kept,
    ...(dated.value as readonly DatedValue<T>[]).map((v) => ({ ...v, citation })),
  ];
  return success({ parameter: { ...parameter, values }, from });
}
