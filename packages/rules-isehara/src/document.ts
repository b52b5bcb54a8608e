import { cite, isoDate } from '@kaigo/core';
import type { Citation, IsoDate } from '@kaigo/core';

/**
 * 出典文書 id（令和6年度 伊勢原市ケアプラン点検、令和６年３月２２日）。
 *
 * @source isehara-tenken-2024 表題
 */
export const ISEHARA_DOCUMENT = 'isehara-tenken-2024' as const;

/**
 * 伊勢原市の要領の節を引用する。
 *
 * @source isehara-tenken-2024 表題
 * @example
 * ```ts
 * iseharaCite('４（４）', '１人につき１ケース');
 * ```
 */
export function iseharaCite(section: string, quote?: string): Citation {
  return cite(ISEHARA_DOCUMENT, section, quote);
}

/** 要領の値の適用開始日（要領の日付、令和６年３月２２日）。 */
export const ISEHARA_FROM: IsoDate = isoDate('2024-03-22');
