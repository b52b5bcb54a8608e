// Field builders shared by the national forms (internal; not exported from the package index).
import * as z from 'zod';
import type { FieldMeta } from '../meta/fieldMeta';
import { withMeta } from '../meta/fieldMeta';
import type { FieldOptions } from '../primitives/primitives';
import { digitsField, insuredNumberField, textField } from '../primitives/primitives';

/** Length limits for free text (characters). */
export const LEN = {
  name: 100,
  kana: 200,
  address: 200,
  short: 200,
  text: 2000,
  long: 4000,
} as const;

/** `UPKIHON No.16`-style item numbers for one V4 file. */
export const v4 =
  (file: string) =>
  (no: number | string): string =>
    `${file} No.${no}`;

/** CSVバージョン (YYYYMM). Optional in the SDK: it describes the CSV file, not the form. */
export const csvVersionField = (itemNo: string): z.ZodOptional<z.ZodString> =>
  digitsField(6, {
    label: 'CSVバージョン',
    itemNo,
    description: 'YYYYMM（V4.1 は 202407）。CSV で受け渡すときだけ使う。',
  }).optional();

/** 保険者番号 (6 digits). */
export const insurerNumberField = (itemNo: string): z.ZodString =>
  digitsField(6, { label: '保険者番号', itemNo });

/** 被保険者番号 (10 digits or H + 9 digits). */
export const insuredNumberV4Field = (itemNo: string): z.ZodString =>
  insuredNumberField({ label: '被保険者番号', itemNo, description: '生保単独は H + 9桁' });

/** A 10-digit 事業所番号-like code. */
export const officeCodeField = (meta: FieldOptions): z.ZodString => digitsField(10, meta);

/**
 * Telephone / fax number. The V4 layout only limits the length (15), so spaces, full-width digits and 内線 are
 * accepted (`079 672 0000` from another vendor must read back); only the CSV delimiters are refused, because the
 * column is written unquoted.
 */
export const phoneField = (meta: FieldOptions): z.ZodString =>
  withMeta(z.string().regex(/^[^",\r\n]{1,15}$/u), meta);

/**
 * End time `HH:MM` that also accepts `24:00` (the end of the day: 第3表 rows of other vendors end at 2400).
 * Start times keep `00:00`–`23:59`.
 */
export const endTimeField = (meta: FieldOptions): z.ZodString =>
  withMeta(z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/), meta);

/** Postal code `XXX-XXXX`. */
export const postalCodeField = (meta: FieldOptions): z.ZodString =>
  withMeta(z.string().regex(/^\d{3}-\d{4}$/), meta);

/** Non-negative integer with at most `digits` digits (`undefined`: the layout gives no length). */
export const intField = (meta: FieldOptions, digits: number | undefined): z.ZodNumber =>
  withMeta(
    z
      .number()
      .int()
      .min(0)
      .max(digits === undefined ? Number.MAX_SAFE_INTEGER : 10 ** digits - 1),
    meta,
  );

/** Row number (課題ＮＯ and the like): integer 1..99. */
export const rowNoField = (meta: FieldOptions): z.ZodNumber =>
  withMeta(z.number().int().min(1).max(99), meta);

/** Short code string (TAIS code, satellite branch …): printable ASCII/full-width, bounded length. */
export const codeStringField = (meta: FieldOptions, max: number): z.ZodString =>
  withMeta(z.string().min(1).max(max), meta);

/** サービスコード (6 characters: サービス種類 2 + 項目 4, digits and capital letters). */
export const serviceCodeField = (meta: FieldOptions): z.ZodString =>
  withMeta(z.string().regex(/^[0-9A-Z]{6}$/), meta);

/** サービス種類コード (2 characters). */
export const serviceTypeCodeField = (meta: FieldOptions): z.ZodString =>
  withMeta(z.string().regex(/^[0-9A-Z]{2}$/), meta);

/** 識別子 (※使用しない). */
export const identifierField = (itemNo: string): z.ZodOptional<z.ZodString> =>
  withMeta(z.string().max(1), { label: '識別子', itemNo, description: '※使用しない' }).optional();

/** 更新業者コード (居宅支援事業者番号 or サービス事業者番号). */
export const updaterCodeField = (itemNo: string): z.ZodOptional<z.ZodString> =>
  officeCodeField({ label: '更新業者コード', itemNo }).optional();

/** Free text with a label (shorthand). */
export const text = (
  label: string,
  itemNo: string | undefined,
  max: number = LEN.text,
): z.ZodString => textField(itemNo === undefined ? { label } : { label, itemNo }, max);

/**
 * V4 free text whose layout length is 「―」 (no limit): no cap of our own (a cap the layout does not set would
 * refuse valid files of other vendors).
 */
export const freeText = (label: string, itemNo: string): z.ZodString =>
  withMeta(z.string(), { label, itemNo });

/** A labelled array of rows with an upper bound. */
export function rowsField<T extends z.ZodType>(
  row: T,
  meta: FieldMeta,
  max: number,
): z.ZodArray<T> {
  return withMeta(z.array(row).max(max), meta);
}

/** A labelled strict object (group of fields). */
export function groupField<S extends z.core.$ZodLooseShape>(
  shape: S,
  meta: FieldMeta,
): z.ZodObject<S, z.core.$strict> {
  return withMeta(z.strictObject(shape), meta);
}

/** One row of a repeated table (no label of its own: issues read `表 › N行目 › 項目`). */
export function rowObject<S extends z.core.$ZodLooseShape>(
  shape: S,
): z.ZodObject<S, z.core.$strict> {
  return z.strictObject(shape);
}
