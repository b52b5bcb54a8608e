import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { normalizeDigits } from '../text/normalizeDigits';
import {
  CalendarDateError,
  SHORT_INPUT_MAX_LENGTH,
  SUPPORTED_DATE_RANGE,
  formatParts,
  isIsoDate,
} from './isoDate';
import type { IsoDate } from './isoDate';

declare const yearMonthBrand: unique symbol;

/** 年月（`YYYY-MM`）。提供年月・対象年月・面談月などに使う。 */
export type YearMonth = string & { readonly [yearMonthBrand]: true };

/**
 * 値を年月（`YYYY-MM`）として読む。全角数字は半角にしてから読む。{@link SUPPORTED_DATE_RANGE} の外の年
 * （`yearMonth.outOfRange`）、{@link SHORT_INPUT_MAX_LENGTH} 文字より長い文字列（`yearMonth.tooLong`）は失敗。
 * どんな値でも例外は投げない。
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
  if (value.length > SHORT_INPUT_MAX_LENGTH)
    return failure('yearMonth.tooLong', `年月が長すぎます（${SHORT_INPUT_MAX_LENGTH}文字まで）。`);
  const m = /^(\d{4})-(\d{2})$/.exec(normalizeDigits(value));
  if (!m) return failure('yearMonth.format', '年月の形式が正しくありません（YYYY-MM）。');
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return failure('yearMonth.nonexistent', '存在しない年月です。');
  if (year < SUPPORTED_DATE_RANGE.firstYear || year > SUPPORTED_DATE_RANGE.lastYear)
    return failure(
      'yearMonth.outOfRange',
      '対応範囲外の年月です（1873-01〜2099-12、明治6年1月〜令和81年12月）。',
    );
  return success(`${m[1]}-${m[2]}` as YearMonth);
}

/**
 * 暦日の年月。型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * yearMonthOf(isoDate('2025-05-20')); // => '2025-05'
 * ```
 */
export function yearMonthOf(date: IsoDate): YearMonth {
  if (!isIsoDate(date)) throw new CalendarDateError('date.invalid');
  return date.slice(0, 7) as YearMonth;
}

/**
 * 年月の1日。型つきの入力のみ（正しい年月でない、または範囲外なら {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * firstDayOfYearMonth('2025-05' as YearMonth); // => '2025-05-01'
 * ```
 */
export function firstDayOfYearMonth(yearMonth: YearMonth): IsoDate {
  const m = typeof yearMonth === 'string' ? /^(\d{4})-(\d{2})$/.exec(yearMonth) : null;
  if (!m) throw new CalendarDateError('date.invalid');
  return formatParts(Number(m[1]), Number(m[2]), 1);
}
