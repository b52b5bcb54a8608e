import { isoDateParts } from '../date/isoDate';
import type { IsoDate } from '../date/isoDate';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { eraOf } from './eras';

/** 和暦の表示形式。`kanji` は `令和7年5月1日`（1年は元年）、`letter` は `R7.5.1`。 */
export type WarekiStyle = 'kanji' | 'letter';

/**
 * 暦日を和暦で表示する。元号の1年目は `kanji` 形式では「元年」と書く。明治6年より前は失敗。
 *
 * @example
 * ```ts
 * formatWareki(isoDate('2019-05-01')); // => { ok: true, value: '令和元年5月1日' }
 * formatWareki(isoDate('1945-03-03'), 'letter'); // => { ok: true, value: 'S20.3.3' }
 * ```
 */
export function formatWareki(date: IsoDate, style: WarekiStyle = 'kanji'): Outcome<string> {
  const era = eraOf(date);
  if (!era) return failure('wareki.unsupported', '明治6年より前の日付は和暦にできません。');
  const { year, month, day } = isoDateParts(date);
  const eraYear = year - era.firstYear + 1;
  if (style === 'letter') return success(`${era.letter}${eraYear}.${month}.${day}`);
  return success(`${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日`);
}
