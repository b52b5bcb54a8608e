import { addDays } from '../date/arithmetic';
import { parseRuleContext } from '../params/ruleContext';
import { failure, success } from '../result/build';
import type { Outcome } from '../result/types';
import { DEFAULT_AGENDA_HORIZON_DAYS, MAX_AGENDA_HORIZON_DAYS } from './defaultHorizon';
import type { AgendaEnv } from './types';

/**
 * 予定表の文脈 `{ referenceDate, horizonDays?, parameters? }` を読む。基準日はルールの文脈と同じく `YYYY-MM-DD` か和暦、
 * `horizonDays` は 0 から {@link MAX_AGENDA_HORIZON_DAYS} までの整数（省略時は {@link DEFAULT_AGENDA_HORIZON_DAYS}）、
 * `parameters` はそのままルールに渡す。例外は投げない。
 *
 * @example
 * ```ts
 * parseAgendaContext({ referenceDate: '2025-07-01' }); // => { ok: true, value: { referenceDate: '2025-07-01', horizonDays: 14, horizonEnd: '2025-07-15', … } }
 * parseAgendaContext({ referenceDate: '2025-07-01', horizonDays: -1 }).ok; // => false
 * ```
 */
export function parseAgendaContext(value: unknown): Outcome<AgendaEnv> {
  const base = parseRuleContext(value);
  if (!base.ok) return base;
  let horizon: unknown;
  let parameters: unknown;
  try {
    horizon = (value as { horizonDays?: unknown }).horizonDays;
    parameters = (value as { parameters?: unknown }).parameters;
  } catch {
    return failure(
      'context.unreadable',
      '文脈を読み取れません（値を返さない項目があります）。',
      [],
    );
  }
  const horizonDays = horizon === undefined ? DEFAULT_AGENDA_HORIZON_DAYS : horizon;
  if (
    typeof horizonDays !== 'number' ||
    !Number.isInteger(horizonDays) ||
    horizonDays < 0 ||
    horizonDays > MAX_AGENDA_HORIZON_DAYS
  )
    return failure(
      'context.horizonDays.invalid',
      `見通し期間（horizonDays）は 0 から ${MAX_AGENDA_HORIZON_DAYS} までの整数で指定してください。`,
      ['horizonDays'],
    );
  const referenceDate = base.value.referenceDate;
  let horizonEnd;
  try {
    horizonEnd = addDays(referenceDate, horizonDays);
  } catch {
    return failure(
      'context.horizonDays.outOfRange',
      '見通し期間の最後の日が扱える日付の範囲を超えます。',
      ['horizonDays'],
    );
  }
  return success({
    referenceDate,
    horizonDays,
    horizonEnd,
    ruleContext: parameters === undefined ? { referenceDate } : { referenceDate, parameters },
  });
}
