import { compactResult } from '../result/compactResult';
import type { CompactRuleResult } from '../result/compactResult';
import type { Finding, RuleResult, RuleStatus } from '../result/types';
import type { RuleDescriptor } from './ruleDescriptor';

/** {@link evaluateEach} の任意設定。 */
export interface EvaluateEachOptions {
  /** 結果の形: `compact`（既定。{@link CompactRuleResult}）か `full`（パラメータ・出典・トレースつき）。 */
  readonly result?: 'compact' | 'full';
}

/** {@link evaluateEach} の集計（結果そのものは保持しない）。 */
export interface EvaluateEachSummary {
  /** 評価した入力の数。 */
  readonly count: number;
  /** 判定状態ごとの件数。 */
  readonly statuses: Readonly<Record<RuleStatus, number>>;
  /** 入力の並び自体の問題（反復できない・途中で例外）。入力ごとの指摘は各結果にある。 */
  readonly findings: readonly Finding[];
}

const NOT_ITERABLE: Finding = {
  code: 'batch.inputs.type',
  severity: 'error',
  message: '入力の並びは反復できる値（配列など）で指定してください。',
  path: [],
};

const ITERATION_FAILED: Finding = {
  code: 'batch.inputs.unreadable',
  severity: 'error',
  message:
    '入力の並びを最後まで読み取れませんでした（途中で誤りがありました）。それまでの結果は返しています。',
  path: [],
};

/**
 * 多数の入力を同じ文脈（基準日・パラメータの上書き）で1件ずつ評価し、結果を `onResult` に渡す。結果を配列に
 * ためないので、市全体の事例でもメモリは一定（呼び出し側が保持しない限り）。文脈は1度だけ読む。既定は
 * 簡潔な結果（{@link CompactRuleResult}: 判定・指摘・不足入力は `rule(input, context)` と同じ）。
 * 入力の並びが反復できない・途中で例外を投げるときは、例外を投げずに集計の `findings` に入れる
 * （`onResult` が投げた例外はそのまま呼び出し側に届く）。
 *
 * @example
 * ```ts
 * const summary = evaluateEach(listDeadlines, cases, { referenceDate: '2025-07-01' }, (r, i) => {
 *   if (r.status !== 'decided') console.log(i, r.status, r.findings.map((f) => f.code));
 * });
 * summary.statuses.decided; // => 判定できた件数
 * ```
 */
export function evaluateEach<D>(
  rule: RuleDescriptor<D>,
  inputs: Iterable<unknown>,
  context: unknown,
  onResult: (result: CompactRuleResult<D>, index: number) => void,
  options?: { readonly result?: 'compact' },
): EvaluateEachSummary;
export function evaluateEach<D>(
  rule: RuleDescriptor<D>,
  inputs: Iterable<unknown>,
  context: unknown,
  onResult: (result: RuleResult<D>, index: number) => void,
  options: { readonly result: 'full' },
): EvaluateEachSummary;
export function evaluateEach<D>(
  rule: RuleDescriptor<D>,
  inputs: Iterable<unknown>,
  context: unknown,
  onResult: (result: never, index: number) => void,
  options: EvaluateEachOptions = {},
): EvaluateEachSummary {
  const full = options.result === 'full';
  const evaluate: (input: unknown) => CompactRuleResult<D> = rule.bind
    ? rule.bind(context, { result: full ? 'full' : 'compact' })
    : full
      ? (input) => rule.evaluate(input, context)
      : (input) => compactResult(rule.evaluate(input, context));
  const emit = onResult as (result: CompactRuleResult<D>, index: number) => void;
  const statuses: Record<RuleStatus, number> = { decided: 0, undetermined: 0, invalid: 0 };
  let count = 0;
  let iterator: Iterator<unknown>;
  try {
    iterator = (inputs as Iterable<unknown>)[Symbol.iterator]();
  } catch {
    return { count, statuses, findings: [NOT_ITERABLE] };
  }
  for (;;) {
    let step: IteratorResult<unknown>;
    try {
      step = iterator.next();
    } catch {
      return { count, statuses, findings: [ITERATION_FAILED] };
    }
    if (typeof step !== 'object' || step === null)
      return { count, statuses, findings: [ITERATION_FAILED] };
    if (step.done === true) return { count, statuses, findings: [] };
    const result = evaluate(step.value);
    statuses[result.status] += 1;
    emit(result, count);
    count += 1;
  }
}
