import {
  CalendarDateError,
  SUPPORTED_DATE_RANGE,
  daysFromCivil,
  daysInMonth,
  formatParts,
  formatSupported,
  fromDayNumber,
  isIsoDate,
  isoDateParts,
  packedIsoDate,
  toDayNumber,
} from './isoDate';
import type { IsoDate } from './isoDate';

// 型つきの入力のみ（unknown を受け取る公開関数ではない）。These helpers take an IsoDate, never unknown: a runtime
// value that is not one, or a result outside SUPPORTED_DATE_RANGE, raises CalendarDateError (never a malformed date).

/**
 * 日数を足す（負数で引く）。
 *
 * 型つきの入力のみ（unknown を受け取る公開関数ではない）。結果が {@link SUPPORTED_DATE_RANGE} の外、
 * または引数が正しい暦日でなければ {@link CalendarDateError} を投げる。
 *
 * @example
 * ```ts
 * addDays(isoDate('2024-02-28'), 2); // => '2024-03-01'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const packed = packedIsoDate(date);
  const day = packed & 31;
  const start = daysFromCivil(packed >> 9, (packed >> 5) & 15, day);
  if (Number.isInteger(days)) return fromDayNumber(start + days);
  // What date-fns did (Date#setDate(getDate() + days)): NaN gives an invalid date, and a fractional sum is
  // truncated toward zero (ToIntegerOrInfinity), so 2025-01-15 + 1.5 is the 16th and + −1.5 the 13th.
  if (Number.isNaN(days)) throw new CalendarDateError('date.outOfRange');
  return fromDayNumber(start - day + Math.trunc(day + days));
}

/**
 * 月数を足す（負数で引く）。
 *
 * 型つきの入力のみ（unknown を受け取る公開関数ではない）。結果が {@link SUPPORTED_DATE_RANGE} の外、
 * または引数が正しい暦日でなければ {@link CalendarDateError} を投げる。
 *
 * 月末の扱い: 足した先の月に同じ日がなければ、その月の末日にする（date-fns `addMonths` と同じ）。
 * 例: 1月31日 + 1か月 = 2月末日。
 *
 * @example
 * ```ts
 * addMonths(isoDate('2025-01-31'), 1); // => '2025-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const packed = packedIsoDate(date);
  if (Number.isNaN(months)) throw new CalendarDateError('date.outOfRange');
  if (!months) return date;
  const year = packed >> 9;
  const day = packed & 31;
  // As date-fns: the month index (0-based) + months + 1, truncated toward zero, day 0 of it = the end of the
  // target month; keep the day of the month unless that month is shorter.
  const target = year * 12 + Math.trunc(((packed >> 5) & 15) - 1 + months + 1) - 1;
  const y = Math.floor(target / 12);
  if (!(y >= SUPPORTED_DATE_RANGE.firstYear && y <= SUPPORTED_DATE_RANGE.lastYear))
    throw new CalendarDateError('date.outOfRange');
  const m = target - y * 12 + 1;
  return formatSupported(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * その月の1日。
 *
 * 型つきの入力のみ（unknown を受け取る公開関数ではない）。結果が {@link SUPPORTED_DATE_RANGE} の外、
 * または引数が正しい暦日でなければ {@link CalendarDateError} を投げる。
 *
 * @example
 * ```ts
 * startOfMonth(isoDate('2025-05-20')); // => '2025-05-01'
 * ```
 */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = isoDateParts(date);
  return formatSupported(year, month, 1);
}

/**
 * その月の末日。
 *
 * 型つきの入力のみ（unknown を受け取る公開関数ではない）。結果が {@link SUPPORTED_DATE_RANGE} の外、
 * または引数が正しい暦日でなければ {@link CalendarDateError} を投げる。
 *
 * @example
 * ```ts
 * endOfMonth(isoDate('2024-02-10')); // => '2024-02-29'
 * ```
 */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = isoDateParts(date);
  return formatSupported(year, month, daysInMonth(year, month));
}

/**
 * 基準日の月から `monthOffset` か月ずらした月の `day` 日（「翌月10日」は offset 1, day 10）。
 * その月に `day` 日がなければ末日（例: 翌月31日 → 4月なら30日）。型つきの入力のみ（結果が範囲外なら
 * {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * dayOfMonthOffset(isoDate('2025-05-20'), 1, 10); // => '2025-06-10'
 * dayOfMonthOffset(isoDate('2025-03-15'), 1, 31); // => '2025-04-30'
 * ```
 */
export function dayOfMonthOffset(date: IsoDate, monthOffset: number, day: number): IsoDate {
  const first = addMonths(startOfMonth(date), monthOffset);
  const { year, month } = isoDateParts(first);
  return formatParts(year, month, Math.min(Math.max(1, Math.trunc(day)), daysInMonth(year, month)));
}

/**
 * 2つの暦日の差（`later - earlier` の日数）。型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * differenceInDays(isoDate('2025-03-01'), isoDate('2025-02-01')); // => 28
 * ```
 */
export function differenceInDays(later: IsoDate, earlier: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/**
 * 暦日の比較（`a < b` なら負、等しければ 0、`a > b` なら正）。`Array.prototype.sort` に使える。
 * 型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * compareIsoDates(isoDate('2025-01-01'), isoDate('2025-01-02')); // => -1
 * ```
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // YYYY-MM-DD strings of four-digit years sort lexically in calendar order.
  if (!isIsoDate(a) || !isIsoDate(b)) throw new CalendarDateError('date.invalid');
  return a < b ? -1 : a > b ? 1 : 0;
}
