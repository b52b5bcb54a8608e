import fc from 'fast-check';
import { addDays, isoDate } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { MARKER, expectNoMarker } from '../../test/helpers';
import { deadlineRuleText, listDeadlines } from './deadlines';
import type { DeadlinesInput } from './deadlines';

const CTX = { referenceDate: '2025-06-01' };

function item(input: DeadlinesInput, id: string, referenceDate = CTX.referenceDate) {
  const r = listDeadlines(input, { referenceDate });
  const d = r.decision?.deadlines.find((x) => x.id === id);
  return { r, d };
}

describe('listDeadlines — サービス提供事業所 (３（１）)', () => {
  it('lists every deadline of a 通所型 case in table order, with citations', () => {
    const r = listDeadlines(
      {
        officeKind: 'tsusho',
        shortTermIntensiveC: false,
        events: { supportStart: '2025-06-02', supportEnd: '2025-11-30', billingMonth: '2025-06' },
      },
      CTX,
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.deadlines.map((d) => [d.id, d.deadline ?? d.opensOn])).toEqual([
      ['serviceProvider.participationApplication', '2025-05-01'],
      ['serviceProvider.targetRoster', '2025-06-12'],
      ['serviceProvider.preAssessment', '2025-06-14'],
      ['serviceProvider.postAssessment', '2025-10-10'],
      ['serviceProvider.invoice', '2025-07-10'],
    ]);
    for (const d of r.decision?.deadlines ?? []) {
      expect(d.citation.document).toBe('kobayashi-jiritsu-2025');
      expect(d.citation.section).toContain('３（１）');
    }
    expect(r.parameters.map((p) => p.id)).toEqual([
      'kobayashi.deadlineSchedule',
      'kobayashi.programStart',
    ]);
  });
  it('対象者名簿 支援開始後10日以内: the 10th day after is met, the 11th is late', () => {
    const base = { officeKind: 'homon', events: { supportStart: '2025-06-01' } } as const;
    const onTime = item(
      { ...base, submissions: { targetRoster: '2025-06-11' } },
      'serviceProvider.targetRoster',
    );
    expect(onTime.d).toMatchObject({ deadline: '2025-06-11', status: 'met', daysLate: 0 });
    const late = item(
      { ...base, submissions: { targetRoster: '2025-06-12' } },
      'serviceProvider.targetRoster',
    );
    expect(late.d).toMatchObject({ status: 'late', daysLate: 1 });
    const f = late.r.findings.find((x) => x.code === 'deadline.late');
    expect(f?.message).toBe(
      '「対象者名簿」を市に提出 — 期限（支援開始後10日以内、2025-06-11）を1日過ぎて提出されています。',
    );
    expect(f?.path).toEqual(['submissions', 'targetRoster']);
  });
  it('事前アセスメント 支援開始月14日まで: start on the 14th is fine; start on the 15th puts the deadline before the start (finding)', () => {
    const on14 = item(
      { officeKind: 'homon', events: { supportStart: '2025-06-14' } },
      'serviceProvider.preAssessment',
    );
    expect(on14.d).toMatchObject({ deadline: '2025-06-14', precedesEvent: false });
    expect(on14.r.findings.filter((f) => f.code === 'deadline.precedesEvent')).toEqual([]);
    const on15 = item(
      { officeKind: 'homon', events: { supportStart: '2025-06-15' } },
      'serviceProvider.preAssessment',
    );
    expect(on15.d).toMatchObject({ deadline: '2025-06-14', precedesEvent: true });
    const f = on15.r.findings.find((x) => x.code === 'deadline.precedesEvent');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('支援開始の日より1日前（2025-06-14）');
    expect(f?.message).toContain('支援開始が15日以降のとき');
  });
  it('事前アセスメント: submitted on the 14th met, on the 15th late', () => {
    const base = { officeKind: 'tsusho', events: { supportStart: '2025-06-02' } } as const;
    expect(
      item(
        { ...base, submissions: { preAssessment: '2025-06-14' } },
        'serviceProvider.preAssessment',
      ).d?.status,
    ).toBe('met');
    expect(
      item(
        { ...base, submissions: { preAssessment: '2025-06-15' } },
        'serviceProvider.preAssessment',
      ).d,
    ).toMatchObject({
      status: 'late',
      daysLate: 1,
    });
  });
  it('事後アセスメント 支援終了前月10日まで: 10th met, 11th late, and always before the support end (finding)', () => {
    const base = {
      officeKind: 'tsusho',
      shortTermIntensiveC: false,
      events: { supportEnd: '2025-11-30' },
    } as const;
    const met = item(
      { ...base, submissions: { postAssessment: '2025-10-10' } },
      'serviceProvider.postAssessment',
    );
    expect(met.d).toMatchObject({ deadline: '2025-10-10', status: 'met', precedesEvent: true });
    expect(met.r.findings.find((f) => f.code === 'deadline.precedesEvent')?.message).toContain(
      'より前の月',
    );
    const late = item(
      { ...base, submissions: { postAssessment: '2025-10-11' } },
      'serviceProvider.postAssessment',
    );
    expect(late.d).toMatchObject({ status: 'late', daysLate: 1 });
    expect(
      late.r.decision?.deadlines.some((d) => d.id === 'serviceProvider.postAssessmentShortTermC'),
    ).toBe(false);
  });
  it('短期集中予防サービスC: 終了月10日まで; end on the 10th is not before, end on the 11th is', () => {
    const id = 'serviceProvider.postAssessmentShortTermC';
    const base = { officeKind: 'homon', shortTermIntensiveC: true } as const;
    const end10 = item(
      {
        ...base,
        events: { supportEnd: '2025-09-10' },
        submissions: { postAssessment: '2025-09-10' },
      },
      id,
    );
    expect(end10.d).toMatchObject({ deadline: '2025-09-10', status: 'met', precedesEvent: false });
    const end11 = item(
      {
        ...base,
        events: { supportEnd: '2025-09-11' },
        submissions: { postAssessment: '2025-09-11' },
      },
      id,
    );
    expect(end11.d).toMatchObject({
      deadline: '2025-09-10',
      status: 'late',
      daysLate: 1,
      precedesEvent: true,
    });
    expect(end11.r.decision?.deadlines.some((d) => d.id === 'serviceProvider.postAssessment')).toBe(
      false,
    );
  });
  it('C unknown → both 事後 variants are listed as unknown and the flag is missing', () => {
    const r = listDeadlines({ officeKind: 'homon', events: { supportEnd: '2025-09-30' } }, CTX);
    const post = r.decision?.deadlines.filter((d) => d.id.includes('postAssessment'));
    expect(post?.map((d) => [d.deadline, d.status])).toEqual([
      ['2025-08-10', 'unknown'],
      ['2025-09-10', 'unknown'],
    ]);
    expect(r.missing.map((m) => m.path.join('.'))).toContain('shortTermIntensiveC');
    expect(r.findings.filter((f) => f.code === 'deadline.precedesEvent')).toEqual([]);
  });
  it('請求書・明細書 翌月10日まで: 10th met, 11th late', () => {
    const base = { officeKind: 'homon', events: { billingMonth: '2025-06' } } as const;
    expect(
      item({ ...base, submissions: { invoice: '2025-07-10' } }, 'serviceProvider.invoice').d
        ?.status,
    ).toBe('met');
    expect(
      item({ ...base, submissions: { invoice: '2025-07-11' } }, 'serviceProvider.invoice').d,
    ).toMatchObject({
      status: 'late',
      daysLate: 1,
    });
  });
  it('unsubmitted: pending on the deadline day, overdue the day after', () => {
    const input = { officeKind: 'homon', events: { billingMonth: '2025-06' } } as const;
    expect(item(input, 'serviceProvider.invoice', '2025-07-10').d?.status).toBe('pending');
    const over = item(input, 'serviceProvider.invoice', '2025-07-11');
    expect(over.d).toMatchObject({ status: 'overdue', daysLate: 1 });
    expect(over.r.findings.find((f) => f.code === 'deadline.overdue')?.message).toContain('未提出');
  });
  it('参加申込書 R7.5～随時: 2025-04-30 is early, 2025-05-01 is fine, no deadline', () => {
    const id = 'serviceProvider.participationApplication';
    const early = item(
      { officeKind: 'homon', submissions: { participationApplication: '2025-04-30' } },
      id,
    );
    expect(early.d).toMatchObject({ status: 'early', opensOn: '2025-05-01' });
    expect(early.d?.deadline).toBeUndefined();
    expect(early.r.findings[0]?.code).toBe('deadline.beforeOpening');
    expect(
      item({ officeKind: 'homon', submissions: { participationApplication: '2025-05-01' } }, id).d
        ?.status,
    ).toBe('met');
    expect(item({ officeKind: 'homon' }, id, '2030-01-01').d?.status).toBe('pending');
  });
  it('unknown events are listed as unknown and named in missing', () => {
    const r = listDeadlines({ officeKind: 'homon' }, CTX);
    expect(r.status).toBe('decided');
    expect(r.decision?.deadlines.filter((d) => d.status === 'unknown').map((d) => d.id)).toEqual([
      'serviceProvider.targetRoster',
      'serviceProvider.preAssessment',
      'serviceProvider.postAssessment',
      'serviceProvider.postAssessmentShortTermC',
      'serviceProvider.invoice',
    ]);
    expect(r.missing.map((m) => m.label)).toEqual([
      '支援開始の日',
      '短期集中予防サービスCか',
      '支援終了の日',
      '請求対象年月',
    ]);
  });
});

describe('listDeadlines — 居宅介護支援事業所 (３（２）)', () => {
  const events = {
    planCreationStart: '2025-06-05',
    careMeeting: '2025-06-20',
    planCreated: '2025-06-20',
    supportStart: '2025-07-01',
    supportEnd: '2025-12-31',
    evaluation: '2025-12-15',
    billingMonth: '2025-06',
  };
  it('lists the 居宅 deadlines', () => {
    const r = listDeadlines({ officeKind: 'kyotaku', events }, CTX);
    expect(r.decision?.deadlines.map((d) => [d.id, d.deadline ?? d.opensOn, d.wording])).toEqual([
      ['careManagement.participationApplication', '2025-05-01', 'R7.5～随時'],
      ['careManagement.targetRoster', '2025-06-20', '担当者会議前まで'],
      ['careManagement.targetRosterPreferred', '2025-06-05', '（プラン作成開始時が望ましい）'],
      ['careManagement.preAssessment', '2025-06-20', 'プラン作成時'],
      ['careManagement.summaryBeforeSupportEnd', '2025-12-31', '支援期間終了前'],
      ['careManagement.postAssessment', '2025-12-15', '評価(総括表作成)時'],
      ['careManagement.invoice', '2025-07-10', '翌月10日まで'],
    ]);
    expect(r.missing).toEqual([]);
  });
  it('対象者名簿 担当者会議前まで: on the meeting day met, the day after late; after plan start only info', () => {
    const onDay = listDeadlines(
      { officeKind: 'kyotaku', events, submissions: { targetRoster: '2025-06-20' } },
      CTX,
    );
    const roster = onDay.decision?.deadlines.find((d) => d.id === 'careManagement.targetRoster');
    expect(roster?.status).toBe('met');
    const preferred = onDay.findings.find((f) => f.code === 'deadline.afterRecommended');
    expect(preferred?.severity).toBe('info');
    expect(preferred?.message).toContain('プラン作成開始時が望ましい');
    const late = listDeadlines(
      { officeKind: 'kyotaku', events, submissions: { targetRoster: '2025-06-21' } },
      CTX,
    );
    expect(
      late.decision?.deadlines.find((d) => d.id === 'careManagement.targetRoster'),
    ).toMatchObject({
      status: 'late',
      daysLate: 1,
    });
    const early = listDeadlines(
      { officeKind: 'kyotaku', events, submissions: { targetRoster: '2025-06-05' } },
      CTX,
    );
    expect(early.findings).toEqual([]);
  });
  it('総括表: evaluation-day submission is met; after the support end it is late for both items', () => {
    const r = listDeadlines(
      { officeKind: 'kyotaku', events, submissions: { postAssessment: '2026-01-01' } },
      CTX,
    );
    const s = r.decision?.deadlines.filter((d) => d.submittedOn);
    expect(s?.map((d) => [d.id, d.status, d.daysLate])).toEqual([
      ['careManagement.summaryBeforeSupportEnd', 'late', 1],
      ['careManagement.postAssessment', 'late', 17],
    ]);
  });
});

describe('listDeadlines — laws and bad input', () => {
  it('law: 支援開始月14日まで precedes the start exactly when the start is after the 14th', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), (n) => {
        const start = addDays(isoDate('2025-05-01'), n);
        const r = listDeadlines({ officeKind: 'homon', events: { supportStart: start } }, CTX);
        const d = r.decision?.deadlines.find((x) => x.id === 'serviceProvider.preAssessment');
        expect(d?.precedesEvent).toBe(Number(start.slice(8)) > 14);
      }),
    );
  });
  it('law: 支援終了前月10日まで always precedes the support end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), (n) => {
        const end = addDays(isoDate('2025-05-01'), n);
        const r = listDeadlines(
          { officeKind: 'tsusho', shortTermIntensiveC: false, events: { supportEnd: end } },
          CTX,
        );
        expect(
          r.decision?.deadlines.find((x) => x.id === 'serviceProvider.postAssessment')
            ?.precedesEvent,
        ).toBe(true);
      }),
    );
  });
  it('bad input: no throw, clear findings, no marker', () => {
    const r = listDeadlines(
      {
        officeKind: MARKER,
        shortTermIntensiveC: MARKER,
        events: { supportStart: MARKER, billingMonth: MARKER, other: MARKER },
        submissions: { invoice: MARKER },
      },
      CTX,
    );
    expect(r.status).toBe('invalid');
    expect(r.findings.map((f) => f.path?.join('.'))).toEqual(
      expect.arrayContaining([
        'officeKind',
        'events.supportStart',
        'events.billingMonth',
        'submissions.invoice',
        'events.other',
      ]),
    );
    expectNoMarker(r);
    expect(listDeadlines(undefined, CTX).status).toBe('invalid');
    expect(listDeadlines({ officeKind: 'homon' }, { referenceDate: MARKER }).status).toBe(
      'invalid',
    );
  });
  it('deadlineRuleText', () => {
    expect(deadlineRuleText(null)).toBe('随時');
    expect(deadlineRuleText({ kind: 'daysAfter', days: 10 })).toBe('10日以内');
  });
});
