import type { IsoDate } from '../date/isoDate';
import type { Citation, Finding, ParameterUse } from '../result/types';
import type { DatedParameter } from './datedParameter';
import { parameterUse, valueAt } from './datedParameter';

/** {@link resolveParameters} に渡すパラメータの組（名前 → 日付つきパラメータ）。 */
export type ParameterSet = Readonly<Record<string, DatedParameter<unknown>>>;

/** パラメータの組から、名前ごとの値の型を得る。 */
export type ParameterValues<P extends ParameterSet> = {
  readonly [K in keyof P]: P[K] extends DatedParameter<infer T> ? T : never;
};

/** {@link resolveParameters} の結果。成功なら名前ごとの値と使用記録、失敗なら error の指摘。 */
export type ResolvedParameters<P extends ParameterSet> =
  | {
      readonly ok: true;
      /** 名前ごとの、基準日に有効な値。 */
      readonly values: ParameterValues<P>;
      /** 名前ごとの、その値の出典（値に個別の出典があればそれ、なければパラメータの出典）。 */
      readonly citations: { readonly [K in keyof P]: Citation };
      /** ルール結果の `parameters` に載せる使用記録（渡した順）。 */
      readonly uses: ParameterUse[];
    }
  | {
      readonly ok: false;
      /** 収録範囲外だったパラメータごとの指摘（`parameter.outOfRange`、パラメータの出典つき）。 */
      readonly findings: Finding[];
    };

/** {@link resolveParameters} の任意設定。 */
export interface ResolveParametersOptions {
  /** 範囲外の指摘に付ける位置（例: `['context', 'referenceDate']`）。省略時は位置を付けない。 */
  readonly path?: readonly (string | number)[];
}

/**
 * 複数の日付つきパラメータについて、基準日に有効な値をまとめて得る。すべて読めれば名前ごとの値
 * （型つき）とその出典、使用記録（{@link parameterUse}）を、1つでも収録範囲外なら読めなかったものすべての
 * error の指摘（`parameter.outOfRange`、パラメータの出典つき）を返す。例外は投げない。
 *
 * @example
 * ```ts
 * const r = resolveParameters(context.referenceDate, { fee: visitFee, days: deadlineDays });
 * if (!r.ok) return ruleResult({ rule, sources, findings: r.findings });
 * r.values.fee; // number
 * ruleResult({ rule, sources, parameters: r.uses });
 * ```
 */
export function resolveParameters<P extends ParameterSet>(
  date: IsoDate,
  parameters: P,
  options: ResolveParametersOptions = {},
): ResolvedParameters<P> {
  const values: Record<string, unknown> = {};
  const citations: Record<string, Citation> = {};
  const uses: ParameterUse[] = [];
  const findings: Finding[] = [];
  for (const [key, parameter] of Object.entries(parameters)) {
    const v = valueAt(parameter, date);
    if (v.ok) {
      values[key] = v.value.value;
      citations[key] = v.value.citation;
      uses.push(parameterUse(parameter, v.value));
    } else {
      findings.push({
        ...v.error,
        ...(options.path === undefined ? {} : { path: options.path }),
        citation: parameter.citation,
      });
    }
  }
  if (findings.length > 0) return { ok: false, findings };
  return {
    ok: true,
    values: values as ParameterValues<P>,
    citations: citations as { readonly [K in keyof P]: Citation },
    uses,
  };
}
