import type { CodeTable } from '@kaigo/core';
import { codesOf } from '@kaigo/core';
import * as z from 'zod';
import type { FieldMeta } from '../meta/fieldMeta';
import { withMeta } from '../meta/fieldMeta';

/** 項目を作る関数に渡すメタデータ（コード表 id は {@link codeField} が付ける）。 */
export type FieldOptions = Omit<FieldMeta, 'codeTable'>;

/**
 * 暦日（`YYYY-MM-DD`）の項目。
 *
 * @example
 * ```ts
 * const birthDate = dateField({ label: '生年月日' });
 * ```
 */
export function dateField(meta: FieldOptions): z.ZodISODate {
  return withMeta(z.iso.date(), meta);
}

/**
 * 年月（`YYYY-MM`）の項目。
 *
 * @example
 * ```ts
 * const month = yearMonthField({ label: '対象年月' });
 * ```
 */
export function yearMonthField(meta: FieldOptions): z.ZodString {
  return withMeta(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), meta);
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
  return withMeta(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), meta);
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
  return withMeta(z.string().regex(new RegExp(`^\\d{${length}}$`)), meta);
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
  return withMeta(z.string().regex(/^(\d{10}|H\d{9})$/), meta);
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
  // Typed through Record (not the mapped type zod infers) so that docs show the code table, not one member per code.
  return withMeta(z.enum(codes), { ...meta, codeTable: table.id }) as z.ZodEnum<
    Readonly<Record<C, C>>
  >;
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
