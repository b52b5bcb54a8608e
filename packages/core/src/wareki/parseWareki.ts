import {
  SHORT_INPUT_MAX_LENGTH,
  SUPPORTED_DATE_RANGE,
  dateOutOfRange,
  daysInMonth,
  formatParts,
  isValidCalendarDate,
} from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import type { YearMonth } from '../date/yearMonth';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { normalizeDigits } from '../text/normalizeDigits';
import { ERAS } from './eras';
import type { Era } from './eras';

/** 和暦の読み取り結果。日まであれば `day`、年月までなら `month` の精度。 */
export type WarekiValue =
  | { readonly precision: 'day'; readonly era: Era['name']; readonly date: IsoDate }
  | { readonly precision: 'month'; readonly era: Era['name']; readonly yearMonth: YearMonth };

// 令和7年5月1日 / 令和元年5月 (kanji era, 年月日)
const KANJI =
  /^(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;
// R7.5.1 / R7/5/1 / R7-5-1 / R7.5 / R元.5.1 (letter era)
const LETTER = /^([MTSHRmtshr])\s*(元|\d{1,2})[./-](\d{1,2})(?:[./-](\d{1,2}))?$/;

/**
 * 和暦を読む。受け付ける書き方: `令和7年5月1日`、`令和元年5月1日`、`令和７年５月１日`（全角数字）、
 * `R7.5.1`、`R7/5/1`、`R7-5-1`、`S20.3.3`、`R7.5`・`令和7年5月`（年月精度）。
 * 元号の期間外の日付（例: 平成31年5月1日、令和元年4月30日）や実在しない日付は失敗。令和81年（2099年）より後は
 * SDK の対応範囲外（`date.outOfRange`、{@link SUPPORTED_DATE_RANGE}）、{@link SHORT_INPUT_MAX_LENGTH} 文字より長い
 * 文字列は `wareki.tooLong` の失敗。どんな値でも例外は投げない。
 *
 * @example
 * 実行されるテスト（`parseWareki.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./parseWareki.example.test.ts#parseWareki}
 */
export function parseWareki(value: unknown): Outcome<WarekiValue> {
  if (typeof value !== 'string') return failure('wareki.type', '和暦は文字列で指定してください。');
  if (value.length > SHORT_INPUT_MAX_LENGTH)
    return failure('wareki.tooLong', `和暦が長すぎます（${SHORT_INPUT_MAX_LENGTH}文字まで）。`);
  const text = normalizeDigits(value);
  const m = KANJI.exec(text) ?? LETTER.exec(text);
  if (!m)
    return failure('wareki.format', '和暦の形式が正しくありません（例: 令和7年5月1日、R7.5.1）。');
  const eraKey = m[1] ?? '';
  const era = ERAS.find((e) => e.name === eraKey || e.letter === eraKey.toUpperCase());
  if (!era) return failure('wareki.era', '元号が正しくありません。');
  const eraYear = m[2] === '元' ? 1 : Number(m[2]);
  const year = era.firstYear + eraYear - 1;
  const month = Number(m[3]);
  if (eraYear < 1) return failure('wareki.year', '和暦の年は1（元年）以上です。');
  if (year > SUPPORTED_DATE_RANGE.lastYear) return dateOutOfRange();
  if (year < SUPPORTED_DATE_RANGE.firstYear)
    // Only 明治1〜5年 (lunisolar calendar) get here: the same failure as any date outside its era.
    return failure('wareki.outOfEra', `その日付は${era.name}の期間外です。`);
  if (m[4] === undefined) {
    if (month < 1 || month > 12) return failure('wareki.nonexistent', '存在しない年月です。');
    const first = formatParts(year, month, 1);
    // A month belongs to the era when any of its days does (平成31年4月 and 令和元年5月 both exist).
    if (!overlapsEra(era, first, formatParts(year, month, daysInMonth(year, month)))) {
      return failure('wareki.outOfEra', `その年月は${era.name}の期間外です。`);
    }
    return success({
      precision: 'month',
      era: era.name,
      yearMonth: first.slice(0, 7) as YearMonth,
    });
  }
  const day = Number(m[4]);
  if (!isValidCalendarDate(year, month, day))
    return failure('wareki.nonexistent', '存在しない日付です。');
  const date = formatParts(year, month, day);
  if (!overlapsEra(era, date, date))
    return failure('wareki.outOfEra', `その日付は${era.name}の期間外です。`);
  return success({ precision: 'day', era: era.name, date });
}

function overlapsEra(era: Era, from: IsoDate, to: IsoDate): boolean {
  return to >= era.start && (era.end === undefined || from <= era.end);
}
