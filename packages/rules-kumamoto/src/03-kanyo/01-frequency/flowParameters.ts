import { defineParameter, isDeadlineRule, isoDate } from '@kaigo/core';
import type { DatedParameter, DeadlineRule } from '@kaigo/core';
import { SECTIONS } from '../../sourceDocument';

/**
 * ささえりあがアドバイス等を連絡する期限（３（１）②「２週間以内に」）。ケアプラン等の受理日から。
 *
 * 日の数え方: 受理日は数えない（初日不算入）。受理日の翌日を1日目とし、14日目（受理日 + 14日）が最終日、
 * 15日目は期限後。土日祝日でも期限はずらさない（資料に繰り延べの定めがない）。core の `weeksAfter` と同じ。
 *
 * @source kumamoto-kanyo-2024 ３（１）②
 * @example
 * ```ts
 * // 別の期間で試す（what-if）: 2025-04-01 以後の受理は1週間以内（`{ kind: 'daysAfter', days: 10 }` のように言い回しも変えられる）
 * evaluateVerificationFlow(input, {
 *   referenceDate: '2025-04-10',
 *   parameters: { 'kumamoto.adviceDeadline': { values: [{ from: '2025-04-01', value: { kind: 'weeksAfter', weeks: 1 } }] } },
 * });
 * ```
 */
export const adviceDeadline: DatedParameter<DeadlineRule> = defineParameter<DeadlineRule>({
  id: 'kumamoto.adviceDeadline',
  description: 'アドバイス等の連絡期限（ケアプラン等の受理日から）',
  unit: '週',
  citation: SECTIONS.frequency2,
  values: [{ from: isoDate('2024-04-01'), value: { kind: 'weeksAfter', weeks: 2 } }],
  // A what-if may change the phrase itself (e.g. 10日以内), not only the number of weeks.
  accepts: isDeadlineRule,
  reading:
    '「２週間以内」は受理日を算入せず、受理日の翌日から数えて14日目（受理日 + 14日）を最終日とする（民法第140条・第143条の数え方）。' +
    '起算日は、ささえりあがケアプラン等を受け取った日（郵送なら到達日）と読む。休日による繰り延べはしない。',
});

/**
 * アドバイス等がなかった場合にも、確定後のケアプラン等の提出（３（１）③）を求めるか。
 *
 * 読み方: ③は②と違って「アドバイス等すべき事項がある場合は」の条件を持たない手順として書かれているため、
 * 文言どおり、アドバイス等の有無にかかわらず確定後の提出を求める（`true`）。
 * 別の読み方: ③は「アドバイス等を反映させた」計画の提出なので、アドバイス等があった場合だけ求める（`false`）。
 *
 * @source kumamoto-kanyo-2024 ３（１）③
 * @example
 * ```ts
 * // 別の読み方（アドバイス等があったときだけ確定後の提出を求める）:
 * evaluateVerificationFlow(input, { referenceDate: '2024-09-20', parameters: { 'kumamoto.finalPlanWithoutAdvice': false } });
 * ```
 */
export const finalPlanWithoutAdvice: DatedParameter<boolean> = defineParameter<boolean>({
  id: 'kumamoto.finalPlanWithoutAdvice',
  description: 'アドバイス等がなかった場合にも確定後のケアプラン等の提出を求めるか',
  citation: SECTIONS.frequency3,
  values: [{ from: isoDate('2024-04-01'), value: true }],
  reading:
    '③は②のような条件（アドバイス等すべき事項がある場合は）を持たない手順なので、アドバイス等の有無にかかわらず確定後に提出すると読む。' +
    '別の読み方: アドバイス等があった場合だけ、反映後の計画を提出する（false）。',
});
