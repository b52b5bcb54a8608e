import type { Citation } from '@kaigo/core';
import { cite } from '@kaigo/core';
import type { CountRange } from './count';
import { countRange } from './count';
import type { ChecklistItemNo } from '../national/basicChecklistItems';
import type { ItemScores } from './itemScore';

/** 事業対象者に該当する基準の番号（①〜⑦）。 */
export type CriterionId = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** 事業対象者に該当する基準1件の定義（様式第二）。 */
export interface CriterionDefinition {
  /** 基準の番号。 */
  readonly id: CriterionId;
  /** 丸数字（①〜⑦）。 */
  readonly mark: string;
  /** 短い名称（通称。告示の文言との照合は未了）。 */
  readonly label: string;
  /** 基準の文（様式第二の趣旨を再構成したもの。逐語ではない）。 */
  readonly text: string;
  /** 対象の質問項目番号。 */
  readonly items: readonly ChecklistItemNo[];
  /** 該当とするのに必要な該当数（この数「以上」）。 */
  readonly threshold: number;
  /** 出典。 */
  readonly citation: Citation;
}

const range = (from: number, to: number): ChecklistItemNo[] =>
  Array.from({ length: to - from + 1 }, (_, i) => (from + i) as ChecklistItemNo);

const criterion = (
  id: CriterionId,
  mark: string,
  label: string,
  text: string,
  items: readonly ChecklistItemNo[],
  threshold: number,
): CriterionDefinition => ({
  id,
  mark,
  label,
  text,
  items,
  threshold,
  citation: cite('mhlw-kokuji-197-2015', `様式第二 ${mark}`),
});

/**
 * 事業対象者に該当する基準 ①〜⑦（平成27年告示第197号 様式第二）。いずれか1つに該当すれば事業対象者。
 * 閾値は公開資料の実装・解説で一致を確認済み。文言と短い名称は告示原文との逐語照合が未了。
 * 平成18〜26年の特定高齢者・二次予防事業対象者の基準（閾値が異なる）には使わないこと。
 *
 * @source mhlw-kokuji-197-2015 様式第二 事業対象者に該当する基準
 * @example
 * ```ts
 * JIGYO_TAISHOSHA_CRITERIA[1].threshold; // => 3（② No.6〜10 の5項目のうち3項目以上）
 * ```
 */
export const JIGYO_TAISHOSHA_CRITERIA: readonly CriterionDefinition[] = [
  criterion(
    1,
    '①',
    '複数の項目に支障',
    '様式第一の質問項目No.1～20までの20項目のうち10項目以上に該当',
    range(1, 20),
    10,
  ),
  criterion(
    2,
    '②',
    '運動機能の低下',
    '様式第一の質問項目No.6～10までの5項目のうち3項目以上に該当',
    range(6, 10),
    3,
  ),
  criterion(
    3,
    '③',
    '低栄養状態',
    '様式第一の質問項目No.11～12の2項目のすべてに該当',
    range(11, 12),
    2,
  ),
  criterion(
    4,
    '④',
    '口腔機能の低下',
    '様式第一の質問項目No.13～15までの3項目のうち2項目以上に該当',
    range(13, 15),
    2,
  ),
  criterion(5, '⑤', '閉じこもり', '様式第一の質問項目No.16に該当', [16], 1),
  criterion(
    6,
    '⑥',
    '認知機能の低下',
    '様式第一の質問項目No.18～20までの3項目のうちいずれか1項目以上に該当',
    range(18, 20),
    1,
  ),
  criterion(
    7,
    '⑦',
    'うつ病の可能性',
    '様式第一の質問項目No.21～25までの5項目のうち2項目以上に該当',
    range(21, 25),
    2,
  ),
];

/** 基準1件の判定結果。 */
export interface CriterionResult {
  /** 基準の番号。 */
  readonly id: CriterionId;
  /** 丸数字（①〜⑦）。 */
  readonly mark: string;
  /** 短い名称。 */
  readonly label: string;
  /** 基準の文。 */
  readonly text: string;
  /** 必要な該当数（以上）。 */
  readonly threshold: number;
  /** 対象項目の該当数（範囲）。 */
  readonly count: CountRange;
  /**
   * 該当するか。`true` = 分かっている該当だけで基準に届く、`false` = 不明の項目がすべて該当でも届かない、
   * `null` = 不明の項目の回答しだいで変わる。
   */
  readonly met: boolean | null;
  /** 該当した（1点の）対象項目。`met` が `true` ならこれが該当の理由。 */
  readonly matchedItems: readonly ChecklistItemNo[];
  /** 点数が不明な対象項目。 */
  readonly unknownItems: readonly ChecklistItemNo[];
  /** 判定の説明（日本語。入力値は含めない）。 */
  readonly reason: string;
  /** 出典。 */
  readonly citation: Citation;
}

const itemList = (items: readonly number[]): string => items.map((n) => `No.${n}`).join('・');

/**
 * 基準1件を判定する。不明の項目は 0 とも 1 ともみなさず、結果が変わりうるなら `met: null`。
 *
 * @source mhlw-kokuji-197-2015 様式第二
 * @example
 * ```ts
 * evaluateCriterion(JIGYO_TAISHOSHA_CRITERIA[4], scores).met; // ⑤ No.16 が「いいえ」なら true
 * ```
 */
export function evaluateCriterion(
  definition: CriterionDefinition,
  scores: ItemScores,
): CriterionResult {
  const count = countRange(scores, definition.items);
  const matchedItems = definition.items.filter((no) => scores[no] === 1);
  const unknownItems = definition.items.filter((no) => scores[no] === null);
  const met =
    count.min >= definition.threshold ? true : count.max < definition.threshold ? false : null;
  const span = `${definition.items.length}項目のうち${count.min}項目に該当（基準: ${definition.threshold}項目以上）`;
  const reason =
    met === true
      ? `${definition.mark} 該当: ${span}。該当項目 ${itemList(matchedItems)}。`
      : met === false
        ? `${definition.mark} 非該当: ${span}${unknownItems.length > 0 ? `。未回答 ${itemList(unknownItems)} がすべて該当でも基準に届かない` : ''}。`
        : `${definition.mark} 判定不能: ${span}。未回答 ${itemList(unknownItems)} の回答しだいで該当しうる。`;
  return {
    id: definition.id,
    mark: definition.mark,
    label: definition.label,
    text: definition.text,
    threshold: definition.threshold,
    count,
    met,
    matchedItems,
    unknownItems,
    reason,
    citation: definition.citation,
  };
}

/**
 * 基準 ①〜⑦ をすべて判定する。
 *
 * @source mhlw-kokuji-197-2015 様式第二
 * @example
 * ```ts
 * evaluateCriteria(itemScores(checklist)).filter((c) => c.met === true).map((c) => c.mark);
 * ```
 */
export function evaluateCriteria(scores: ItemScores): readonly CriterionResult[] {
  return JIGYO_TAISHOSHA_CRITERIA.map((d) => evaluateCriterion(d, scores));
}
