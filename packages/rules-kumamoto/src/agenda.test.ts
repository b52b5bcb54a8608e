import { runAgenda } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { city } from './city';

const submitted = (date: string) => ({ kind: 'submitted', date });

describe('kumamoto agenda', () => {
  it('lists the advice deadline of each submitted plan, from kumamoto.verificationFlow', () => {
    const r = runAgenda(
      city.agenda!,
      [
        { caseRef: 'C-001', input: { events: [submitted('2024-09-02')] } }, // 期限 09-16、連絡待ち
        { caseRef: 'C-002', input: { adviceNeeded: true, events: [submitted('2024-08-20')] } }, // 期限 09-03 切れ
        {
          caseRef: 'C-003',
          input: { events: [submitted('2024-08-01'), { kind: 'adviceGiven', date: '2024-08-20' }] },
        }, // 期限後の連絡
        { caseRef: 'C-004', input: { events: [submitted('2024-08-10')] } }, // 期限までに連絡なし、有無は未入力
        { caseRef: 'C-005', input: { events: [] } }, // 未提出: 項目なし
        { caseRef: 'C-006', input: { events: 'x' } },
      ],
      { referenceDate: '2024-09-10' },
    );
    expect(r.items.map((i) => [i.caseRef, i.due, i.status])).toEqual([
      ['C-003', '2024-08-15', 'met'],
      ['C-004', '2024-08-24', 'unknown'],
      ['C-002', '2024-09-03', 'overdue'],
      ['C-001', '2024-09-16', 'dueSoon'],
    ]);
    expect(r.items[0]?.late).toBe(true);
    expect(r.items[1]?.missing).toEqual(['アドバイス等すべき事項の有無（ささえりあの確認結果）']);
    expect(r.items.every((i) => i.ruleId === 'kumamoto.verificationFlow')).toBe(true);
    expect(r.cases.map((c) => c.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'invalid']);
  });

  it('leaves a deadline beyond the horizon out of the list, counted in the summary', () => {
    const r = runAgenda(
      city.agenda!,
      [{ caseRef: 'C-001', input: { events: [submitted('2024-09-02')] } }],
      {
        referenceDate: '2024-09-02',
        horizonDays: 7,
      },
    );
    expect(r.items).toEqual([]);
    expect(r.summary.byStatus.pending).toBe(1);
    expect(r.summary.beyondHorizon).toBe(1);
  });
});
