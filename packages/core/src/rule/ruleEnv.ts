import type { IsoDate } from '../date/isoDate';
import type { DeadlineRule } from '../deadline/deadlineRule';
import { describeDeadlineRule, resolveDeadline } from '../deadline/deadlineRule';
import type { DatedParameter, ValueInForce } from '../params/datedParameter';
import { valueAt } from '../params/datedParameter';
import type { Citation, Outcome, ParameterUse } from '../result/types';
import type { ParameterOrigin, TraceStep } from '../result/trace';

/** {@link RuleEnv.value} の任意設定。 */
export interface ValueOptions {
  /** どの日の値か（省略時は基準日）。 */
  readonly at?: IsoDate;
  /**
   * 最初の適用開始日より前の日付の扱い。`fail`（既定）は収録範囲外、`first` は最初の値を使う
   * （事業開始前に計画を立てるときなど、開始前から定めが分かっている場合）。
   */
  readonly beforeFirst?: 'fail' | 'first';
}

/**
 * ルール本体に渡す環境。基準日、パラメータの値（文脈の上書きを反映し、使用記録とトレースを残す）、
 * トレースと期限の計算を持つ。本体は時計も I/O も使わず、これだけを使う。
 *
 * @example
 * ```ts
 * evaluate: (input, env) => {
 *   const fee = env.value(preAssessmentFee); // 上書きがあればその値。範囲外なら parameter.outOfRange の指摘になる
 *   const due = env.deadline('名簿の提出期限', { kind: 'daysAfter', days: 10 }, input.startDate);
 *   return { decision: { fee, due } };
 * }
 * ```
 */
export interface RuleEnv {
  /** 基準日（「今日」）。 */
  readonly referenceDate: IsoDate;
  /**
   * パラメータの、その日に有効な値。収録範囲外なら例外 {@link ParameterUnavailableError} を投げ、
   * `defineRule` がそれを `parameter.outOfRange` の指摘（パラメータの出典つき）にする。
   */
  value<T>(parameter: DatedParameter<T>, options?: ValueOptions): T;
  /** {@link RuleEnv.value} と同じだが、例外の代わりに失敗を返す（範囲外を本体が自分で扱うとき）。 */
  inForce<T>(parameter: DatedParameter<T>, options?: ValueOptions): Outcome<ValueInForce<T>>;
  /** 期限の言い回しを起点の日付に当て、結果をトレースに残す。 */
  deadline(label: string, rule: DeadlineRule, event: IsoDate): IsoDate;
  /** トレースに1歩を加える（定型文・日付・コード・件数のみ。入力の文字列を入れない）。 */
  trace(step: TraceStep): void;
}

/** パラメータが収録範囲外のときに {@link RuleEnv.value} が投げる。`defineRule` が指摘に変える。 */
export class ParameterUnavailableError extends Error {
  /** 範囲外だったパラメータの出典。 */
  readonly citation: Citation;
  /** 指摘のコード。 */
  readonly code = 'parameter.outOfRange';
  /** 指摘の位置（基準日の値を読んだときは `['context', 'referenceDate']`）。 */
  readonly path: readonly (string | number)[] | undefined;
  constructor(message: string, citation: Citation, path?: readonly (string | number)[]) {
    super(message);
    this.name = 'ParameterUnavailableError';
    this.citation = citation;
    this.path = path;
  }
}

/** {@link createRuleEnv} が返す、評価の記録つきの環境（`defineRule` の内部用）。 */
export interface RecordingEnv extends RuleEnv {
  /** 使ったパラメータ（id と適用開始日で重複なし、使った順）。 */
  readonly uses: ParameterUse[];
  /** トレース（順序どおり）。 */
  readonly steps: TraceStep[];
}

/**
 * 評価1回分の環境を作る。`overridden` はパラメータ id → (上書きを当てたパラメータ, 上書きの開始日)。
 * `record: false`（簡潔な結果）では使ったパラメータもトレースも記録しない（計算と判定は同じ）。
 *
 * @example
 * ```ts
 * const env = createRuleEnv(isoDate('2025-06-01'), new Map());
 * ```
 */
export function createRuleEnv(
  referenceDate: IsoDate,
  overridden: ReadonlyMap<string, { parameter: DatedParameter<unknown>; from: IsoDate }>,
  record = true,
): RecordingEnv {
  const uses: ParameterUse[] = [];
  const steps: TraceStep[] = [];
  const seen = new Set<string>();
  const inForce = <T>(
    parameter: DatedParameter<T>,
    options: ValueOptions = {},
  ): Outcome<ValueInForce<T>> => {
    const o = overridden.get(parameter.id);
    const p = (o?.parameter ?? parameter) as DatedParameter<T>;
    const requested = options.at ?? referenceDate;
    const first = p.values[0]?.from;
    const at =
      options.beforeFirst === 'first' && first !== undefined && requested < first
        ? first
        : requested;
    const v = valueAt(p, at);
    if (!v.ok || !record) return v;
    const origin: ParameterOrigin =
      o !== undefined && v.value.effectiveFrom >= o.from ? 'override' : 'encoded';
    const key = `${parameter.id}\u0000${v.value.effectiveFrom}\u0000${origin}`;
    if (!seen.has(key)) {
      seen.add(key);
      uses.push({
        id: parameter.id,
        value: v.value.value,
        effectiveFrom: v.value.effectiveFrom,
        citation: v.value.citation,
        ...(origin === 'override' ? { origin } : {}),
      });
      steps.push({
        kind: 'parameter',
        id: parameter.id,
        value: v.value.value,
        effectiveFrom: v.value.effectiveFrom,
        at,
        origin,
      });
    }
    return v;
  };
  return {
    referenceDate,
    uses,
    steps,
    inForce,
    value<T>(parameter: DatedParameter<T>, options?: ValueOptions): T {
      const v = inForce(parameter, options);
      if (!v.ok) {
        const path = options?.at === undefined ? ['context', 'referenceDate'] : undefined;
        throw new ParameterUnavailableError(v.error.message, parameter.citation, path);
      }
      return v.value.value;
    },
    deadline(label, rule, event) {
      const to = resolveDeadline(rule, event);
      if (!record) return to;
      steps.push({
        kind: 'date',
        label,
        phrase: describeDeadlineRule(rule),
        from: event,
        to,
        ...(rule.kind === 'daysAfter' || rule.kind === 'weeksAfter'
          ? { convention: '初日不算入' }
          : {}),
      });
      return to;
    },
    trace(step) {
      if (record) steps.push(step);
    },
  };
}
