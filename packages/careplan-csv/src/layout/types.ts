import type { CodeTable } from '@kaigo/core';
import { APPLICABLE_FLAG_CODES } from '@kaigo/forms';
import type { ColumnType } from './column';

const DEFAULT_STRING = /^[^",\r\n]*$/;

/**
 * 項目の型を作る関数（レイアウト表を短く書くため）。
 *
 * @example
 * ```ts
 * T.digits(6); // => { kind: 'digits', length: 6 }
 * T.dateOr('00000000'); // 「値なし」を 00000000 で表す日付
 * ```
 */
export const T = {
  /** 日付 `YYYYMMDD`。 */
  date: { kind: 'date' } as ColumnType,
  /** 日付。`placeholder`（例 `00000000`）は「値なし」。 */
  dateOr: (placeholder: string): ColumnType => ({ kind: 'date', placeholder }),
  /** 年月 `YYYYMM`。 */
  month: { kind: 'month' } as ColumnType,
  /** 年月。`placeholder`（例 `000000`）は「値なし」。 */
  monthOr: (placeholder: string): ColumnType => ({ kind: 'month', placeholder }),
  /** 時刻 `HHMM`。 */
  time: { kind: 'time' } as ColumnType,
  /** 時刻。`placeholder`（例 `9999`）は「値なし」。 */
  timeOr: (placeholder: string): ColumnType => ({ kind: 'time', placeholder }),
  /** 終了時刻 `HHMM`（`2400` = 24:00 も可）。 */
  endTime: { kind: 'time', endOfDay: true } as ColumnType,
  /** 終了時刻（`2400` も可）。`placeholder`（例 `9999`）は「値なし」。 */
  endTimeOr: (placeholder: string): ColumnType => ({ kind: 'time', placeholder, endOfDay: true }),
  /** 固定桁の数字。 */
  digits: (length: number): ColumnType => ({ kind: 'digits', length }),
  /** コード表のコード。 */
  code: (table: CodeTable): ColumnType => ({ kind: 'code', table }),
  /** 該当フラグ（1/0 ↔ true/false）。 */
  flag: { kind: 'flag', table: APPLICABLE_FLAG_CODES } as ColumnType,
  /** フリーテキスト（`"…"` で囲む）。 */
  text: { kind: 'text' } as ColumnType,
  /** 囲まない文字列（カンマ・引用符・改行を含まない）。 */
  str: { kind: 'string', pattern: DEFAULT_STRING, patternLabel: '文字列' } as ColumnType,
  /** 形式つきの囲まない文字列。 */
  pattern: (pattern: RegExp, patternLabel: string): ColumnType => ({
    kind: 'string',
    pattern,
    patternLabel,
  }),
  /** 整数。 */
  int: { kind: 'integer' } as ColumnType,
  /** 小数 `99.99`。 */
  decimal: {
    kind: 'decimal',
    pattern: /^\d{1,2}\.\d{2}$/,
    patternLabel: '99.99 形式',
  } as ColumnType,
} as const;

/** 被保険者番号（10桁、または生活保護単独の H + 9桁）。 */
export const INSURED_NUMBER = T.pattern(/^(\d{10}|H\d{9})$/, '10桁の数字または H + 9桁');
/** 郵便番号 `XXX-XXXX`。 */
export const POSTAL_CODE = T.pattern(/^\d{3}-\d{4}$/, 'XXX-XXXX');
/** サービス種類コード（英数字2桁）。 */
export const SERVICE_TYPE_CODE = T.pattern(/^[0-9A-Z]{2}$/, '英数字2桁');
/** サービスコード（英数字6桁。小計 AAAA/EEEE/ZZZZ、合計 999999 を含む）。 */
export const SERVICE_CODE = T.pattern(/^[0-9A-Z]{6}$/, '英数字6桁');
/** 日割対象日（0/1 の31桁）。 */
export const PRORATED_MASK = T.pattern(/^[01]{31}$/, '0/1 の31桁');
