import type { Citation } from '@kaigo/core';
import { cite } from '@kaigo/core';
import type { CriterionId, CriterionResult } from './criteria';
import type { ChecklistItemNo } from '../national/basicChecklistItems';
import type { ItemScores } from './itemScore';

/** 事業対象者の判定。 */
export interface JigyoTaishoshaDecision {
  /**
   * `determined` = 未回答の項目がどう答えられても結果が変わらない（未回答があっても確定しうる）、
   * `undetermined` = 未回答の項目の回答しだいで結果が変わる。
   */
  readonly status: 'determined' | 'undetermined';
  /** 事業対象者に該当するか（`determined` のときだけ）。 */
  readonly value?: boolean;
  /** 該当した基準。 */
  readonly metCriteria: readonly CriterionId[];
  /** 未回答しだいの基準（`undetermined` のとき、これらのどれかが該当しうる）。 */
  readonly undecidedCriteria: readonly CriterionId[];
  /** 点数が不明なすべての項目（`determined` なら、これらは結果を変えない）。 */
  readonly unknownItems: readonly ChecklistItemNo[];
  /** 判定の説明（日本語）。 */
  readonly reason: string;
  /** 出典。 */
  readonly citation: Citation;
}

const marks = (criteria: readonly CriterionResult[]): string =>
  criteria.map((c) => c.mark).join('');

/**
 * 事業対象者に該当するかを決める: 基準 ①〜⑦ のいずれか1つに該当すれば該当。
 * 1つでも `met: true` なら（未回答があっても）該当で確定、すべて `met: false` なら非該当で確定、
 * それ以外は未確定（未回答の回答しだい）。
 *
 * @source mhlw-kokuji-197-2015 様式第二 事業対象者に該当する基準
 * @example
 * ```ts
 * const scores = itemScores(checklist);
 * decideJigyoTaishosha(evaluateCriteria(scores), scores).status; // => 'determined'
 * ```
 */
export function decideJigyoTaishosha(
  criteria: readonly CriterionResult[],
  scores: ItemScores,
): JigyoTaishoshaDecision {
  const met = criteria.filter((c) => c.met === true);
  const undecided = criteria.filter((c) => c.met === null);
  const unknownItems = (Object.keys(scores) as unknown as string[])
    .map(Number)
    .filter((no) => scores[no as ChecklistItemNo] === null)
    .sort((a, b) => a - b) as ChecklistItemNo[];
  const citation = cite('mhlw-kokuji-197-2015', '様式第二');
  const base = {
    metCriteria: met.map((c) => c.id),
    undecidedCriteria: undecided.map((c) => c.id),
    unknownItems,
    citation,
  };
  if (met.length > 0) {
    return {
      status: 'determined',
      value: true,
      ...base,
      reason: `基準${marks(met)}に該当するため事業対象者に該当する${unknownItems.length > 0 ? '（未回答の項目があっても結果は変わらない）' : ''}。`,
    };
  }
  if (undecided.length === 0) {
    return {
      status: 'determined',
      value: false,
      ...base,
      reason: `基準①〜⑦のいずれにも該当しないため事業対象者に該当しない${unknownItems.length > 0 ? '（未回答の項目がすべて該当でも基準に届かない）' : ''}。`,
    };
  }
  return {
    status: 'undetermined',
    ...base,
    reason: `未回答の項目があり、基準${marks(undecided)}に該当するかが決まらない。`,
  };
}
