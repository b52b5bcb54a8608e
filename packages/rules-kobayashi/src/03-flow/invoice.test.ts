import { describe, expect, it } from 'vitest';
import { MARKER, codes, expectNoMarker } from '../../test/helpers';
import { buildInvoice } from './invoice';

const CTX = { referenceDate: '2025-07-05' };

/**
 * A fully documented activity (fictional): 事前アセスメント of the plan on 2025-05-20 (after the program start, ５ ①)
 * and the 包括 confirmation entered (３ 事業の流れ「包括の確認欄入力を確認後、支払い」).
 */
const act = (
  userRef: string,
  activity: string,
  date: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  userRef,
  activity,
  date,
  preAssessmentDate: '2025-05-20',
  hokatsuConfirmed: true,
  ...extra,
});

describe('buildInvoice (３ 事業の流れ, ２（２）)', () => {
  it('居宅: lines, total and the 翌月10日 deadline', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          act('U1', 'preAssessment', '2025-06-03'),
          act('U1', 'assessmentSupport', '2025-06-12'),
          act('U2', 'communityCareMeeting', '2025-06-30'),
          act('U2', 'shortTermIntensive', '2025-06-01'),
          act('U3', 'postAssessment', '2025-06-20'),
        ],
      },
      CTX,
    );
    expect(r.status).toBe('decided');
    expect(r.findings).toEqual([]);
    expect(r.decision?.lines.map((l) => l.amount)).toEqual([3000, 2500, 5000, 2500, 7000]);
    expect(r.decision?.total).toBe(20000);
    expect(r.decision?.payableTotal).toBe(20000);
    expect(r.missing).toEqual([]);
    expect(r.decision?.lines[0]).toEqual({
      index: 0,
      userRef: 'U1',
      activity: 'preAssessment',
      activityLabel: '事前アセスメント',
      date: '2025-06-03',
      unitPrice: 3000,
      quantity: 1,
      amount: 3000,
      payment: 'payable',
    });
    expect(r.decision?.submissionDeadline).toBe('2025-07-10');
    expect(r.parameters.map((p) => p.id).sort()).toEqual([
      'kobayashi.deadlineSchedule',
      'kobayashi.duplicateClaimSeverity',
      'kobayashi.feeTableReading',
      'kobayashi.fees',
      'kobayashi.programStart',
    ]);
  });
  it('December billing rolls into January', () => {
    const r = buildInvoice({ officeKind: 'homon', billingMonth: '2025-12', activities: [] }, CTX);
    expect(r.decision?.submissionDeadline).toBe('2026-01-10');
    expect(r.decision?.total).toBe(0);
  });
  it('reports (does not drop) an activity the office kind cannot claim', () => {
    const r = buildInvoice(
      {
        officeKind: 'tsusho',
        billingMonth: '2025-06',
        activities: [
          act('U1', 'preAssessment', '2025-06-03'),
          act('U1', 'communityCareMeeting', '2025-06-04'),
        ],
      },
      CTX,
    );
    expect(r.decision?.total).toBe(3000);
    expect(r.decision?.excluded).toEqual([
      { index: 1, activity: 'communityCareMeeting', reason: 'notClaimable' },
    ]);
    const f = r.findings.find((x) => x.code === 'invoice.activityNotClaimable');
    expect(f?.severity).toBe('error');
    expect(f?.path).toEqual(['activities', 1, 'activity']);
    expect(f?.message).toContain('通所型事業所は「地域ケア自立支援会議事例提出」を請求できません');
  });
  // 小林市 ３ 事業の流れ（表）「円/1件」: the seed does not forbid the same user and activity twice in one invoice.
  const DUPLICATES = {
    officeKind: 'homon',
    billingMonth: '2025-06',
    activities: [
      act('U1', 'preAssessment', '2025-06-03'),
      act('U2', 'preAssessment', '2025-06-03'),
      act('U1', 'preAssessment', '2025-06-20'),
      act('U1', 'postAssessment', '2025-06-28'),
    ],
  };
  it('a duplicate (same user and activity) is a warning by default and stays on the invoice (３（表）: no rule on duplicates)', () => {
    const r = buildInvoice(DUPLICATES, CTX);
    expect(r.decision?.total).toBe(16000);
    expect(r.decision?.payableTotal).toBe(16000);
    expect(r.decision?.excluded).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['invoice.duplicateClaim', 'warning', ['activities', 2]],
    ]);
    expect(r.findings[0]?.message).toContain('要領に重複の定めはない');
    expect(r.parameters).toContainEqual(
      expect.objectContaining({ id: 'kobayashi.duplicateClaimSeverity', value: 'warning' }),
    );
  });
  it('duplicate severity error (parameter): the second and later lines are left off the invoice, as before', () => {
    const r = buildInvoice(DUPLICATES, {
      ...CTX,
      parameters: { 'kobayashi.duplicateClaimSeverity': 'error' },
    });
    expect(r.decision?.total).toBe(13000);
    expect(r.decision?.excluded).toEqual([
      { index: 2, activity: 'preAssessment', reason: 'duplicate' },
    ]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['invoice.duplicateClaim', 'error'],
    ]);
    const info = buildInvoice(DUPLICATES, {
      ...CTX,
      parameters: { 'kobayashi.duplicateClaimSeverity': 'info' },
    });
    expect(info.decision?.total).toBe(16000);
    expect(info.findings[0]?.severity).toBe('info');
    const bad = buildInvoice(DUPLICATES, {
      ...CTX,
      parameters: { 'kobayashi.duplicateClaimSeverity': 'fatal' },
    });
    expect(bad.status).toBe('invalid');
    expect(bad.findings[0]?.code).toBe('context.parameters.invalid');
  });
  it('program start boundary: an activity on 2025-04-30 is outside the program, 2025-05-01 inside', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-05',
        activities: [
          act('U1', 'preAssessment', '2025-04-30', { preAssessmentDate: undefined }),
          act('U2', 'preAssessment', '2025-05-01', { preAssessmentDate: undefined }),
        ],
      },
      CTX,
    );
    expect(r.decision?.lines.map((l) => l.userRef)).toEqual(['U2']);
    expect(r.decision?.excluded[0]?.reason).toBe('outsideProgram');
    expect(codes(r)).toContain('invoice.outsideProgram');
  });
  it('an outside-program line does not block a later valid claim of the same user and activity', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-05',
        activities: [
          act('U1', 'preAssessment', '2025-04-30', { preAssessmentDate: undefined }),
          act('U1', 'preAssessment', '2025-05-02', { preAssessmentDate: undefined }),
        ],
      },
      CTX,
    );
    expect(r.decision?.total).toBe(3000);
  });
  it('billing month boundary: last day of the month is inside, first day of next is flagged but kept', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          act('U1', 'preAssessment', '2025-06-30'),
          act('U2', 'preAssessment', '2025-07-01'),
        ],
      },
      CTX,
    );
    expect(r.decision?.total).toBe(6000);
    expect(r.findings.map((f) => [f.code, f.path?.[1]])).toEqual([
      ['invoice.outsideBillingMonth', 1],
    ]);
  });
  it('budget cap: equal is fine, one yen less is reported with the payable amount', () => {
    const input = {
      officeKind: 'kyotaku',
      billingMonth: '2025-06',
      activities: [act('U1', 'postAssessment', '2025-06-03')],
    };
    const ok = buildInvoice({ ...input, budgetRemaining: 7000 }, CTX);
    expect(ok.decision?.payableWithinBudget).toBe(7000);
    expect(ok.findings).toEqual([]);
    const over = buildInvoice({ ...input, budgetRemaining: 6999 }, CTX);
    expect(over.decision?.payableWithinBudget).toBe(6999);
    expect(over.decision?.total).toBe(7000);
    expect(over.findings[0]).toMatchObject({ code: 'invoice.overBudget', severity: 'warning' });
    expect(buildInvoice(input, CTX).decision).not.toHaveProperty('payableWithinBudget');
  });
  it('bad input: no throw, clear findings, userRef never in messages', () => {
    const r = buildInvoice(
      {
        officeKind: MARKER,
        billingMonth: MARKER,
        budgetRemaining: -5,
        activities: [{ userRef: MARKER, activity: MARKER, date: MARKER }],
      },
      CTX,
    );
    expect(r.status).toBe('invalid');
    expect(r.findings.map((f) => f.path?.join('.'))).toEqual(
      expect.arrayContaining([
        'officeKind',
        'billingMonth',
        'budgetRemaining',
        'activities.0.activity',
        'activities.0.date',
      ]),
    );
    expectNoMarker(r);
    const dup = buildInvoice(
      {
        officeKind: 'homon',
        billingMonth: '2025-06',
        activities: [
          act(MARKER, 'preAssessment', '2025-06-03'),
          act(MARKER, 'preAssessment', '2025-06-04'),
          act(MARKER, 'communityCareMeeting', '2025-06-04'),
        ],
      },
      CTX,
    );
    expect(dup.findings).toHaveLength(2);
    expectNoMarker(dup);
    const empty = buildInvoice(
      {
        officeKind: 'homon',
        billingMonth: '2025-06',
        activities: [{ userRef: '', activity: 'preAssessment', date: '2025-06-03' }],
      },
      CTX,
    );
    expect(empty.findings[0]?.path).toEqual(['activities', 0, 'userRef']);
    expect(empty.findings[0]?.message).toContain('利用者の識別子');
    for (const bad of [
      null,
      [],
      { officeKind: 'homon' },
      { officeKind: 'homon', billingMonth: '2025-13', activities: [] },
    ]) {
      expect(buildInvoice(bad, CTX).status).toBe('invalid');
    }
  });
});

describe('buildInvoice — ５ その他 ① (事業開始時以降の事前アセスメント)', () => {
  // 小林市 ５①「事業開始時以降に、プラン開始時の事前アセスメントを実施した者からが対象となる。」
  it('a line whose plan pre-assessment was before the program start is not paid and not on the invoice', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          act('U1', 'postAssessment', '2025-06-10', { preAssessmentDate: '2025-04-30' }),
          act('U2', 'postAssessment', '2025-06-10', { preAssessmentDate: '2025-05-01' }),
        ],
      },
      CTX,
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.lines.map((l) => [l.userRef, l.payment])).toEqual([['U2', 'payable']]);
    expect(r.decision?.total).toBe(7000);
    expect(r.decision?.payableTotal).toBe(7000);
    expect(r.decision?.excluded).toEqual([
      { index: 0, activity: 'postAssessment', reason: 'assessmentBeforeProgramStart' },
    ]);
    const f = r.findings.find((x) => x.code === 'invoice.assessmentBeforeProgramStart');
    expect(f).toMatchObject({ severity: 'error', path: ['activities', 0, 'preAssessmentDate'] });
    expect(f?.citation?.section).toBe('５ その他 ①');
    expect(f?.message).toContain('2025-05-01');
  });
  it('a 事前アセスメント line without preAssessmentDate is itself the pre-assessment (its date is compared)', () => {
    const r = buildInvoice(
      {
        officeKind: 'tsusho',
        billingMonth: '2025-05',
        activities: [
          act('U1', 'preAssessment', '2025-05-01', { preAssessmentDate: undefined }),
          act('U2', 'preAssessment', '2025-05-02', { preAssessmentDate: '2025-04-28' }),
        ],
      },
      CTX,
    );
    expect(r.decision?.lines.map((l) => l.userRef)).toEqual(['U1']);
    expect(r.findings[0]).toMatchObject({
      code: 'invoice.assessmentBeforeProgramStart',
      path: ['activities', 1, 'preAssessmentDate'],
    });
  });
  it('missing pre-assessment date on another activity: kept on the invoice, payment undetermined, never paid silently', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          act('U1', 'assessmentSupport', '2025-06-10', { preAssessmentDate: undefined }),
          act('U2', 'assessmentSupport', '2025-06-11'),
        ],
      },
      CTX,
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.lines.map((l) => l.payment)).toEqual(['undetermined', 'payable']);
    expect(r.decision?.total).toBe(5000);
    expect(r.decision?.payableTotal).toBe(2500);
    expect(r.missing).toEqual([
      {
        path: ['activities', 0, 'preAssessmentDate'],
        label: 'プラン開始時の事前アセスメント実施日',
      },
    ]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['invoice.paymentUndetermined', 'info'],
    ]);
  });
  it('what if the program started 2025-06-01 (kobayashi.programStart override)', () => {
    const input = {
      officeKind: 'homon',
      billingMonth: '2025-06',
      activities: [act('U1', 'postAssessment', '2025-06-20')],
    };
    expect(buildInvoice(input, CTX).decision?.payableTotal).toBe(7000);
    const r = buildInvoice(input, {
      ...CTX,
      parameters: { 'kobayashi.programStart': '2025-06-01' },
    });
    expect(r.decision?.total).toBe(0);
    expect(r.decision?.excluded[0]?.reason).toBe('assessmentBeforeProgramStart');
  });
});

describe('buildInvoice — 包括の確認欄入力 (３ 事業の流れ「包括の確認欄入力を確認後、支払い」)', () => {
  // 小林市 ３（１）「包括の確認欄入力にて提出を確認後、支払い。」 ３（２）「包括の確認欄入力を確認後、支払い。」
  it('no confirmation yet: on the invoice, flagged, not in the payable amount', () => {
    const r = buildInvoice(
      {
        officeKind: 'homon',
        billingMonth: '2025-06',
        budgetRemaining: 100000,
        activities: [
          act('U1', 'preAssessment', '2025-06-03'),
          act('U2', 'postAssessment', '2025-06-04', { hokatsuConfirmed: false }),
        ],
      },
      CTX,
    );
    expect(r.decision?.lines.map((l) => l.payment)).toEqual([
      'payable',
      'awaitingHokatsuConfirmation',
    ]);
    expect(r.decision?.total).toBe(10000);
    expect(r.decision?.payableTotal).toBe(3000);
    expect(r.decision?.payableWithinBudget).toBe(3000);
    const f = r.findings.find((x) => x.code === 'invoice.awaitingHokatsuConfirmation');
    expect(f).toMatchObject({ severity: 'warning', path: ['activities', 1, 'hokatsuConfirmed'] });
    expect(f?.citation?.quote).toBe('包括の確認欄入力にて提出を確認後、支払い。');
    expect(r.missing).toEqual([]);
  });
  it('居宅 cites ３（２）; an unknown confirmation is missing input and undetermined', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          act('U1', 'communityCareMeeting', '2025-06-03', { hokatsuConfirmed: undefined }),
          act('U2', 'communityCareMeeting', '2025-06-03', { hokatsuConfirmed: false }),
        ],
      },
      CTX,
    );
    expect(r.decision?.lines.map((l) => l.payment)).toEqual([
      'undetermined',
      'awaitingHokatsuConfirmation',
    ]);
    expect(r.decision?.payableTotal).toBe(0);
    expect(r.missing).toEqual([
      { path: ['activities', 0, 'hokatsuConfirmed'], label: '包括の確認欄入力（対象者一覧）' },
    ]);
    expect(
      r.findings.find((x) => x.code === 'invoice.awaitingHokatsuConfirmation')?.citation?.section,
    ).toBe('３（２）居宅介護支援事業所');
    expect(r.trace).toContainEqual(
      expect.objectContaining({ code: 'invoice.payableLines', outcome: 0 }),
    );
  });
  it('the budget cap applies to the payable amount, the over-budget warning to the invoice total', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        budgetRemaining: 5000,
        activities: [
          act('U1', 'postAssessment', '2025-06-03', { hokatsuConfirmed: false }),
          act('U2', 'preAssessment', '2025-06-03'),
        ],
      },
      CTX,
    );
    expect(r.decision?.total).toBe(10000);
    expect(r.decision?.payableTotal).toBe(3000);
    expect(r.decision?.payableWithinBudget).toBe(3000);
    expect(codes(r)).toContain('invoice.overBudget');
  });
});

describe('buildInvoice — 支援額の表の読み方 (kobayashi.feeTableReading, ３ 事業の流れ（表）)', () => {
  // 小林市 ３（表）「サービス提供事業所 居宅介護支援事業所 / 事前アセスメント 3,000 円/1件 …」: one column of amounts left.
  const input = {
    officeKind: 'kyotaku',
    billingMonth: '2025-06',
    activities: [
      act('U1', 'preAssessment', '2025-06-03'),
      act('U1', 'assessmentSupport', '2025-06-05'),
      act('U2', 'postAssessment', '2025-06-20'),
    ],
  };
  it('default reading: 事前・事後 paid to 居宅介護支援事業所 too', () => {
    const r = buildInvoice(input, CTX);
    expect(r.decision?.total).toBe(12500);
    expect(r.parameters).toContainEqual(
      expect.objectContaining({ id: 'kobayashi.feeTableReading', value: 'prePostBothCategories' }),
    );
  });
  it('alternative reading: 事前・事後 for service providers only — 居宅 lines are not claimable', () => {
    const context = {
      ...CTX,
      parameters: { 'kobayashi.feeTableReading': 'prePostServiceProvidersOnly' },
    };
    const r = buildInvoice(input, context);
    expect(r.decision?.total).toBe(2500);
    expect(r.decision?.excluded.map((e) => [e.index, e.reason])).toEqual([
      [0, 'notClaimable'],
      [2, 'notClaimable'],
    ]);
    expect(r.findings[0]?.message).toContain('事前・事後アセスメントはサービス提供事業所のみ');
    // service providers are unaffected
    const sp = buildInvoice({ ...input, officeKind: 'tsusho' }, context);
    expect(sp.decision?.total).toBe(10000);
  });
  it('an unknown reading is rejected', () => {
    const r = buildInvoice(input, {
      ...CTX,
      parameters: { 'kobayashi.feeTableReading': 'something' },
    });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('context.parameters.invalid');
  });
});
