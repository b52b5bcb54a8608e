import { describe, expect, it } from 'vitest';
import { summarizeSupportMeetingCases } from './supportMeeting';

describe('summarizeSupportMeetingCases', () => {
  it('counts presentations up to the reference date and only informs (no minimum in the seed)', () => {
    const r = summarizeSupportMeetingCases(
      {
        subjects: [
          { presentations: ['2024-10-20', '2025-04-02'] },
          { presentations: ['2025-04-02'] },
        ],
      },
      { referenceDate: '2025-04-01' },
    );
    expect(r.decision).toEqual({ presentations: [1, 0], minimumPresentations: null });
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['supportMeeting.noPresentationYet', 'info', ['subjects', 1, 'presentations']],
    ]);
  });
  it('counts a presentation on the reference date itself', () => {
    const r = summarizeSupportMeetingCases(
      { subjects: [{ presentations: ['2025-04-01'] }] },
      { referenceDate: '2025-04-01' },
    );
    expect(r.decision?.presentations).toEqual([1]);
  });
  it('bad input: invalid, no echo', () => {
    const r = summarizeSupportMeetingCases(
      { subjects: [{ presentations: ['ZQXxQXZ'] }] },
      { referenceDate: '2025-04-01' },
    );
    expect(r.status).toBe('invalid');
    expect(JSON.stringify(r)).not.toContain('ZQX');
  });
});
