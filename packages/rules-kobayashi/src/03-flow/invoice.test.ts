import { describe, expect, it } from 'vitest';
import { MARKER, codes, expectNoMarker } from '../../test/helpers';
import { buildInvoice } from './invoice';

const CTX = { referenceDate: '2025-07-05' };

describe('buildInvoice (３ 事業の流れ, ２（２）)', () => {
  it('居宅: lines, total and the 翌月10日 deadline', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        activities: [
          { userRef: 'U1', activity: 'preAssessment', date: '2025-06-03' },
          { userRef: 'U1', activity: 'assessmentSupport', date: '2025-06-12' },
          { userRef: 'U2', activity: 'communityCareMeeting', date: '2025-06-30' },
          { userRef: 'U2', activity: 'shortTermIntensive', date: '2025-06-01' },
          { userRef: 'U3', activity: 'postAssessment', date: '2025-06-20' },
        ],
      },
      CTX,
    );
    expect(r.status).toBe('decided');
    expect(r.findings).toEqual([]);
    expect(r.decision?.lines.map((l) => l.amount)).toEqual([3000, 2500, 5000, 2500, 7000]);
    expect(r.decision?.total).toBe(20000);
    expect(r.decision?.lines[0]).toEqual({
      index: 0,
      userRef: 'U1',
      activity: 'preAssessment',
      activityLabel: '事前アセスメント',
      date: '2025-06-03',
      unitPrice: 3000,
      quantity: 1,
      amount: 3000,
    });
    expect(r.decision?.submissionDeadline).toBe('2025-07-10');
    expect(r.parameters.map((p) => p.id).sort()).toEqual([
      'kobayashi.deadlineSchedule',
      'kobayashi.fees',
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
          { userRef: 'U1', activity: 'preAssessment', date: '2025-06-03' },
          { userRef: 'U1', activity: 'communityCareMeeting', date: '2025-06-04' },
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
  it('reports a duplicate claim for the same user and activity; other users are fine', () => {
    const r = buildInvoice(
      {
        officeKind: 'homon',
        billingMonth: '2025-06',
        activities: [
          { userRef: 'U1', activity: 'preAssessment', date: '2025-06-03' },
          { userRef: 'U2', activity: 'preAssessment', date: '2025-06-03' },
          { userRef: 'U1', activity: 'preAssessment', date: '2025-06-20' },
          { userRef: 'U1', activity: 'postAssessment', date: '2025-06-28' },
        ],
      },
      CTX,
    );
    expect(r.decision?.total).toBe(13000);
    expect(r.decision?.excluded).toEqual([
      { index: 2, activity: 'preAssessment', reason: 'duplicate' },
    ]);
    expect(codes(r)).toEqual(['invoice.duplicateClaim']);
  });
  it('program start boundary: an activity on 2025-04-30 is outside the program, 2025-05-01 inside', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-05',
        activities: [
          { userRef: 'U1', activity: 'preAssessment', date: '2025-04-30' },
          { userRef: 'U2', activity: 'preAssessment', date: '2025-05-01' },
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
          { userRef: 'U1', activity: 'preAssessment', date: '2025-04-30' },
          { userRef: 'U1', activity: 'preAssessment', date: '2025-05-02' },
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
          { userRef: 'U1', activity: 'preAssessment', date: '2025-06-30' },
          { userRef: 'U2', activity: 'preAssessment', date: '2025-07-01' },
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
      activities: [{ userRef: 'U1', activity: 'postAssessment', date: '2025-06-03' }],
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
          { userRef: MARKER, activity: 'preAssessment', date: '2025-06-03' },
          { userRef: MARKER, activity: 'preAssessment', date: '2025-06-04' },
          { userRef: MARKER, activity: 'communityCareMeeting', date: '2025-06-04' },
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
