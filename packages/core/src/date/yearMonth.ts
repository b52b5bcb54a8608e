import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { normalizeDigits } from '../text/normalizeDigits';
import { formatParts, isoDateParts } from './isoDate';
import type { IsoDate } from './isoDate';

declare const yearMonthBrand: unique symbol;

/** 年月（`YYYY-MM`）。提供年月・対象年月・面談月などに使う。 */
export type YearMonth = string & { readonly [yearMonthBrand]: true };

/**
 * 値を年月（`YYYY-MM`）として読む。全角数字は半角にしてから読む。
 *
 * @example
 * ```ts
 * parseYearMonth('2024-07'); // => { ok: true, value: '2024-07' }
 * parseYearMonth('2024-13').ok; // => false
 * ```
 */
export function parseYearMonth(value: unknown): Outcome<YearMonth> {
  if (typeof value !== 'string')
    return failure('yearMonth.type', '年月は文字列（YYYY-MM）で指定してください。');
  const m = /^(\d{4})-(\d{2})$/.exec(normalizeDigits(value));
  if (!m) return failure('yearMonth.format', '年月の形式が正しくありません（YYYY-MM）。');
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1 || month < 1 || month > 12)
    return failure('yearMonth.nonexistent', '存在しない年月です。');
  return success(`${m[1]}-${m[2]}` as YearMonth);
}

/**
 * 暦日の年月。
 *
 * @example
 * ```ts
 * yearMonthOf(isoDate('2025-05-20')); // => '2025-05'
 * ```
 */
export function yearMonthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7) as YearMonth;
}

/**
 * 年月の1日。
 *
 * @example
 * ```ts
 * firstDayOfYearMonth('2025-05' as YearMonth); // => '2025-05-01'
 * ```
 */
export function firstDayOfYearMonth(yearMonth: YearMonth): IsoDate {
  const { year, month } = isoDateParts(`${yearMonth}-01` as IsoDate);
  return formatParts(year, month, 1);
}
