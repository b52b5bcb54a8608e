import type { CountRange } from './count';
import { countRange } from './count';
import type { ChecklistGroupId, ChecklistItemNo } from '../national/basicChecklistItems';
import type { ItemScores } from './itemScore';

/** 項目群の定義。 */
export interface ChecklistGroupDefinition {
  /** 項目群 id（A〜G）。 */
  readonly id: ChecklistGroupId;
  /** 日本語名（様式には印字されない。市町村の手引き等の通称）。 */
  readonly label: string;
  /** 含まれる質問項目番号。 */
  readonly items: readonly ChecklistItemNo[];
}

/**
 * 項目群 A〜G（項目ごとの該当数の集計単位）。介護予防サービス・支援計画書の「基本チェックリストの該当数」
 * 欄（UPYOBO No.43〜48）は B〜G に対応する（A には欄がない）。
 *
 * @source mhlw-kokuji-197-2015 様式第一
 * @example
 * ```ts
 * CHECKLIST_GROUPS.find((g) => g.id === 'B')?.items; // => [6, 7, 8, 9, 10]
 * ```
 */
export const CHECKLIST_GROUPS: readonly ChecklistGroupDefinition[] = [
  { id: 'A', label: '暮らしぶり（日常生活関連動作）', items: [1, 2, 3, 4, 5] },
  { id: 'B', label: '運動器の機能', items: [6, 7, 8, 9, 10] },
  { id: 'C', label: '低栄養状態', items: [11, 12] },
  { id: 'D', label: '口腔機能', items: [13, 14, 15] },
  { id: 'E', label: '閉じこもり', items: [16, 17] },
  { id: 'F', label: '認知機能', items: [18, 19, 20] },
  { id: 'G', label: 'うつ', items: [21, 22, 23, 24, 25] },
];

/** 項目群ごとの該当数。 */
export type GroupCounts = Readonly<Record<ChecklistGroupId, CountRange>>;

/**
 * 項目群 A〜G ごとの該当数（範囲）。
 *
 * @source mhlw-kokuji-197-2015 様式第一
 * @example
 * ```ts
 * groupCounts(itemScores(checklist)).B; // => { size: 5, known: 5, min: 3, max: 3, value: 3 }
 * ```
 */
export function groupCounts(scores: ItemScores): GroupCounts {
  const out = {} as Record<ChecklistGroupId, CountRange>;
  for (const g of CHECKLIST_GROUPS) out[g.id] = countRange(scores, g.items);
  return out;
}

const ALL_ITEMS: readonly ChecklistItemNo[] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
];

/**
 * 合計点（0〜25。該当の数）。未回答があれば `value` は `null` で、`min`〜`max` の範囲だけが分かる。
 *
 * @source mhlw-kokuji-197-2015 様式第一
 * @example
 * ```ts
 * totalScore(itemScores({ answers: { q01: 'no' } })); // => { size: 25, known: 1, min: 1, max: 25, value: null }
 * ```
 */
export function totalScore(scores: ItemScores): CountRange {
  return countRange(scores, ALL_ITEMS);
}
