import type {
  Citation,
  DatedParameter,
  Finding,
  ParameterUse,
  RuleContext,
  RuleResult,
} from '@kaigo/core';
import { parameterUse, parseRuleContext, ruleResult, valueAt } from '@kaigo/core';
import { validate } from '@kaigo/forms';
import type * as z from 'zod';

/** 入力と文脈の検証に成功したときの値（内部用）。 */
export interface Prepared<T> {
  readonly ok: true;
  readonly data: T;
  readonly context: RuleContext;
}

/** 入力と文脈の検証に失敗したときの値（内部用。そのまま返せる結果を持つ）。 */
export interface NotPrepared {
  readonly ok: false;
  readonly result: RuleResult<never>;
}

/**
 * ルールの入力（zod スキーマで検証）と文脈（基準日）を読む。失敗は `invalid` の結果にする。
 * 指摘のメッセージは `@kaigo/forms` の検証（入力値を含めない）をそのまま使う。例外は投げない。
 *
 * @source asago-ikiiki-2024 全体
 * @example
 * ```ts
 * const p = prepare('asago.x', SOURCES, schema, input, context);
 * if (!p.ok) return p.result;
 * ```
 */
export function prepare<S extends z.ZodType>(
  rule: string,
  sources: readonly Citation[],
  schema: S,
  input: unknown,
  context: unknown,
): Prepared<z.output<S>> | NotPrepared {
  const findings: Finding[] = [];
  const ctx = parseRuleContext(context);
  if (!ctx.ok) findings.push({ ...ctx.error, path: ['context', ...(ctx.error.path ?? [])] });
  const v = validate(schema, input);
  if (!v.ok) {
    for (const issue of v.issues) {
      findings.push({
        code: `input.${issue.code}`,
        severity: 'error',
        message: issue.message,
        path: issue.path,
      });
    }
  }
  if (!ctx.ok || !v.ok)
    return { ok: false, result: ruleResult<never>({ rule, sources, findings }) };
  return { ok: true, data: v.data, context: ctx.value };
}

/** パラメータの値（内部用）。 */
export type Resolved<T> =
  | { readonly ok: true; readonly value: T; readonly use: ParameterUse }
  | { readonly ok: false; readonly finding: Finding };

/**
 * 基準日に有効なパラメータの値を読む。収録範囲外は error の指摘（パラメータの出典つき）。
 *
 * @source asago-ikiiki-2024 全体
 * @example
 * ```ts
 * const r = resolve(PROGRAM_PERIOD, context.referenceDate);
 * ```
 */
export function resolve<T>(
  parameter: DatedParameter<T>,
  date: RuleContext['referenceDate'],
): Resolved<T> {
  const v = valueAt(parameter, date);
  if (!v.ok) {
    return {
      ok: false,
      finding: { ...v.error, path: ['context', 'referenceDate'], citation: parameter.citation },
    };
  }
  return { ok: true, value: v.value.value, use: parameterUse(parameter, v.value) };
}

/**
 * 複数のパラメータを読み、1つでも読めなければ `invalid` の結果を返す（内部用）。
 *
 * @source asago-ikiiki-2024 全体
 * @example
 * ```ts
 * const r = resolveAll('asago.x', SOURCES, date, { period: PROGRAM_PERIOD });
 * if (!r.ok) return r.result;
 * r.values.period;
 * ```
 */
export function resolveAll<P extends Record<string, DatedParameter<unknown>>>(
  rule: string,
  sources: readonly Citation[],
  date: RuleContext['referenceDate'],
  parameters: P,
):
  | {
      readonly ok: true;
      readonly values: { [K in keyof P]: P[K] extends DatedParameter<infer T> ? T : never };
      readonly uses: readonly ParameterUse[];
    }
  | NotPrepared {
  const values: Record<string, unknown> = {};
  const uses: ParameterUse[] = [];
  const findings: Finding[] = [];
  for (const [key, parameter] of Object.entries(parameters)) {
    const r = resolve(parameter, date);
    if (r.ok) {
      values[key] = r.value;
      uses.push(r.use);
    } else findings.push(r.finding);
  }
  if (findings.length > 0)
    return { ok: false, result: ruleResult<never>({ rule, sources, findings }) };
  return {
    ok: true,
    values: values as { [K in keyof P]: P[K] extends DatedParameter<infer T> ? T : never },
    uses,
  };
}
