import { CalendarDateError, isIsoDate, isoDate } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';

/** 元号。 */
export interface Era {
  /** 元号名（漢字）。 */
  readonly name: '明治' | '大正' | '昭和' | '平成' | '令和';
  /** ローマ字の頭文字（M/T/S/H/R）。 */
  readonly letter: 'M' | 'T' | 'S' | 'H' | 'R';
  /** 元年の西暦年。 */
  readonly firstYear: number;
  /** SDK が扱う最初の日（この元号の初日、明治は太陽暦採用日）。 */
  readonly start: IsoDate;
  /** 最後の日（令和は未定なので undefined）。 */
  readonly end?: IsoDate;
}

/**
 * 元号の一覧（古い順）。境界は日単位で正確: 大正 1912-07-30〜、昭和 1926-12-25〜、平成 1989-01-08〜、令和 2019-05-01〜。
 * 明治は太陽暦を採用した明治6年1月1日（1873-01-01）から扱う。それより前の明治の日付は太陰太陽暦のため、
 * 西暦に機械的に変換できない。
 *
 * @example
 * ```ts
 * ERAS.find((e) => e.letter === 'H')?.start; // => '1989-01-08'
 * ```
 */
export const ERAS: readonly Era[] = [
  {
    name: '明治',
    letter: 'M',
    firstYear: 1868,
    start: isoDate('1873-01-01'),
    end: isoDate('1912-07-29'),
  },
  {
    name: '大正',
    letter: 'T',
    firstYear: 1912,
    start: isoDate('1912-07-30'),
    end: isoDate('1926-12-24'),
  },
  {
    name: '昭和',
    letter: 'S',
    firstYear: 1926,
    start: isoDate('1926-12-25'),
    end: isoDate('1989-01-07'),
  },
  {
    name: '平成',
    letter: 'H',
    firstYear: 1989,
    start: isoDate('1989-01-08'),
    end: isoDate('2019-04-30'),
  },
  { name: '令和', letter: 'R', firstYear: 2019, start: isoDate('2019-05-01') },
];

/**
 * 暦日が属する元号。明治6年より前なら undefined。型つきの入力のみ（正しい暦日でなければ {@link CalendarDateError}）。
 *
 * @example
 * ```ts
 * eraOf(isoDate('2019-04-30'))?.name; // => '平成'
 * eraOf(isoDate('2019-05-01'))?.name; // => '令和'
 * ```
 */
export function eraOf(date: IsoDate): Era | undefined {
  if (!isIsoDate(date)) throw new CalendarDateError('date.invalid');
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i];
    if (era && date >= era.start) return era.end === undefined || date <= era.end ? era : undefined;
  }
  return undefined;
}
