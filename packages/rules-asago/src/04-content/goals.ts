import { cite, defineParameter, isoDate } from '@kaigo/core';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** 事業の目標（利用者の目標と支援者の目標）。 */
export interface ProgramGoalsValue {
  /** (ア) 利用者の目標。いきいき長生き応援シート（対象者用）で評価する。 */
  readonly user: readonly string[];
  /** (イ) 支援者の目標。いきいき長生き応援シート（ケアマネジャー用）で評価する。 */
  readonly supporter: readonly string[];
}

/**
 * 事業の目標: (ア) 利用者の目標「自立生活に向けた意識の改善」「自立生活の実現に向けた生活様式の改善」、
 * (イ) 支援者の目標「自立支援に必要な視点の獲得」「リスクを見据えたケアマネジメントの実施」。
 * 数値の目標（基本チェックリストの平均点）は `asago.checklistGoal`（CHECKLIST_GOAL）。
 *
 * @source asago-ikiiki-2024 ４ 内容 目標
 * @example
 * ```ts
 * PROGRAM_GOALS.values[0]?.value.supporter[1]; // => 'リスクを見据えたケアマネジメントの実施'
 * ```
 */
export const PROGRAM_GOALS = defineParameter<ProgramGoalsValue>({
  id: 'asago.programGoals',
  description: '利用者の目標と支援者の目標',
  citation: cite(ASAGO_DOCUMENT_ID, '４ 内容 目標 (ア) 利用者の目標 (イ) 支援者の目標'),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: {
        user: ['自立生活に向けた意識の改善', '自立生活の実現に向けた生活様式の改善'],
        supporter: ['自立支援に必要な視点の獲得', 'リスクを見据えたケアマネジメントの実施'],
      },
    },
  ],
});
