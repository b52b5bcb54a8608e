// Executed example included in the API docs ({@includeCode} region): it runs as a test.
import { describe, expect, it } from 'vitest';
import { summarizeSupportMeetingCases } from './supportMeeting';

describe('summarizeSupportMeetingCases (docs example)', () => {
  it('counts the case presentations per model subject', () => {
    // #region summarizeSupportMeetingCases
    const r = summarizeSupportMeetingCases(
      { subjects: [{ presentations: ['2024-10-20'] }, { presentations: [] }] },
      { referenceDate: '2025-03-31' },
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.presentations).toEqual([1, 0]); // 2人目はまだ事例提供なし（info で知らせる）
    // #endregion summarizeSupportMeetingCases
  });
});
