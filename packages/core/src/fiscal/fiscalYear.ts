import { CalendarDateError, formatParts, isoDateParts } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { eraOf } from '../wareki/eras';

/**
 * 暦日が属する年度（4月1日〜翌年3月31日）。年度は開始年の西暦で表す。
 * 年度の関数はすべて型つきの入力のみ（unknown を受け取る公開関数ではない）: 正しくない暦日・年度や、結果が
 * {@link SUPPORTED_DATE_RANGE} の外になるときは {@link CalendarDateError} を投げる（壊れた日付・表示を作らない）。
 *
 * @example
 * ```ts
 * fiscalYearOf(isoDate('2025-03-31')); // => 2024
 * fiscalYearOf(isoDate('2025-04-01')); // => 2025
 * ```
 */
export function fiscalYearOf(date: IsoDate): number {
  const { year, month } = isoDateParts(date);
  return month >= 4 ? year : year - 1;
}

/**
 * 年度の初日（4月1日）。
 *
 * @example
 * ```ts
 * fiscalYearStart(2024); // => '2024-04-01'
 * ```
 */
export function fiscalYearStart(fiscalYear: number): IsoDate {
  return formatParts(fiscalYear, 4, 1);
}

/**
 * 年度の末日（翌年3月31日）。
 *
 * @example
 * ```ts
 * fiscalYearEnd(2024); // => '2025-03-31'
 * ```
 */
export function fiscalYearEnd(fiscalYear: number): IsoDate {
  return formatParts(fiscalYear + 1, 3, 31);
}

/**
 * 年度の表示名。`wareki` は `令和6年度`、`seireki` は `2024年度`。年度が整数でない、または対応範囲
 * （1873〜2099年度）の外なら {@link CalendarDateError}。
 * 和暦はその年度の5月1日の元号で表す（平成元年度＝1989年度、令和元年度＝2019年度という行政の慣用に合う）。
 *
 * @example
 * ```ts
 * fiscalYearLabel(2024); // => '令和6年度'
 * fiscalYearLabel(2019); // => '令和元年度'
 * fiscalYearLabel(2024, 'seireki'); // => '2024年度'
 * ```
 */
export function fiscalYearLabel(
  fiscalYear: number,
  style: 'wareki' | 'seireki' = 'wareki',
): string {
  if (!Number.isInteger(fiscalYear)) throw new CalendarDateError('date.invalid');
  const mayFirst = formatParts(fiscalYear, 5, 1); // throws outside the supported range
  if (style === 'seireki') return `${fiscalYear}年度`;
  const era = eraOf(mayFirst);
  if (!era) return `${fiscalYear}年度`;
  const n = fiscalYear - era.firstYear + 1;
  return `${era.name}${n === 1 ? '元' : n}年度`;
}
