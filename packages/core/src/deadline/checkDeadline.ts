import { differenceInDays } from '../date/arithmetic';
import type { IsoDate } from '../date/isoDate';

/** 期限に対する提出日の判定。 */
export interface DeadlineCheck {
  /** 期限日。 */
  readonly deadline: IsoDate;
  /** 期限内か（期限日当日の提出は期限内）。 */
  readonly met: boolean;
  /** 期限を過ぎた日数（期限内なら 0）。 */
  readonly daysLate: number;
}

/**
 * 提出日が期限日までか。期限日当日は期限内。
 *
 * @example
 * ```ts
 * checkDeadline(isoDate('2025-06-10'), isoDate('2025-06-10')); // => { deadline: '2025-06-10', met: true, daysLate: 0 }
 * checkDeadline(isoDate('2025-06-10'), isoDate('2025-06-13')).daysLate; // => 3
 * ```
 */
export function checkDeadline(deadline: IsoDate, submittedOn: IsoDate): DeadlineCheck {
  const late = differenceInDays(submittedOn, deadline);
  return { deadline, met: late <= 0, daysLate: Math.max(0, late) };
}
