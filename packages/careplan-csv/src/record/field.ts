import { isIsoDate, isSupportedCalendarDate, isValidCalendarDate } from '@kaigo/core';
import type { ColumnDef } from '../layout/column';

/** 1項目を読んだ結果。`value` が undefined なら値なし。 */
export type FieldRead =
  | { readonly ok: true; readonly value: unknown; readonly note?: FieldProblem }
  | { readonly ok: false; readonly problem: FieldProblem };

/** 1項目を書いた結果（CSV に出す文字列。フリーテキストは引用符なしの中身）。 */
export type FieldWrite =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: FieldProblem };

/** 項目の問題（コードと、項目名を付ける前のメッセージ）。 */
export interface FieldProblem {
  /** 安定した英語のコード。 */
  readonly code: string;
  /** 日本語のメッセージ（項目名なし、入力値なし）。 */
  readonly message: string;
}

const DIGITS = /^\d+$/;
const INT = /^-?\d+$/;
const YM = /^\d{4}-(0[1-9]|1[0-2])$/;
const HM = /^([01]\d|2[0-3]):[0-5]\d$/;
// 終了時刻の 24:00（UP3KYO No.9・12、UPPLAN/UPJSK No.13）。
const END_OF_DAY = '24:00';

const bad = (code: string, message: string): { ok: false; problem: FieldProblem } => ({
  ok: false,
  problem: { code, message },
});

/**
 * CSV の1項目（引用符を外した文字列）を、項目表の型に従ってオブジェクトの値にする。空欄は値なし
 * （必須項目では指摘）、プレースホルダ（`00000000` など）も値なし。日付は `YYYY-MM-DD`、年月は `YYYY-MM`、
 * 時刻は `HH:MM`、コードと固定桁の数字は文字列のまま、該当フラグは真偽値、整数は数値。例外を投げない
 * （文字列でない値、正しくない項目の定義は問題として返す）。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウトの書式欄（YYYYMMDD、YYYYMM、HHMM、コード表）
 * @example
 * ```ts
 * readField(col, '20250401'); // => { ok: true, value: '2025-04-01' }（col が日付の項目のとき）
 * ```
 */
export function readField(col: ColumnDef, raw: string): FieldRead {
  if (typeof raw !== 'string') return bad('field.type', '文字列ではありません。');
  try {
    return readFieldOf(col, raw);
  } catch {
    return bad('column.invalid', '項目の定義（ColumnDef）が正しくありません。');
  }
}

/** Internal: {@link readField} for a column known to be well formed (a compiled layout's copy). */
export function readFieldOf(col: ColumnDef, raw: string): FieldRead {
  const t = col.type;
  if (raw === '') {
    return col.required
      ? bad('field.required', '必須の項目が空です。')
      : { ok: true, value: undefined };
  }
  switch (t.kind) {
    case 'date': {
      if (t.placeholder !== undefined && raw === t.placeholder)
        return { ok: true, value: undefined };
      if (raw.length !== 8 || !DIGITS.test(raw))
        return bad('field.date', '日付の形式が正しくありません（YYYYMMDD）。');
      const y = Number(raw.slice(0, 4));
      const m = Number(raw.slice(4, 6));
      const d = Number(raw.slice(6, 8));
      if (!isValidCalendarDate(y, m, d)) return bad('field.date', '存在しない日付です。');
      if (!isSupportedCalendarDate(y, m, d))
        return bad('field.date', '対応範囲外の日付です（1873-01-01〜2099-12-31）。');
      return { ok: true, value: `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` };
    }
    case 'month': {
      if (t.placeholder !== undefined && raw === t.placeholder)
        return { ok: true, value: undefined };
      const v = `${raw.slice(0, 4)}-${raw.slice(4)}`;
      if (raw.length !== 6 || !DIGITS.test(raw) || !YM.test(v) || v.startsWith('0000'))
        return bad('field.month', '年月の形式が正しくありません（YYYYMM）。');
      return { ok: true, value: v };
    }
    case 'time': {
      if (t.placeholder !== undefined && raw === t.placeholder)
        return { ok: true, value: undefined };
      const v = `${raw.slice(0, 2)}:${raw.slice(2)}`;
      if (raw.length !== 4 || !(HM.test(v) || (t.endOfDay === true && v === END_OF_DAY)))
        return bad('field.time', '時刻の形式が正しくありません（HHMM）。');
      return { ok: true, value: v };
    }
    case 'digits':
      if (raw.length !== t.length || !DIGITS.test(raw))
        return bad('field.digits', `${t.length}桁の数字ではありません。`);
      return { ok: true, value: raw };
    case 'code':
      if (!t.table.entries.some((e) => e.code === raw))
        return bad('field.code', `${t.table.label}にないコードです。`);
      return { ok: true, value: raw };
    case 'flag':
      if (raw === '1') return { ok: true, value: true };
      if (raw === '0') return { ok: true, value: false };
      return bad('field.flag', '該当フラグは 1（該当）または 0（非該当）です。');
    case 'text':
      return { ok: true, value: raw };
    case 'string':
      if (col.length !== undefined && [...raw].length > col.length)
        return bad('field.length', `項目長（${col.length}）を超えています。`);
      if (t.pattern && !t.pattern.test(raw))
        return bad('field.format', `形式が正しくありません（${t.patternLabel ?? '文字列'}）。`);
      return { ok: true, value: raw };
    case 'integer': {
      if (!INT.test(raw)) return bad('field.integer', '整数ではありません。');
      const digits = raw.startsWith('-') ? raw.length - 1 : raw.length;
      if (col.length !== undefined && digits > col.length)
        return bad('field.length', `項目長（${col.length}桁）を超えています。`);
      const value = Number(raw);
      if (!Number.isSafeInteger(value)) return bad('field.integer', '整数の範囲を超えています。');
      if (String(value) !== raw) {
        return {
          ok: true,
          value,
          note: {
            code: 'field.integerNotCanonical',
            message: '整数の表記に先頭の0などがあります（書き戻すと表記が変わります）。',
          },
        };
      }
      return { ok: true, value };
    }
    case 'decimal':
      if (!t.pattern.test(raw))
        return bad('field.decimal', `形式が正しくありません（${t.patternLabel}）。`);
      return { ok: true, value: raw };
  }
  return bad('column.invalid', '項目の定義（ColumnDef）が正しくありません。');
}

/**
 * オブジェクトの値を CSV の1項目の文字列にする（{@link readField} の逆）。値なしは空欄、ただし必須で
 * プレースホルダのある項目はプレースホルダ（`00000000`、`000000`、`9999`）。型や形式の合わない値は問題として返す
 * （例外を投げない）。`null` は値なしとして扱う。
 *
 * @source mhlw-careplan-csv-v4 別紙 各レイアウトの書式欄
 * @example
 * ```ts
 * writeField(col, '2025-04-01'); // => { ok: true, text: '20250401' }（col が日付の項目のとき）
 * ```
 */
export function writeField(col: ColumnDef, value: unknown): FieldWrite {
  try {
    return writeFieldOf(col, value);
  } catch {
    return bad('column.invalid', '項目の定義（ColumnDef）が正しくありません。');
  }
}

/** Internal: {@link writeField} for a column known to be well formed (a compiled layout's copy). */
export function writeFieldOf(col: ColumnDef, value: unknown): FieldWrite {
  const t = col.type;
  if (value === undefined || value === null || value === '') {
    if (!col.required) return { ok: true, text: '' };
    if (
      (t.kind === 'date' || t.kind === 'month' || t.kind === 'time') &&
      t.placeholder !== undefined
    )
      return { ok: true, text: t.placeholder };
    return bad('field.required', '必須の項目に値がありません。');
  }
  switch (t.kind) {
    case 'date':
      if (!isIsoDate(value)) return bad('field.date', '日付（YYYY-MM-DD）ではありません。');
      return { ok: true, text: value.replaceAll('-', '') };
    case 'month':
      if (typeof value !== 'string' || !YM.test(value) || value.startsWith('0000'))
        return bad('field.month', '年月（YYYY-MM）ではありません。');
      return { ok: true, text: value.replace('-', '') };
    case 'time':
      if (
        typeof value !== 'string' ||
        !(HM.test(value) || (t.endOfDay === true && value === END_OF_DAY))
      )
        return bad('field.time', '時刻（HH:MM）ではありません。');
      return { ok: true, text: value.replace(':', '') };
    case 'digits':
      if (typeof value !== 'string' || value.length !== t.length || !DIGITS.test(value))
        return bad('field.digits', `${t.length}桁の数字の文字列ではありません。`);
      return { ok: true, text: value };
    case 'code':
      if (typeof value !== 'string' || !t.table.entries.some((e) => e.code === value))
        return bad('field.code', `${t.table.label}にないコードです。`);
      return { ok: true, text: value };
    case 'flag':
      if (typeof value !== 'boolean') return bad('field.flag', '真偽値ではありません。');
      return { ok: true, text: value ? '1' : '0' };
    case 'text':
      if (typeof value !== 'string') return bad('field.type', '文字列ではありません。');
      return { ok: true, text: value };
    case 'string':
      if (typeof value !== 'string') return bad('field.type', '文字列ではありません。');
      if (col.length !== undefined && [...value].length > col.length)
        return bad('field.length', `項目長（${col.length}）を超えています。`);
      if (t.pattern && !t.pattern.test(value))
        return bad('field.format', `形式が正しくありません（${t.patternLabel ?? '文字列'}）。`);
      return { ok: true, text: value };
    case 'integer': {
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        return bad('field.integer', '整数ではありません。');
      const text = String(value);
      const digits = value < 0 ? text.length - 1 : text.length;
      if (col.length !== undefined && digits > col.length)
        return bad('field.length', `項目長（${col.length}桁）を超えています。`);
      return { ok: true, text };
    }
    case 'decimal':
      if (typeof value !== 'string' || !t.pattern.test(value))
        return bad('field.decimal', `形式が正しくありません（${t.patternLabel}）。`);
      return { ok: true, text: value };
  }
  return bad('column.invalid', '項目の定義（ColumnDef）が正しくありません。');
}
