import type { BasicChecklist } from '../national/basicChecklist';
import { isUnderweightMeasured } from './bmi';
import { BASIC_CHECKLIST_ITEMS, checklistItem } from '../national/basicChecklistItems';
import type { ChecklistAnswer, ChecklistItemNo } from '../national/basicChecklistItems';

/** 項目の点数: 1 = 該当、0 = 非該当、`null` = 未回答などで不明。 */
export type ItemScore = 0 | 1 | null;

/** 25項目の点数（キーは質問項目番号）。 */
export type ItemScores = Readonly<Record<ChecklistItemNo, ItemScore>>;

/** 点数を求めるのに使う基本チェックリストの部分（回答と身長・体重）。 */
export type ChecklistScoringInput = Pick<BasicChecklist, 'answers' | 'heightCm' | 'weightKg'>;

/**
 * 回答1件の点数。「1.」と印字された選択肢（項目ごとに「はい」または「いいえ」）を選んだとき1点。
 * 未回答は `null`。No.12 は回答ではなく BMI で決まるため、この関数では常に `null`。
 *
 * @source mhlw-kokuji-197-2015 様式第一 回答欄
 * @example
 * ```ts
 * answerScore(1, 'no'); // => 1（バスや電車で1人で外出していない）
 * answerScore(9, 'no'); // => 0（転んだことはない）
 * answerScore(9, undefined); // => null
 * ```
 */
export function answerScore(no: ChecklistItemNo, answer: ChecklistAnswer | undefined): ItemScore {
  const scoring = checklistItem(no).scoringAnswer;
  if (scoring === null || answer === undefined) return null;
  return answer === scoring ? 1 : 0;
}

/**
 * 質問項目1件の点数。No.12 は身長・体重から求めた BMI が 18.5 未満なら1点、どちらかがなければ不明。
 *
 * @source mhlw-kokuji-197-2015 様式第一
 * @example
 * ```ts
 * itemScore(12, { answers: {}, heightCm: 160, weightKg: 45 }); // => 1（BMI 17.6）
 * itemScore(16, { answers: { q16: 'no' } }); // => 1
 * itemScore(16, { answers: {} }); // => null
 * ```
 */
export function itemScore(no: ChecklistItemNo, checklist: ChecklistScoringInput): ItemScore {
  if (no === 12) {
    const under = isUnderweightMeasured(checklist.heightCm, checklist.weightKg);
    return under === null ? null : under ? 1 : 0;
  }
  const key = checklistItem(no).key as keyof ChecklistScoringInput['answers'];
  return answerScore(no, checklist.answers[key]);
}

/**
 * 25項目すべての点数。
 *
 * @source mhlw-kokuji-197-2015 様式第一
 * @example
 * ```ts
 * itemScores({ answers: { q01: 'no' } })[1]; // => 1
 * ```
 */
export function itemScores(checklist: ChecklistScoringInput): ItemScores {
  const out = {} as Record<ChecklistItemNo, ItemScore>;
  for (const item of BASIC_CHECKLIST_ITEMS) out[item.no] = itemScore(item.no, checklist);
  return out;
}
