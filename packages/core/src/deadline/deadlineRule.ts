import { addDays, dayOfMonthOffset, endOfMonth, addMonths, startOfMonth } from '../date/arithmetic';
import type { IsoDate } from '../date/isoDate';

/**
 * 期限の言い回しをデータで表したもの。市町村の要領の文言をそのまま写す。
 *
 * - `daysAfter`: 「N日以内」。起算日（出来事の日）は数えず（初日不算入、民法第140条）、出来事の日 + N 日が最終日。
 * - `weeksAfter`: 「N週間以内」。出来事の日 + 7N 日が最終日（初日不算入で、応当日の前日に満了する民法第143条と同じ結果）。
 * - `dayOfMonth`: 「当月N日まで」(0)・「翌月N日まで」(1)・「翌々月N日」(2)・「前月N日まで」(-1)。その月にN日がなければ末日。
 * - `endOfMonth`: 「月末」(0)・「前月末日」(-1)・「翌月末日」(1)。
 * - `onEvent`: 「〜時」「〜前まで」など出来事そのものが期限のもの（出来事の日）。
 */
export type DeadlineRule =
  | { readonly kind: 'daysAfter'; readonly days: number }
  | { readonly kind: 'weeksAfter'; readonly weeks: number }
  | { readonly kind: 'dayOfMonth'; readonly monthOffset: number; readonly day: number }
  | { readonly kind: 'endOfMonth'; readonly monthOffset: number }
  | { readonly kind: 'onEvent' };

/**
 * 出来事の日から期限日を求める。土日祝日でも期限日は動かさない（要領は休日による繰り延べを定めていない）。
 * 休日をずらす場合は {@link shiftToBusinessDay} を明示的に使う。
 *
 * @example
 * 実行されるテスト（`resolveDeadline.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./resolveDeadline.example.test.ts#resolveDeadline}
 */
export function resolveDeadline(rule: DeadlineRule, event: IsoDate): IsoDate {
  switch (rule.kind) {
    case 'daysAfter':
      return addDays(event, rule.days);
    case 'weeksAfter':
      return addDays(event, rule.weeks * 7);
    case 'dayOfMonth':
      return dayOfMonthOffset(event, rule.monthOffset, rule.day);
    case 'endOfMonth':
      return endOfMonth(addMonths(startOfMonth(event), rule.monthOffset));
    case 'onEvent':
      return event;
  }
}

const MONTH_WORDS: Record<number, string> = { [-1]: '前月', 0: '当月', 1: '翌月', 2: '翌々月' };

function monthWord(offset: number): string {
  return MONTH_WORDS[offset] ?? (offset > 0 ? `${offset}か月後の月` : `${-offset}か月前の月`);
}

/**
 * 期限の言い回しを日本語で表す（表示・ドキュメント用）。
 *
 * @example
 * ```ts
 * describeDeadlineRule({ kind: 'dayOfMonth', monthOffset: 1, day: 10 }); // => '翌月10日まで'
 * describeDeadlineRule({ kind: 'weeksAfter', weeks: 2 }); // => '2週間以内'
 * ```
 */
export function describeDeadlineRule(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'daysAfter':
      return `${rule.days}日以内`;
    case 'weeksAfter':
      return `${rule.weeks}週間以内`;
    case 'dayOfMonth':
      return `${monthWord(rule.monthOffset)}${rule.day}日まで`;
    case 'endOfMonth':
      return `${monthWord(rule.monthOffset)}末日まで`;
    case 'onEvent':
      return '当日まで';
  }
}
