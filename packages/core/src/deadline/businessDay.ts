import holidayJp from '@holiday-jp/holiday_jp';
import { addDays } from '../date/arithmetic';
import { CalendarDateError, isIsoDate, isoDateParts } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';

/** 休日かどうかを答える関数。範囲外の日付は失敗を返す。 */
export type HolidayCalendar = (date: IsoDate) => Outcome<boolean>;

const holidays: Readonly<Record<string, unknown>> = holidayJp.holidays;
const FIRST = '1970-01-01';
const LAST = Object.keys(holidays).reduce((a, b) => (a > b ? a : b), FIRST);

/**
 * 日本の国民の祝日・休日（振替休日を含む）か。データは holiday_jp（@holiday-jp/holiday_jp）による。
 * データの範囲（1970年〜収録最終年）外は失敗を返す。土日は含まない（{@link isJapaneseNonBusinessDay} を参照）。
 *
 * @example
 * ```ts
 * isJapaneseHoliday(isoDate('2025-05-05')); // => { ok: true, value: true }
 * ```
 */
export function isJapaneseHoliday(date: IsoDate): Outcome<boolean> {
  if (!isIsoDate(date))
    return failure(
      'date.invalid',
      '日付が正しくありません（実在する YYYY-MM-DD ではありません）。',
    );
  if (date < FIRST || date.slice(0, 4) > LAST.slice(0, 4)) {
    return failure('holiday.outOfRange', '祝日データの範囲外の日付です。');
  }
  return success(Object.prototype.hasOwnProperty.call(holidays, date));
}

/**
 * 曜日（0=日曜〜6=土曜）。タイムゾーンに依存しない計算。型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * dayOfWeek(isoDate('2025-05-05')); // => 1
 * ```
 */
export function dayOfWeek(date: IsoDate): number {
  const { year, month, day } = isoDateParts(date);
  // Sakamoto's method: pure integer arithmetic, no Date object.
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (
    (y +
      Math.floor(y / 4) -
      Math.floor(y / 100) +
      Math.floor(y / 400) +
      (t[month - 1] ?? 0) +
      day) %
    7
  );
}

/**
 * 土曜・日曜・祝日・休日のいずれかか（市役所の閉庁日の目安。年末年始は含まない）。
 *
 * @example
 * ```ts
 * isJapaneseNonBusinessDay(isoDate('2025-05-03')); // => { ok: true, value: true }
 * ```
 */
export function isJapaneseNonBusinessDay(date: IsoDate): Outcome<boolean> {
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return success(true);
  return isJapaneseHoliday(date);
}

/**
 * 期限日が休日なら、次（`next`）または前（`previous`）の営業日にずらす。要領が定めない限り期限は動かないので、
 * 利用者が明示的に選んだときだけ使う。休日の判定関数は差し替えられる（既定は土日祝日）。
 * 正しくない暦日や、対応範囲の端を越えるときは `date.invalid`・`date.outOfRange` の失敗を返す。
 *
 * @example
 * ```ts
 * shiftToBusinessDay(isoDate('2025-05-03'), 'next'); // => { ok: true, value: '2025-05-07' }
 * shiftToBusinessDay(isoDate('2025-05-03'), 'previous'); // => { ok: true, value: '2025-05-02' }
 * ```
 */
export function shiftToBusinessDay(
  date: IsoDate,
  direction: 'next' | 'previous',
  isNonBusinessDay: HolidayCalendar = isJapaneseNonBusinessDay,
): Outcome<IsoDate> {
  const step = direction === 'next' ? 1 : -1;
  let current = date;
  // Japanese holiday runs are at most about a week long (Golden Week, 年末年始 when included).
  try {
    for (let i = 0; i < 31; i++) {
      const closed = isNonBusinessDay(current);
      if (!closed.ok) return closed;
      if (!closed.value) return success(current);
      current = addDays(current, step);
    }
  } catch (error) {
    // Past the supported range, or not a calendar date: an explicit failure, never a malformed date.
    if (error instanceof CalendarDateError) return failure(error.code, error.message);
    throw error;
  }
  return failure('holiday.noBusinessDay', '31日以内に営業日が見つかりません。');
}
