import { failure, success } from '../result/build';
import type { Finding, Outcome } from '../result/types';
import { normalizeDigits } from '../text/normalizeDigits';

declare const isoDateBrand: unique symbol;

/**
 * 暦日（`YYYY-MM-DD`）。時刻もタイムゾーンも持たない。{@link parseIsoDate} で検証して得る。
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * SDK が扱う暦日の範囲（両端を含む）: 1873-01-01（明治6年1月1日、太陽暦の採用日）〜 2099-12-31（令和81年12月31日）。
 * 和暦を機械的に変換できる最初の日から始まり、ケアマネジメントの記録（生年月日を含む）と今後の計画期間を覆う。
 * この範囲外の日付は読み取りで `date.outOfRange` の失敗になり、日付の計算の結果が範囲外になれば
 * {@link CalendarDateError}（コード `date.outOfRange`）を投げる。壊れた日付（`2025-13-45` など）は作らない。
 *
 * @example
 * ```ts
 * SUPPORTED_DATE_RANGE.from; // => '1873-01-01'
 * SUPPORTED_DATE_RANGE.to; // => '2099-12-31'
 * ```
 */
export const SUPPORTED_DATE_RANGE = {
  from: '1873-01-01',
  to: '2099-12-31',
  firstYear: 1873,
  lastYear: 2099,
} as const;

/** 範囲外のときのメッセージに添える範囲の表記（入力値は含まない）。 */
const RANGE_TEXT = '1873-01-01〜2099-12-31、明治6年1月1日〜令和81年12月31日';

/**
 * 日付の読み取り（文字列）の長さの上限。日付・和暦・年月・番号は短いので、これより長い文字列は読む前に失敗にする
 * （長い入力に時間をかけないため）。
 *
 * @example
 * ```ts
 * SHORT_INPUT_MAX_LENGTH; // => 40
 * ```
 */
export const SHORT_INPUT_MAX_LENGTH = 40;

/**
 * 日付の操作（型つきの補助関数: {@link addDays}・{@link addMonths}・年度・期限・期間など）が、結果や引数が
 * 壊れた日付になる代わりに投げる例外。`RangeError` の派生で、安定したコード（`date.outOfRange`: 結果が
 * {@link SUPPORTED_DATE_RANGE} の外、`date.invalid`: 引数が実在する `YYYY-MM-DD` でない）と、入力値を含まない
 * 日本語のメッセージを持つ。市町村のルールはこれを例外にせず、`invalid` の結果の指摘にする。
 *
 * @example
 * ```ts
 * try {
 *   addDays(isoDate('2099-12-31'), 1);
 * } catch (e) {
 *   if (e instanceof CalendarDateError) e.code; // => 'date.outOfRange'
 * }
 * ```
 */
export class CalendarDateError extends RangeError {
  /** 安定した英語のコード。 */
  readonly code: 'date.outOfRange' | 'date.invalid';

  /** @param code `date.outOfRange` または `date.invalid` */
  constructor(code: 'date.outOfRange' | 'date.invalid') {
    super(
      code === 'date.outOfRange'
        ? `日付の計算の結果が対応範囲外です（${RANGE_TEXT}）。`
        : '日付が正しくありません（実在する YYYY-MM-DD ではありません）。',
    );
    this.name = 'CalendarDateError';
    this.code = code;
  }
}

/**
 * 年・月・日が {@link SUPPORTED_DATE_RANGE} の中の、実在する暦日か。
 *
 * @example
 * ```ts
 * isSupportedCalendarDate(2024, 2, 29); // => true
 * isSupportedCalendarDate(9999, 12, 31); // => false
 * ```
 */
export function isSupportedCalendarDate(year: number, month: number, day: number): boolean {
  return (
    isValidCalendarDate(year, month, day) &&
    year >= SUPPORTED_DATE_RANGE.firstYear &&
    year <= SUPPORTED_DATE_RANGE.lastYear
  );
}

/**
 * 年・月・日が実在する暦日か（グレゴリオ暦、1年〜9999年）。SDK が扱う範囲の中かは
 * {@link isSupportedCalendarDate} で確かめる。
 *
 * @example
 * ```ts
 * isValidCalendarDate(2024, 2, 29); // => true
 * isValidCalendarDate(2023, 2, 29); // => false
 * ```
 */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * その月の日数。
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // => 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * 年・月・日から {@link IsoDate} を作る。実在しない日付、{@link SUPPORTED_DATE_RANGE} の外の日付は失敗。
 *
 * @example
 * ```ts
 * isoDateFromParts(2025, 4, 1); // => { ok: true, value: '2025-04-01' }
 * ```
 */
export function isoDateFromParts(year: number, month: number, day: number): Outcome<IsoDate> {
  if (Number.isInteger(year) && outsideYears(year)) return outOfRange();
  if (!isValidCalendarDate(year, month, day)) {
    return failure('date.nonexistent', '存在しない日付です。');
  }
  return success(formatParts(year, month, day));
}

/**
 * 範囲外の日付の失敗（`date.outOfRange`。入力値を含まない）。
 *
 * @example
 * ```ts
 * dateOutOfRange().error.code; // => 'date.outOfRange'
 * ```
 */
export function dateOutOfRange(): { readonly ok: false; readonly error: Finding } {
  return failure('date.outOfRange', `対応範囲外の日付です（${RANGE_TEXT}）。`);
}
const outOfRange = dateOutOfRange;

function outsideYears(year: number): boolean {
  return year < SUPPORTED_DATE_RANGE.firstYear || year > SUPPORTED_DATE_RANGE.lastYear;
}

/**
 * 年月日を文字列にする（内部用）。実在しない日付なら `date.invalid`、{@link SUPPORTED_DATE_RANGE} の外なら
 * `date.outOfRange` の {@link CalendarDateError} を投げる（壊れた日付を作らない）。
 *
 * @internal
 */
export function formatParts(year: number, month: number, day: number): IsoDate {
  if (Number.isInteger(year) && outsideYears(year)) throw new CalendarDateError('date.outOfRange');
  if (!isValidCalendarDate(year, month, day)) throw new CalendarDateError('date.invalid');
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * 値を暦日として読む。`YYYY-MM-DD` のみ受け付ける（全角数字は半角にしてから読む）。
 * 2025-02-30 や 2023-02-29 のような実在しない日付、{@link SUPPORTED_DATE_RANGE}（1873-01-01〜2099-12-31）の外の
 * 日付（`date.outOfRange`）、{@link SHORT_INPUT_MAX_LENGTH} 文字より長い文字列（`date.tooLong`）は失敗になる。
 * どんな値でも例外は投げない。
 *
 * @example
 * ```ts
 * parseIsoDate('２０２５-０４-０１'); // => { ok: true, value: '2025-04-01' }
 * parseIsoDate('2025-02-30').ok; // => false
 * ```
 */
export function parseIsoDate(value: unknown): Outcome<IsoDate> {
  if (typeof value !== 'string')
    return failure('date.type', '日付は文字列（YYYY-MM-DD）で指定してください。');
  if (value.length > SHORT_INPUT_MAX_LENGTH) return dateTooLong();
  const m = ISO_DATE.exec(normalizeDigits(value));
  if (!m) return failure('date.format', '日付の形式が正しくありません（YYYY-MM-DD）。');
  return isoDateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * 値が正しい {@link IsoDate} か（正規化なしの厳密な判定。実在し、{@link SUPPORTED_DATE_RANGE} の中の日付）。
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // => true
 * isIsoDate('2024-2-29'); // => false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && packedFields(value) >= 0;
}

/**
 * {@link IsoDate} を年・月・日に分ける。型つきの入力のみ（unknown を受け取る公開関数ではない）: 実行時に
 * 正しい {@link IsoDate} でない値（`'2025-13-45' as IsoDate` など）なら `date.invalid` の {@link CalendarDateError}。
 *
 * @example
 * ```ts
 * isoDateParts(isoDate('2025-04-01')); // => { year: 2025, month: 4, day: 1 }
 * ```
 */
export function isoDateParts(date: IsoDate): { year: number; month: number; day: number } {
  const packed = packedIsoDate(date);
  return { year: packed >> 9, month: (packed >> 5) & 15, day: packed & 31 };
}

/**
 * 文字列リテラルを {@link IsoDate} にする。定数・テスト用。実在しない日付・範囲外の日付なら
 * `date.invalid` の {@link CalendarDateError}（プログラムの誤りのため。メッセージに値は含めない）。
 * 利用者の入力には {@link parseIsoDate} を使う。
 *
 * @example
 * ```ts
 * const start = isoDate('2024-04-01');
 * ```
 */
export function isoDate(literal: string): IsoDate {
  if (!isIsoDate(literal)) throw new CalendarDateError('date.invalid');
  return literal;
}

function dateTooLong(): { readonly ok: false; readonly error: Finding } {
  return failure('date.tooLong', `日付が長すぎます（${SHORT_INPUT_MAX_LENGTH}文字まで）。`);
}

// Calendar arithmetic is integer arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), with no
// Date object: nothing depends on the host time zone (local-time Date objects skip days: Pacific/Kiritimati has no
// 1994-12-31), and nothing allocates but the result string.

/** Digit value of the character at `i`, or −1 when it is not an ASCII digit. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The year, month and day of a supported `YYYY-MM-DD` packed as `year * 512 + month * 32 + day`, or −1.
 * Same test as `/^(\d{4})-(\d{2})-(\d{2})$/` followed by {@link isSupportedCalendarDate}, without a regular
 * expression or a substring (proven equal by packages/core/src/date/integerDays.test.ts).
 */
function packedFields(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(s, 0);
  const y1 = digitAt(s, 1);
  const y2 = digitAt(s, 2);
  const y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5);
  const m1 = digitAt(s, 6);
  const d0 = digitAt(s, 8);
  const d1 = digitAt(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return -1;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < SUPPORTED_DATE_RANGE.firstYear || year > SUPPORTED_DATE_RANGE.lastYear) return -1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1;
  return year * 512 + month * 32 + day;
}

/**
 * 年・月・日を年月日の通し番号（1970-01-01 を 0 とする日数、先発グレゴリオ暦）にする（内部用）。
 * days_from_civil (H. Hinnant): years start on 1 March so that the leap day is the last day of a year.
 *
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // 0..399
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // 0..365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // 0..146096
  return era * 146097 + doe - 719468;
}

/**
 * 年月日の通し番号（{@link daysFromCivil}）を年・月・日にする（内部用）。civil_from_days (H. Hinnant).
 *
 * @internal
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0..146096
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  ); // 0..399
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // 0..365
  const mp = Math.floor((5 * doy + 2) / 153); // 0..11, March first
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

/** 対応範囲の最初の日の通し番号（1873-01-01）。 */
const FIRST_DAY = daysFromCivil(SUPPORTED_DATE_RANGE.firstYear, 1, 1);
/** 対応範囲の最後の日の通し番号（2099-12-31）。 */
const LAST_DAY = daysFromCivil(SUPPORTED_DATE_RANGE.lastYear, 12, 31);

/**
 * {@link IsoDate} の年・月・日（`year * 512 + month * 32 + day`）。正しい {@link IsoDate} でなければ `date.invalid` の
 * {@link CalendarDateError}。
 *
 * @internal
 */
export function packedIsoDate(date: IsoDate): number {
  const packed = typeof date === 'string' ? packedFields(date) : -1;
  if (packed < 0) throw new CalendarDateError('date.invalid');
  return packed;
}

/**
 * {@link IsoDate} の通し番号（1970-01-01 を 0 とする日数）。正しい {@link IsoDate} でなければ `date.invalid` の
 * {@link CalendarDateError}。
 *
 * @internal
 */
export function toDayNumber(date: IsoDate): number {
  const packed = packedIsoDate(date);
  return daysFromCivil(packed >> 9, (packed >> 5) & 15, packed & 31);
}

/**
 * 通し番号を {@link IsoDate} にする。{@link SUPPORTED_DATE_RANGE} の外（NaN・無限大・整数でない値を含む）なら
 * `date.outOfRange` の {@link CalendarDateError}。
 *
 * @internal
 */
export function fromDayNumber(days: number): IsoDate {
  if (!(days >= FIRST_DAY && days <= LAST_DAY) || !Number.isInteger(days))
    throw new CalendarDateError('date.outOfRange');
  const { year, month, day } = civilFromDays(days);
  return formatSupported(year, month, day);
}

/**
 * 対応範囲の中の実在する年月日を文字列にする（内部用。検査しない: 呼び出し側が保証する）。
 *
 * @internal
 */
export function formatSupported(year: number, month: number, day: number): IsoDate {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}
