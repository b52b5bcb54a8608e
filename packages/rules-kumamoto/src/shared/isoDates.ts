import { isIsoDate } from '@kaigo/core';
import type { IsoDate } from '@kaigo/core';

/**
 * スキーマ（`z.iso.date()`）で検証済みの文字列を {@link IsoDate} として読む。暦にない日付なら undefined。
 *
 * @source kumamoto-kanyo-2024 （日付の入力形式。資料の節によらない）
 * @example
 * ```ts
 * asIsoDate('2024-09-02'); // => '2024-09-02'
 * ```
 */
export function asIsoDate(value: string): IsoDate | undefined {
  return isIsoDate(value) ? value : undefined;
}
