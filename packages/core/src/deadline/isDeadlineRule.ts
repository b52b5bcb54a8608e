import type { DeadlineRule } from './deadlineRule';

const int = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

function hasOnly(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && own.every((k) => keys.includes(k));
}

/**
 * 値が期限の言い回し（{@link DeadlineRule}）か。パラメータの上書きで別の言い回しに変えるとき
 * （「２週間以内」を「10日以内」にする what-if など）の検査に使う。日数などは常識的な範囲に限る。
 *
 * @example
 * ```ts
 * isDeadlineRule({ kind: 'daysAfter', days: 10 }); // => true
 * isDeadlineRule({ kind: 'daysAfter', days: -1 }); // => false
 * ```
 */
export function isDeadlineRule(value: unknown): value is DeadlineRule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  switch (v['kind']) {
    case 'daysAfter':
      return hasOnly(v, ['kind', 'days']) && int(v['days'], 0, 3650);
    case 'weeksAfter':
      return hasOnly(v, ['kind', 'weeks']) && int(v['weeks'], 0, 520);
    case 'dayOfMonth':
      return (
        hasOnly(v, ['kind', 'monthOffset', 'day']) &&
        int(v['monthOffset'], -12, 24) &&
        int(v['day'], 1, 31)
      );
    case 'endOfMonth':
      return hasOnly(v, ['kind', 'monthOffset']) && int(v['monthOffset'], -12, 24);
    case 'onEvent':
      return hasOnly(v, ['kind']);
    default:
      return false;
  }
}
