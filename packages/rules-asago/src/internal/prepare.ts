import type {
  Citation,
  ParameterSet,
  ParameterUse,
  ParameterValues,
  RuleContext,
  RuleResult,
} from '@kaigo/core';
import { resolveParameters, ruleResult } from '@kaigo/core';
import { prepareRuleInput } from '@kaigo/forms';
import type * as z from 'zod';

/** 入力と文脈の検証に成功したときの値（内部用）。 */
export interface Prepared<T> {
  readonly ok: true;
  readonly data: T;
  readonly context: RuleContext;
}

/** 入力と文脈（またはパラメータ）を読めなかったときの値（内部用。そのまま返せる結果を持つ）。 */
export interface NotPrepared {
  readonly ok: false;
  readonly result: RuleResult<never>;
}

/**
 * ルールの入力（zod スキーマで検証）と文脈（基準日）を `@kaigo/forms` の {@link prepareRuleInput} で読み、
 * 失敗はこのルールの id と出典つきの `invalid` の結果にする。例外は投げない。
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
  const p = prepareRuleInput(schema, input, context);
  if (!p.ok)
    return { ok: false, result: ruleResult<never>({ rule, sources, findings: p.findings }) };
  return p;
}

/**
 * 複数のパラメータを core の {@link resolveParameters} で読み、1つでも収録範囲外ならこのルールの id と
 * 出典つきの `invalid` の結果を返す（指摘の位置は基準日 `['context', 'referenceDate']`）。
 *
 * @source asago-ikiiki-2024 全体
 * @example
 * ```ts
 * const r = resolveAll('asago.x', SOURCES, date, { period: PROGRAM_PERIOD });
 * if (!r.ok) return r.result;
 * r.values.period;
 * ```
 */
export function resolveAll<P extends ParameterSet>(
  rule: string,
  sources: readonly Citation[],
  date: RuleContext['referenceDate'],
  parameters: P,
):
  | {
      readonly ok: true;
      readonly values: ParameterValues<P>;
      readonly uses: readonly ParameterUse[];
    }
  | NotPrepared {
  const r = resolveParameters(date, parameters, { path: ['context', 'referenceDate'] });
  if (!r.ok)
    return { ok: false, result: ruleResult<never>({ rule, sources, findings: r.findings }) };
  return r;
}
