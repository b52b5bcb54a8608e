import type { RuleResult } from './types';

/**
 * ルールの簡潔な結果: 判定状態・判定・指摘・不足入力だけ（{@link RuleResult} と同じ値）。使ったパラメータ・出典・
 * トレースを持たないので、大量の結果を保持するバッチ（市全体の夜間処理など）でメモリが小さい。出典はルールの宣言
 * （`rule.sources`）と同じで、パラメータとトレースが要る事例は通常の結果で評価し直せる。
 *
 * @typeParam D 判定の型
 * @example
 * ```ts
 * const r: CompactRuleResult<boolean> = {
 *   rule: 'example.rule',
 *   status: 'decided',
 *   decision: true,
 *   findings: [],
 *   missing: [],
 * };
 * ```
 */
export type CompactRuleResult<D> = Pick<
  RuleResult<D>,
  'rule' | 'status' | 'decision' | 'findings' | 'missing'
>;

/**
 * 通常の結果から簡潔な結果を作る（`defineRule` 以外で作ったルールの結果にも使える）。
 *
 * @example
 * ```ts
 * const full = ruleResult({ rule: 'x', sources: [], decision: true });
 * compactResult(full); // => { rule: 'x', status: 'decided', decision: true, findings: [], missing: [] }
 * ```
 */
export function compactResult<D>(result: RuleResult<D>): CompactRuleResult<D> {
  const { rule, status, findings, missing } = result;
  return result.decision === undefined
    ? { rule, status, findings, missing }
    : { rule, status, decision: result.decision, findings, missing };
}
