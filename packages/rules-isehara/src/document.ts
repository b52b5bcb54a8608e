import { isoDate } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';

/**
 * 伊勢原市のルールが引用する出典文書の id（令和6年度 伊勢原市ケアプラン点検、令和６年３月２２日）。
 * 引用は core の `cite(ISEHARA_DOCUMENT, 節, 引用)` で作る。
 *
 * @example
 * ```ts
 * cite(ISEHARA_DOCUMENT, '４（４）', '１人につき１ケース');
 * ```
 */
export const ISEHARA_DOCUMENT = 'isehara-tenken-2024' as const;

/**
 * 要領の値の適用開始日（要領の日付、令和６年３月２２日）。これより前の基準日には値が定められていない。
 *
 * @example
 * ```ts
 * ISEHARA_FROM; // => '2024-03-22'
 * ```
 */
export const ISEHARA_FROM: IsoDate = isoDate('2024-03-22');
