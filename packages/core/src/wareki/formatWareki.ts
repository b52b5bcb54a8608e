import { isIsoDate, isoDateParts } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { eraOf } from './eras';

/** 和暦の表示形式。`kanji` は `令和7年5月1日`（1年は元年）、`letter` は `R7.5.1`。 */
export type WarekiStyle = 'kanji' | 'letter';

/**
 * 暦日を和暦で表示する。元号の1年目は `kanji` 形式では「元年」と書く。明治6年より前は失敗。
 * 型つきの入力のみ（unknown を受け取る公開関数ではない）。ただし実行時に正しい暦日でない値（`'2025-13-45'` など）や
 * 対応範囲外の値は、和暦の文字列を作らずに `date.invalid` の失敗を返す（例外は投げない）。表示形式が
 * `kanji`・`letter` 以外なら `wareki.style` の失敗。
 *
 * @example
 * ```ts
 * formatWareki(isoDate('2019-05-01')); // => { ok: true, value: '令和元年5月1日' }
 * formatWareki(isoDate('1945-03-03'), 'letter'); // => { ok: true, value: 'S20.3.3' }
 * ```
 */
export function formatWareki(date: IsoDate, style: WarekiStyle = 'kanji'): Outcome<string> {
  if (!isIsoDate(date))
    return failure(
      'date.invalid',
      '日付が正しくありません（実在する YYYY-MM-DD ではありません）。',
    );
  if (style !== 'kanji' && style !== 'letter')
    return failure('wareki.style', '和暦の表示形式は kanji または letter です。');
  const era = eraOf(date);
  if (!era) return failure('wareki.unsupported', '明治6年より前の日付は和暦にできません。');
  const { year, month, day } = isoDateParts(date);
  const eraYear = year - era.firstYear + 1;
  if (style === 'letter') return success(`${era.letter}${eraYear}.${month}.${day}`);
  return success(`${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`);
}
