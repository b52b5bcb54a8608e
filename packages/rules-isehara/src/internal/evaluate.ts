import { parseRuleContext, parameterUse, valueAt } from '@kaigo/core';
import type { DatedParameter, Finding, IsoDate, ParameterUse } from '@kaigo/core';
import { validate } from '@kaigo/forms';
import type * as z from 'zod';

/** 入力と文脈を読んだ結果（内部用）。 */
export type Prepared<T> =
  | { readonly ok: true; readonly data: T; readonly referenceDate: IsoDate }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * 入力をスキーマで、文脈を {@link parseRuleContext} で読む。例外を投げず、指摘に入力値を含めない（内部用）。
 *
 * @source isehara-tenken-2024 ４
 * @example
 * ```ts
 * const p = prepare(schema, input, { referenceDate: '2024-06-01' });
 * ```
 */
export function prepare<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: unknown,
): Prepared<z.output<S>> {
  const findings: Finding[] = [];
  const ctx = parseRuleContext(context);
  if (!ctx.ok) findings.push(ctx.error);
  const v = validate(schema, input);
  if (!v.ok)
    for (const issue of v.issues)
      findings.push({
        code: `input.${issue.code}`,
        severity: 'error',
        message: issue.message,
        // An unknown key is itself input: point at its parent, never at the key.
        path: issue.code === 'unrecognized_key' ? issue.path.slice(0, -1) : issue.path,
      });
  if (!ctx.ok || !v.ok) return { ok: false, findings };
  return { ok: true, data: v.data, referenceDate: ctx.value.referenceDate };
}

/** パラメータの値の組（内部用）。 */
export type ParameterValues<P extends Record<string, DatedParameter<unknown>>> = {
  readonly [K in keyof P]: P[K] extends DatedParameter<infer T> ? T : never;
};

/**
 * 複数のパラメータの基準日の値をまとめて得る。収録範囲外なら指摘（内部用）。
 *
 * @source isehara-tenken-2024 ４
 * @example
 * ```ts
 * const r = resolveParameters({ count: monitoringCount }, isoDate('2024-06-01'));
 * ```
 */
export function resolveParameters<P extends Record<string, DatedParameter<unknown>>>(
  parameters: P,
  date: IsoDate,
):
  | { readonly ok: true; readonly values: ParameterValues<P>; readonly uses: ParameterUse[] }
  | { readonly ok: false; readonly findings: readonly Finding[] } {
  const values: Record<string, unknown> = {};
  const uses: ParameterUse[] = [];
  const findings: Finding[] = [];
  for (const [key, parameter] of Object.entries(parameters)) {
    const v = valueAt(parameter, date);
    if (!v.ok) findings.push(v.error);
    else {
      values[key] = v.value.value;
      uses.push(parameterUse(parameter, v.value));
    }
  }
  if (findings.length > 0) return { ok: false, findings };
  return { ok: true, values: values as ParameterValues<P>, uses };
}
