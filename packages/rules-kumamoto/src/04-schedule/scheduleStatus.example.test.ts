// Executed example included in the API docs ({@includeCode} region): it runs as a test.
import { describe, expect, it } from 'vitest';
import { scheduleStatus } from './schedule';

describe('scheduleStatus (docs example)', () => {
  it('places each scheduled item relative to the reference date', () => {
    // #region scheduleStatus
    const r = scheduleStatus(undefined, { referenceDate: '2024-08-01' });
    expect(r.decision?.map((e) => e.position)).toEqual(['past', 'upcoming', 'ongoing']);
    // #endregion scheduleStatus
  });
});
