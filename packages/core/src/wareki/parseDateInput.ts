import { SHORT_INPUT_MAX_LENGTH, isoDateFromParts, parseIsoDate } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { failure } from '../result/build';
import type { Outcome } from '../result/types';
import { normalizeDigits } from '../text/normalizeDigits';
import { parseWareki } from './parseWareki';

/**
 * 人が書く日付を暦日として読む。`2025-05-01`、`2025/5/1`、`2025年5月1日`、和暦（`令和7年5月1日`、`R7.5.1`）を受け付ける。
 * 年月までしかない和暦（`R7.5`）は日付ではないので失敗。{@link SUPPORTED_DATE_RANGE}（1873-01-01〜2099-12-31）の外は
 * `date.outOfRange`、{@link SHORT_INPUT_MAX_LENGTH} 文字より長い文字列は読む前に `date.tooLong` の失敗。
 * どんな値でも例外は投げない。
 *
 * @example
 * ```ts
 * parseDateInput('R7.5.1'); // => { ok: true, value: '2025-05-01' }
 * parseDateInput('2025/5/1'); // => { ok: true, value: '2025-05-01' }
 * ```
 */
export function parseDateInput(value: unknown): Outcome<IsoDate> {
  if (typeof value !== 'string') return failure('date.type', '日付は文字列で指定してください。');
  if (value.length > SHORT_INPUT_MAX_LENGTH)
    return failure('date.tooLong', `日付が長すぎます（${SHORT_INPUT_MAX_LENGTH}文字まで）。`);
  const text = normalizeDigits(value);
  const western = /^(\d{4})(?:[/.]|\s*年\s*)(\d{1,2})(?:[/.]|\s*月\s*)(\d{1,2})\s*日?$/.exec(text);
  if (western) return isoDateFromParts(Number(western[1]), Number(western[2]), Number(western[3]));
  if (/^\d{4}-/.test(text)) return parseIsoDate(text);
  const wareki = parseWareki(text);
  if (!wareki.ok) return wareki;
  if (wareki.value.precision !== 'day')
    return failure('date.precision', '日付には日まで必要です。');
  return { ok: true, value: wareki.value.date };
}
