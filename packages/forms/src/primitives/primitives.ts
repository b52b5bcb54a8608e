import type { CodeTable } from '@kaigo/core';
import { codesOf } from '@kaigo/core';
import * as z from 'zod';
import type { FieldMeta } from '../meta/fieldMeta';
import { withMeta } from '../meta/fieldMeta';
import { registerCodeTable } from './codeTableOf';
import { withFormatHint } from './formatHint';

/** 項目を作る関数に渡すメタデータ（コード表 id は {@link codeField} が付ける）。 */
export type FieldOptions = Omit<FieldMeta, 'codeTable'>;

/** 対応範囲の年（1873〜2099）。 */
const YEAR = '(?:187[3-9]|18[89]\\d|19\\d\\d|20\\d\\d)';
/** 対応範囲のうるう年（1876〜2096。1900年は平年、2000年はうるう年）。 */
const LEAP_YEAR =
  '(?:18(?:76|8[048]|9[26])|19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26]))';

/**
 * 対応範囲（`SUPPORTED_DATE_RANGE`: 1873-01-01〜2099-12-31）の中の、実在する暦日（`YYYY-MM-DD`）の正規表現。
 * {@link dateField} が使い、JSON Schema の `pattern` にもなる（先読みなどを使わないので Java・.NET・PHP の
 * 検証器でも同じ結果）。
 *
 * @example
 * ```ts
 * SUPPORTED_DATE_PATTERN.test('2024-02-29'); // => true
 * SUPPORTED_DATE_PATTERN.test('9999-12-31'); // => false
 * ```
 */
export const SUPPORTED_DATE_PATTERN = new RegExp(
  `^(?:${LEAP_YEAR}-02-29|${YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])))$`,
);

/**
 * 対応範囲（1873-01〜2099-12）の年月（`YYYY-MM`）の正規表現。{@link yearMonthField} が使う。
 *
 * @example
 * ```ts
 * SUPPORTED_YEAR_MONTH_PATTERN.test('2025-04'); // => true
 * ```
 */
export const SUPPORTED_YEAR_MONTH_PATTERN = withFormatHint(
  new RegExp(`^${YEAR}-(?:0[1-9]|1[0-2])$`),
  {
    format: 'YYYY-MM',
    example: '2025-04',
    explain: (input) => {
      const m = /^\d{4}-(\d{2})$/.exec(input);
      if (!m) return undefined;
      const month = Number(m[1]);
      return month < 1 || month > 12
        ? '存在しない月です（月は 01〜12）。'
        : '対応範囲外の年月です（1873-01〜2099-12）。';
    },
  },
);

const TIME_PATTERN = withFormatHint(/^([01]\d|2[0-3]):[0-5]\d$/, {
  format: 'HH:MM',
  example: '09:30',
  explain: (input) =>
    /^\d{2}:\d{2}$/.test(input) ? '存在しない時刻です（時は 00〜23、分は 00〜59）。' : undefined,
});

const INSURED_NUMBER_PATTERN = withFormatHint(/^(\d{10}|H\d{9})$/, {
  format: '10桁の数字、または H＋9桁の数字',
  example: '0000012345',
});

/** The pattern of {@link digitsField} for one length, with its hint (one per length, so the map stays small). */
function digitsPattern(length: number): RegExp {
  return withFormatHint(new RegExp(`^\\d{${length}}$`), {
    format: `${length}桁の数字`,
    example: '1234567890'.repeat(Math.ceil(length / 10)).slice(0, length),
  });
}

/**
 * 暦日（`YYYY-MM-DD`）の項目。SDK の対応範囲（1873-01-01〜2099-12-31）の外の日付は、形式の誤りと同じく
 * `invalid_format` になる（メッセージは「対応範囲外」と範囲を示す）。
 *
 * @example
 * ```ts
 * const birthDate = dateField({ label: '生年月日' });
 * ```
 */
export function dateField(meta: FieldOptions): z.ZodISODate {
  // zod's own date pattern accepts 0000..9999; the def's pattern (typed as fixed) is the supported range.
  const params: object = { pattern: SUPPORTED_DATE_PATTERN };
  return withMeta(z.iso.date(params as z.core.$ZodISODateParams), meta);
}

/**
 * 年月（`YYYY-MM`）の項目（対応範囲 1873-01〜2099-12）。
 *
 * @example
 * ```ts
 * const month = yearMonthField({ label: '対象年月' });
 * ```
 */
export function yearMonthField(meta: FieldOptions): z.ZodString {
  return withMeta(z.string().regex(SUPPORTED_YEAR_MONTH_PATTERN), meta);
}

/**
 * 時刻（`HH:MM`）の項目。
 *
 * @example
 * ```ts
 * const start = timeField({ label: '開始時刻' });
 * ```
 */
export function timeField(meta: FieldOptions): z.ZodString {
  return withMeta(z.string().regex(TIME_PATTERN), meta);
}

/**
 * 自由記述の項目（長さの上限つき。既定 2000 文字）。
 *
 * @example
 * ```ts
 * const note = textField({ label: '特記事項' }, 500);
 * ```
 */
export function textField(meta: FieldOptions, max = 2000): z.ZodString {
  return withMeta(z.string().max(max), meta);
}

/**
 * 固定桁の数字の項目（文字列のまま。先頭の0を保つ）。
 *
 * @example
 * ```ts
 * const insurer = digitsField(6, { label: '保険者番号' });
 * ```
 */
export function digitsField(length: number, meta: FieldOptions): z.ZodString {
  return withMeta(z.string().regex(digitsPattern(length)), meta);
}

/**
 * 被保険者番号（10桁の数字、または生活保護単独の H + 9桁）。
 *
 * @example
 * ```ts
 * const insured = insuredNumberField({ label: '被保険者番号' });
 * ```
 */
export function insuredNumberField(meta: FieldOptions): z.ZodString {
  return withMeta(z.string().regex(INSURED_NUMBER_PATTERN), meta);
}

/**
 * コード表のコードの項目。コード表 id をメタデータに持つ。
 *
 * @example
 * ```ts
 * const level = codeField(CARE_LEVEL_CODES_KYOTAKU, { label: '要介護状態区分' });
 * ```
 */
export function codeField<C extends string>(
  table: CodeTable<C>,
  meta: FieldOptions,
): z.ZodEnum<Readonly<Record<C, C>>> {
  const codes = codesOf(table) as [C, ...C[]];
  const schema = z.enum(codes);
  registerCodeTable(schema, table);
  // Typed through Record (not the mapped type zod infers) so that docs show the code table, not one member per code.
  return withMeta(schema, { ...meta, codeTable: table.id }) as z.ZodEnum<Readonly<Record<C, C>>>;
}

/**
 * 列挙の項目（コード表のない、英語の値の選択肢）。型は `Record` を通して返す（ドキュメントで値ごとの欄に展開しないため）。
 *
 * @example
 * ```ts
 * const kind = enumField(['new', 'renewal'] as const, { label: '作成区分' });
 * ```
 */
export function enumField<const T extends readonly [string, ...string[]]>(
  values: T,
  meta: FieldOptions,
): z.ZodEnum<Readonly<Record<T[number], T[number]>>> {
  return withMeta(z.enum(values), meta) as unknown as z.ZodEnum<
    Readonly<Record<T[number], T[number]>>
  >;
}

/**
 * 0 以上の整数の項目。
 *
 * @example
 * ```ts
 * const count = countField({ label: '回数' }, 31);
 * ```
 */
export function countField(meta: FieldOptions, max = Number.MAX_SAFE_INTEGER): z.ZodNumber {
  return withMeta(z.number().int().min(0).max(max), meta);
}

/**
 * 真偽値の項目（チェック欄）。
 *
 * @example
 * ```ts
 * const consent = booleanField({ label: '同意' });
 * ```
 */
export function booleanField(meta: FieldOptions): z.ZodBoolean {
  return withMeta(z.boolean(), meta);
}
