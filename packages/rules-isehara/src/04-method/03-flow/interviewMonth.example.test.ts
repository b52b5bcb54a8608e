// Executed example included in the API docs ({@includeCode} region): it runs as a test.
import { describe, expect, it } from 'vitest';
import { interviewMonthCheck } from './interviewMonth';

describe('interviewMonthCheck (docs example)', () => {
  it('令和６年５月〜１１月 (both months included)', () => {
    // #region interviewMonthCheck
    const ctx = { referenceDate: '2024-10-01' };
    expect(interviewMonthCheck({ interviewMonth: '2024-11' }, ctx).decision?.withinPeriod).toBe(
      true,
    );
    expect(interviewMonthCheck({ interviewMonth: '2024-12' }, ctx).decision?.withinPeriod).toBe(
      false,
    );
    // #endregion interviewMonthCheck
  });
});
