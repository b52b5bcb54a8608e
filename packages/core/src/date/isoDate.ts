import { UTCDate } from '@date-fns/utc';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { normalizeDigits } from '../text/normalizeDigits';

declare const isoDateBrand: unique symbol;

/**
 * 暦日（`YYYY-MM-DD`）。時刻もタイムゾーンも持たない。{@link parseIsoDate} で検証して得る。
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * 年・月・日が実在する暦日か（グレゴリオ暦、1年〜9999年）。
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
 * 年・月・日から {@link IsoDate} を作る。実在しない日付は失敗。
 *
 * @example
 * ```ts
 * isoDateFromParts(2025, 4, 1); // => { ok: true, value: '2025-04-01' }
 * ```
 */
export function isoDateFromParts(year: number, month: number, day: number): Outcome<IsoDate> {
  if (!isValidCalendarDate(year, month, day)) {
    return failure('date.nonexistent', '存在しない日付です。');
  }
  return success(formatParts(year, month, day));
}

/** 検証済みの年月日を文字列にする（内部用）。 */
export function formatParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/**
 * 値を暦日として読む。`YYYY-MM-DD` のみ受け付ける（全角数字は半角にしてから読む）。
 * 2025-02-30 や 2023-02-29 のような実在しない日付は失敗になる。例外は投げない。
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
  const m = ISO_DATE.exec(normalizeDigits(value));
  if (!m) return failure('date.format', '日付の形式が正しくありません（YYYY-MM-DD）。');
  return isoDateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * 値が正しい {@link IsoDate} か（正規化なしの厳密な判定）。
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // => true
 * isIsoDate('2024-2-29'); // => false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isValidCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * {@link IsoDate} を年・月・日に分ける。
 *
 * @example
 * ```ts
 * isoDateParts(isoDate('2025-04-01')); // => { year: 2025, month: 4, day: 1 }
 * ```
 */
export function isoDateParts(date: IsoDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * 文字列リテラルを {@link IsoDate} にする。定数・テスト用。実在しない日付なら例外（プログラムの誤りのため）。
 * 利用者の入力には {@link parseIsoDate} を使う。
 *
 * @example
 * ```ts
 * const start = isoDate('2024-04-01');
 * ```
 */
export function isoDate(literal: string): IsoDate {
  if (!isIsoDate(literal)) throw new TypeError(`Not a calendar date literal: ${literal}`);
  return literal;
}

// date-fns is used on UTCDate so no operation depends on the host time zone
// (local-time Date objects skip days: Pacific/Kiritimati has no 1994-12-31).
/** @internal */
export function toUtcDate(date: IsoDate): UTCDate {
  const { year, month, day } = isoDateParts(date);
  const d = new UTCDate(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  return d;
}

/** @internal */
export function fromUtcDate(d: Date): IsoDate {
  return formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
