// Executed examples included in the API docs ({@includeCode} regions). Each region is a test that runs.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../date/isoDate';
import { resolveDeadline } from './deadlineRule';

describe('resolveDeadline (docs example)', () => {
  it('resolves 「N日以内」「翌月N日まで」「前月末日」', () => {
    // #region resolveDeadline
    // 「10日以内」: 出来事の日は数えない（初日不算入）
    expect(resolveDeadline({ kind: 'daysAfter', days: 10 }, isoDate('2025-06-01'))).toBe(
      '2025-06-11',
    );
    // 「翌月10日まで」
    expect(
      resolveDeadline({ kind: 'dayOfMonth', monthOffset: 1, day: 10 }, isoDate('2025-06-30')),
    ).toBe('2025-07-10');
    // 「前月末日」
    expect(resolveDeadline({ kind: 'endOfMonth', monthOffset: -1 }, isoDate('2024-06-15'))).toBe(
      '2024-05-31',
    );
    // #endregion resolveDeadline
  });
});
