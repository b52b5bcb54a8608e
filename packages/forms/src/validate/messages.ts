import { isSupportedCalendarDate, isValidCalendarDate } from '@kaigo/core';
import type * as z from 'zod';
// A named import from the locales index: it has a real CommonJS file (index.cjs), while the per-locale path
// (`zod/v4/locales/ja.js`) maps `require` to the ESM file, whose namespace CJS interop took as the default export.
// Bundlers still drop the other locales (zod has no side effects there; test/size asserts it).
import { ja } from 'zod/v4/locales';
import { CODE_CHOICES_LIMIT, describeCodeChoices } from '../primitives/codeChoices';
import { codeTableOf } from '../primitives/codeTableOf';
import { formatHintOf } from '../primitives/formatHint';

const jaLocale = ja();

const TYPE_NAMES: Record<string, string> = {
  string: '文字列',
  number: '数値',
  int: '整数',
  boolean: '真偽値',
  object: 'オブジェクト',
  array: '配列',
  date: '日付',
  bigint: '整数',
  null: 'null',
  undefined: '未定義',
};

const FORMAT_NAMES: Record<string, string> = {
  date: '日付（YYYY-MM-DD）',
  time: '時刻',
  datetime: '日時',
  email: 'メールアドレス',
  url: 'URL',
  regex: '所定',
};

/** 日付の形式と例（メッセージの末尾）。 */
const DATE_FORMAT = '形式: YYYY-MM-DD（例: 2025-05-12）';

/** 実在するが SDK の対応範囲（`SUPPORTED_DATE_RANGE`）の外の日付のメッセージ（入力値は含めない）。 */
const DATE_OUT_OF_RANGE =
  '対応範囲外の日付です（1873-01-01〜2099-12-31、明治6年1月1日〜令和81年12月31日）。';

/** 形は YYYY-MM-DD だが暦にない日付（1945-02-30、2025-13-01 など）のメッセージ。 */
const NO_SUCH_DAY = `存在しない日付です（月の日数を確かめてください）。${DATE_FORMAT}`;

/** Era names or their initials (令和7年…, R7.5.12): the field wants the Western calendar. */
const WAREKI_LIKE = /明治|大正|昭和|平成|令和|^[MTSHRmtshr]\s*\d/;

/** Why a date string is wrong, from its shape only (the value itself is never shown). */
function dateMessage(input: unknown): string {
  const m = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidCalendarDate(y, mo, d)) return NO_SUCH_DAY;
    if (!isSupportedCalendarDate(y, mo, d)) return DATE_OUT_OF_RANGE;
  }
  if (typeof input === 'string' && WAREKI_LIKE.test(input))
    return `西暦の日付で入力してください（和暦は西暦に直します）。${DATE_FORMAT}`;
  return `日付の形式で入力してください。${DATE_FORMAT}`;
}

/** Why a string does not match a pattern: the pattern's registered format and example, if it has one. */
function patternMessage(pattern: unknown, input: unknown): string {
  const hint = formatHintOf(pattern);
  if (!hint) return '所定の形式で入力してください。';
  const explained = typeof input === 'string' ? hint.explain?.(input) : undefined;
  const format = `形式: ${hint.format}（例: ${hint.example}）`;
  return `${explained ?? '所定の形式で入力してください。'}${format}`;
}

/** The allowed values of an enum or literal, with their meanings when the schema is a code field. */
function choicesMessage(issue: Record<string, unknown>): string {
  const table = codeTableOf(issue['inst']);
  if (table) {
    const choices = describeCodeChoices(table.entries);
    const more =
      table.entries.length > CODE_CHOICES_LIMIT
        ? `（全件はコード表「${table.label}」、JSON Schema の x-code-labels）`
        : '';
    return `コード表「${table.label}」にない値です。${choices}${more}`;
  }
  const values = issue['values'];
  if (!Array.isArray(values) || values.length === 0) return '選択肢にない値です。';
  const shown = values.map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v))));
  return `選択肢にない値です。${describeCodeChoices(shown)}`;
}

/** 必須項目が未入力のときのメッセージ（コード `required` の判定にも使う）。 */
export const REQUIRED_MESSAGE = '必須項目です。';

/** エラーマップが受け取る zod の生の指摘（構造の情報だけを読み、`input` は表示しない）。 */
export type RawIssue = z.core.$ZodRawIssue;

/**
 * 日本語のエラーメッセージ（ラベルなし）。入力値は決して含めない。zod 同梱の `ja` ロケールは型名が英語のまま、
 * 正規表現の失敗でパターンを表示するため、主なものは SDK で書き、残りを `ja` に任せる。
 *
 * @example
 * ```ts
 * schema.safeParse(input, { error: japaneseMessage });
 * ```
 */
export function japaneseMessage(issue: RawIssue): string {
  const i = issue as RawIssue & Record<string, unknown>;
  // A missing required field reaches enums, literals and unions as invalid_value / invalid_union.
  if (
    issue.input === undefined &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_value' ||
      issue.code === 'invalid_union')
  )
    return REQUIRED_MESSAGE;
  switch (issue.code) {
    case 'invalid_type':
      return `${TYPE_NAMES[String(i['expected'])] ?? String(i['expected'])}で入力してください。`;
    case 'too_big': {
      const max = String(i['maximum']);
      const origin = String(i['origin']);
      if (origin === 'string') return `${max}文字以内で入力してください。`;
      if (origin === 'array' || origin === 'set') return `${max}件以内にしてください。`;
      return `${max}${i['inclusive'] === false ? '未満' : '以下'}の値にしてください。`;
    }
    case 'too_small': {
      const min = String(i['minimum']);
      const origin = String(i['origin']);
      if (origin === 'string')
        return Number(min) <= 1 ? '入力してください。' : `${min}文字以上で入力してください。`;
      if (origin === 'array' || origin === 'set') return `${min}件以上にしてください。`;
      return `${min}${i['inclusive'] === false ? 'より大きい' : '以上の'}値にしてください。`;
    }
    case 'invalid_format': {
      const format = String(i['format']);
      if (format === 'date') return dateMessage(issue.input);
      if (format === 'regex') return patternMessage(i['pattern'], issue.input);
      return `${FORMAT_NAMES[format] ?? '所定'}の形式で入力してください。`;
    }
    case 'invalid_value':
      return choicesMessage(i);
    case 'unrecognized_keys':
      return '定義されていない項目があります。';
    case 'invalid_union':
      return 'いずれの形式にも合いません。';
    case 'not_multiple_of':
      return `${String(i['divisor'])}の倍数にしてください。`;
    default: {
      const fallback = jaLocale.localeError(issue);
      return typeof fallback === 'string'
        ? fallback
        : (fallback?.message ?? '入力が正しくありません。');
    }
  }
}
