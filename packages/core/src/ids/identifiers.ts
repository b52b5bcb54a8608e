import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { SHORT_INPUT_MAX_LENGTH } from '../date/isoDate';
import { normalizeDigits } from '../text/normalizeDigits';

declare const insuredBrand: unique symbol;
declare const insurerBrand: unique symbol;
declare const officeBrand: unique symbol;

/** 被保険者番号（10桁の数字、生活保護単独は `H` + 9桁）。 */
export type InsuredNumber = string & { readonly [insuredBrand]: true };
/** 保険者番号（6桁の数字）。 */
export type InsurerNumber = string & { readonly [insurerBrand]: true };
/** 事業所番号（10桁の数字）。 */
export type OfficeNumber = string & { readonly [officeBrand]: true };

function parseId<T>(
  value: unknown,
  pattern: RegExp,
  code: string,
  label: string,
  form: string,
): Outcome<T> {
  if (typeof value !== 'string')
    return failure(`${code}.type`, `${label}は文字列で指定してください（先頭の0を失わないため）。`);
  if (value.length > SHORT_INPUT_MAX_LENGTH)
    return failure(
      `${code}.tooLong`,
      `${label}が長すぎます（${SHORT_INPUT_MAX_LENGTH}文字まで）。`,
    );
  const text = normalizeDigits(value).toUpperCase();
  if (!pattern.test(text))
    return failure(`${code}.format`, `${label}の形式が正しくありません（${form}）。`);
  return success(text as T);
}

/**
 * 被保険者番号を読む（全角は半角にする）。10桁の数字、または生活保護単独の `H` + 9桁。
 * エラーメッセージに番号そのものは含めない。
 *
 * @example
 * ```ts
 * parseInsuredNumber('０１２３４５６７８９'); // => { ok: true, value: '0123456789' }
 * parseInsuredNumber('H123456789').ok; // => true
 * ```
 */
export function parseInsuredNumber(value: unknown): Outcome<InsuredNumber> {
  return parseId(
    value,
    /^(?:\d{10}|H\d{9})$/,
    'insuredNumber',
    '被保険者番号',
    '10桁の数字、または H と9桁の数字',
  );
}

/**
 * 保険者番号を読む（6桁の数字）。
 *
 * @example
 * ```ts
 * parseInsurerNumber('282251'); // => { ok: true, value: '282251' }
 * ```
 */
export function parseInsurerNumber(value: unknown): Outcome<InsurerNumber> {
  return parseId(value, /^\d{6}$/, 'insurerNumber', '保険者番号', '6桁の数字');
}

/**
 * 事業所番号を読む（10桁の数字）。
 *
 * @example
 * ```ts
 * parseOfficeNumber('2870000001'); // => { ok: true, value: '2870000001' }
 * ```
 */
export function parseOfficeNumber(value: unknown): Outcome<OfficeNumber> {
  return parseId(value, /^\d{10}$/, 'officeNumber', '事業所番号', '10桁の数字');
}
