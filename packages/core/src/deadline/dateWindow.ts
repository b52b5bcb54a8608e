import { differenceInDays } from '../date/arithmetic';
import { CalendarDateError, isIsoDate } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';

/** 期間（両端を含む）。評価の実施時期・提出期間など。 */
export interface DateWindow {
  /** 初日（含む）。 */
  readonly from: IsoDate;
  /** 末日（含む）。 */
  readonly to: IsoDate;
}

/** 日付と期間の関係。 */
export interface WindowCheck {
  /** 期間より前・期間内・期間より後。 */
  readonly position: 'before' | 'inside' | 'after';
  /** 初日まであと何日早いか（期間より前のときのみ正）。 */
  readonly daysEarly: number;
  /** 末日を何日過ぎたか（期間より後のときのみ正）。 */
  readonly daysLate: number;
}

/**
 * 日付が期間（両端を含む）のどこにあるか。型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * const w = { from: isoDate('2024-05-10'), to: isoDate('2024-06-10') };
 * checkWindow(w, isoDate('2024-06-10')).position; // => 'inside'
 * checkWindow(w, isoDate('2024-06-12')); // => { position: 'after', daysEarly: 0, daysLate: 2 }
 * ```
 */
export function checkWindow(window: DateWindow, date: IsoDate): WindowCheck {
  const early = differenceInDays(window.from, date);
  if (early > 0) return { position: 'before', daysEarly: early, daysLate: 0 };
  const late = differenceInDays(date, window.to);
  if (late > 0) return { position: 'after', daysEarly: 0, daysLate: late };
  return { position: 'inside', daysEarly: 0, daysLate: 0 };
}

/**
 * 日付が期間内か（両端を含む）。型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * isWithinWindow({ from: isoDate('2024-12-01'), to: isoDate('2024-12-31') }, isoDate('2024-12-31')); // => true
 * ```
 */
export function isWithinWindow(window: DateWindow, date: IsoDate): boolean {
  if (!isIsoDate(date) || !isIsoDate(window.from) || !isIsoDate(window.to))
    throw new CalendarDateError('date.invalid');
  return date >= window.from && date <= window.to;
}
