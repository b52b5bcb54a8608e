// Executed example included in the API docs ({@includeCode} region): it runs as a test.
import { describe, expect, it } from 'vitest';
import { listDeadlines } from './deadlines';

describe('listDeadlines (docs example)', () => {
  it('lists a 通所型 case’s deadlines with their status on the reference date', () => {
    // #region listDeadlines
    const r = listDeadlines(
      {
        officeKind: 'tsusho',
        shortTermIntensiveC: false,
        events: { supportStart: '2025-06-20', supportEnd: '2025-11-30', billingMonth: '2025-06' },
        submissions: { targetRoster: '2025-06-30', preAssessment: '2025-06-13' },
      },
      { referenceDate: '2025-07-01' },
    );
    const byId = (id: string) => r.decision?.deadlines.find((d) => d.id === id);
    expect(byId('serviceProvider.preAssessment')?.deadline).toBe('2025-06-14'); // 支援開始月14日まで
    expect(byId('serviceProvider.targetRoster')?.status).toBe('met'); // 支援開始後10日以内
    expect(byId('serviceProvider.invoice')?.deadline).toBe('2025-07-10'); // 翌月10日まで
    // #endregion listDeadlines
  });
});
