import { runAgenda } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { kobayashiAgenda } from './agenda';
import { city } from './city';
import { listDeadlines } from './03-flow/deadlines';

const tsusho = {
  officeKind: 'tsusho',
  shortTermIntensiveC: false,
  events: { supportStart: '2025-06-20', supportEnd: '2025-11-30', billingMonth: '2025-06' },
  submissions: {
    participationApplication: '2025-05-12',
    targetRoster: '2025-07-01',
    preAssessment: '2025-06-13',
  },
};

describe('kobayashi agenda', () => {
  it('lists every deadline of kobayashi.deadlines across a caseload', () => {
    // #region kobayashiAgenda
    const r = runAgenda(
      city.agenda!,
      [
        { caseRef: 'K-001', input: tsusho },
        {
          caseRef: 'K-002',
          input: { officeKind: 'kyotaku', events: { planCreationStart: '2025-06-05' } },
        },
      ],
      { referenceDate: '2025-07-01' }, // horizonDays は既定の14日
    );
    const k001 = r.items.filter((i) => i.caseRef === 'K-001');
    expect(k001.map((i) => [i.itemId, i.due, i.status])).toEqual([
      ['serviceProvider.preAssessment', '2025-06-14', 'met'],
      ['serviceProvider.targetRoster', '2025-06-30', 'met'], // 7月1日に提出: 期限後（late: true）
      ['serviceProvider.invoice', '2025-07-10', 'dueSoon'], // 翌月10日まで
      ['serviceProvider.participationApplication', undefined, 'met'], // 随時
    ]);
    expect(k001[1]?.late).toBe(true);
    expect(r.summary.beyondHorizon).toBe(1); // 事後アセスメント（支援終了前月10日まで = 2025-10-10）
    const roster = r.items.find((i) => i.itemId === 'careManagement.targetRoster');
    expect(roster).toMatchObject({ status: 'unknown', missing: ['担当者会議の日'] });
    // #endregion kobayashiAgenda
  });

  it('uses the rule itself: every deadline appears once, with the rule’s dates and citations', () => {
    const rule = listDeadlines(tsusho, { referenceDate: '2025-07-01' });
    const r = runAgenda(kobayashiAgenda, [{ caseRef: 'K-001', input: tsusho }], {
      referenceDate: '2025-07-01',
      horizonDays: 365,
    });
    expect(r.items.map((i) => [i.itemId, i.due, i.citation])).toEqual(
      [...(rule.decision?.deadlines ?? [])]
        .sort((a, b) =>
          a.deadline === b.deadline
            ? 0
            : a.deadline === undefined
              ? 1
              : b.deadline === undefined
                ? -1
                : a.deadline < b.deadline
                  ? -1
                  : 1,
        )
        .map((d) => [d.id, d.deadline, d.citation]),
    );
    expect(r.cases[0]?.findings.map((f) => f.code)).toContain('deadline.late');
  });

  it('maps not submitted and past to overdue, and reports unknown applicability', () => {
    const r = runAgenda(
      kobayashiAgenda,
      [
        {
          caseRef: 'K-003',
          input: {
            officeKind: 'tsusho',
            events: { supportStart: '2025-06-01', supportEnd: '2025-07-31' },
          },
        },
      ],
      { referenceDate: '2025-07-20', horizonDays: 30 },
    );
    expect(r.items.find((i) => i.itemId === 'serviceProvider.targetRoster')?.status).toBe(
      'overdue',
    );
    const unknown = r.items.filter((i) => i.status === 'unknown');
    expect(unknown.flatMap((i) => i.missing)).toContain('短期集中予防サービスCか');
    expect(unknown.flatMap((i) => i.missing)).toContain('請求対象年月');
  });

  it('reports an invalid case and goes on; parameter overrides reach the rule', () => {
    const r = runAgenda(
      kobayashiAgenda,
      [
        { caseRef: 'K-bad', input: { officeKind: 'nope' } },
        { caseRef: 'K-001', input: tsusho },
      ],
      { referenceDate: '2025-07-01', parameters: { 'kobayashi.programStart': '2025-06-01' } },
    );
    expect(r.cases[0]?.status).toBe('invalid');
    expect(r.cases[0]?.findings[0]?.path?.[0]).toBe('input');
    expect(
      r.items.find((i) => i.itemId === 'serviceProvider.participationApplication')?.opensOn,
    ).toBe('2025-06-01');
    const bad = runAgenda(kobayashiAgenda, [{ caseRef: 'K-001', input: tsusho }], {
      referenceDate: '2025-07-01',
      parameters: { 'kobayashi.programStart': 42 },
    });
    expect(bad.cases[0]?.status).toBe('invalid');
    expect(bad.items).toEqual([]);
  });
});
