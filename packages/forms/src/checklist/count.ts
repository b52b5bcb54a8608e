import type { ChecklistItemNo } from '../national/basicChecklistItems';
import type { ItemScores } from './itemScore';

/**
 * 該当数の範囲。未回答の項目があると該当数は一つに決まらないため、最小（未回答をすべて非該当とみなす）と
 * 最大（すべて該当とみなす）で表す。
 */
export interface CountRange {
  /** 対象の項目数。 */
  readonly size: number;
  /** 点数が分かっている（回答済みの）項目数。 */
  readonly known: number;
  /** 該当数の最小（分かっている該当の数）。 */
  readonly min: number;
  /** 該当数の最大（最小 + 不明の項目数）。 */
  readonly max: number;
  /** 該当数（すべての項目が分かっているときだけ。ほかは `null`）。 */
  readonly value: number | null;
}

/**
 * 指定した項目の該当数の範囲を数える。
 *
 * @example
 * ```ts
 * countRange({ ...scores, 16: 1, 17: null }, [16, 17]); // => { size: 2, known: 1, min: 1, max: 2, value: null }
 * ```
 */
export function countRange(scores: ItemScores, items: readonly ChecklistItemNo[]): CountRange {
  let known = 0;
  let min = 0;
  for (const no of items) {
    const s = scores[no];
    if (s === null) continue;
    known++;
    min += s;
  }
  const max = min + (items.length - known);
  return { size: items.length, known, min, max, value: known === items.length ? min : null };
}
