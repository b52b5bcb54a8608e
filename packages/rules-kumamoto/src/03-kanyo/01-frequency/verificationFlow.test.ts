import { addDays, differenceInDays, isoDate } from '@kaigo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceDeadline, finalPlanWithoutAdvice } from './flowParameters';
import { evaluateVerificationFlow } from './verificationFlow';
import { VERIFICATION_STATES, verificationStateRank } from './verificationStates';
import type { VerificationEventKind } from './verificationStates';

type Ev = { kind: VerificationEventKind; date: string };
const ctx = (referenceDate: string) => ({ referenceDate });
const RECEIVED = '2024-09-02';
const sub: Ev = { kind: 'submitted', date: RECEIVED };
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('advice deadline: ２週間以内 from receipt', () => {
  it('the 14th day after receipt is the last day (on time)', () => {
    const r = evaluateVerificationFlow(
      { events: [sub, { kind: 'adviceGiven', date: '2024-09-16' }] },
      ctx('2024-09-30'),
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.advice).toMatchObject({
      receivedOn: RECEIVED,
      deadline: '2024-09-16',
      rule: '2週間以内',
      status: 'given',
      met: true,
      contacts: [{ date: '2024-09-16', dayNumber: 14, met: true, daysLate: 0 }],
    });
    expect(codes(r)).toContain('advice.onTime');
    expect(r.parameters.map((p) => p.id)).toContain('kumamoto.adviceDeadline');
  });
  it('the 15th day is one day late', () => {
    const r = evaluateVerificationFlow(
      { events: [sub, { kind: 'adviceGiven', date: '2024-09-17' }] },
      ctx('2024-09-30'),
    );
    expect(r.decision?.advice).toMatchObject({
      met: false,
      contacts: [{ dayNumber: 15, met: false, daysLate: 1 }],
    });
    const late = r.findings.find((f) => f.code === 'advice.late');
    expect(late?.severity).toBe('warning');
    expect(late?.citation?.section).toBe('３（１）②');
  });
  it('advice on the receipt day itself is day 0 and on time', () => {
    const r = evaluateVerificationFlow(
      { events: [sub, { kind: 'adviceGiven', date: RECEIVED }] },
      ctx(RECEIVED),
    );
    expect(r.decision?.advice?.contacts[0]).toMatchObject({ dayNumber: 0, met: true });
  });
  it('several contacts: met only when every contact is on time', () => {
    const r = evaluateVerificationFlow(
      {
        events: [
          sub,
          { kind: 'adviceGiven', date: '2024-09-05' },
          { kind: 'adviceGiven', date: '2024-09-20' },
        ],
      },
      ctx('2024-09-30'),
    );
    expect(r.decision?.advice?.met).toBe(false);
    expect(r.decision?.advice?.contacts.map((c) => c.met)).toEqual([true, false]);
  });
  it('does not move the deadline for weekends or holidays (2024-09-23 is a holiday)', () => {
    const r = evaluateVerificationFlow(
      { events: [{ kind: 'submitted', date: '2024-09-09' }] },
      ctx('2024-09-10'),
    );
    expect(r.decision?.advice?.deadline).toBe('2024-09-23');
  });
  it('crosses month and year ends by plain day counting', () => {
    const r = evaluateVerificationFlow(
      { events: [{ kind: 'submitted', date: '2024-12-25' }] },
      ctx('2024-12-26'),
    );
    expect(r.decision?.advice?.deadline).toBe('2025-01-08');
  });
});

describe('what is pending or overdue on the reference date', () => {
  it('on the 14th day with advice needed and not yet given: still under review, 0 days left', () => {
    const r = evaluateVerificationFlow({ adviceNeeded: true, events: [sub] }, ctx('2024-09-16'));
    expect(r.decision).toMatchObject({
      state: 'underReview',
      overdue: [],
      advice: { status: 'pending', daysRemaining: 0 },
    });
  });
  it('on the 15th day with advice needed and not given: overdue by 1 day', () => {
    const r = evaluateVerificationFlow({ adviceNeeded: true, events: [sub] }, ctx('2024-09-17'));
    expect(r.decision).toMatchObject({
      state: 'adviceOverdue',
      overdue: [{ step: 'adviceGiven', deadline: '2024-09-16', daysOverdue: 1 }],
    });
    expect(r.findings.find((f) => f.code === 'advice.overdue')?.severity).toBe('warning');
  });
  it('without the ささえりあ judgement, a silent period is not called overdue (missing is not no)', () => {
    const r = evaluateVerificationFlow({ events: [sub] }, ctx('2024-09-17'));
    expect(r.decision).toMatchObject({
      state: 'awaitingFinalPlan',
      overdue: [],
      advice: { status: 'noneWithinPeriod' },
    });
    expect(codes(r)).toContain('advice.noneWithinPeriod');
  });
  it('no advice needed: the review is concluded at once', () => {
    const r = evaluateVerificationFlow({ adviceNeeded: false, events: [sub] }, ctx('2024-09-03'));
    expect(r.decision).toMatchObject({
      state: 'awaitingFinalPlan',
      advice: { status: 'notNeeded' },
    });
    expect(r.decision?.advice?.met).toBeUndefined();
  });
  it('the final plan has no deadline: it is pending, never overdue', () => {
    const r = evaluateVerificationFlow(
      { events: [sub, { kind: 'adviceGiven', date: '2024-09-05' }] },
      ctx('2025-03-31'),
    );
    expect(r.decision?.state).toBe('awaitingFinalPlan');
    expect(r.decision?.overdue).toEqual([]);
    expect(codes(r)).toContain('finalPlan.pending');
  });
});

describe('states', () => {
  it('nothing submitted yet', () => {
    const r = evaluateVerificationFlow({ events: [] }, ctx('2024-09-02'));
    expect(r.decision).toEqual({
      state: 'notSubmitted',
      stateLabel: 'ケアプラン等の提出前',
      overdue: [],
    });
  });
  it('walks the whole flow ①→⑤', () => {
    const events: Ev[] = [
      sub,
      { kind: 'adviceGiven', date: '2024-09-10' },
      { kind: 'planFinalised', date: '2024-09-20' },
      { kind: 'finalPlanSubmitted', date: '2024-09-24' },
      { kind: 'informationConsolidated', date: '2024-09-30' },
      { kind: 'caseConference', date: '2024-11-15' },
    ];
    const at = (n: number, ref: string) =>
      evaluateVerificationFlow({ events: events.slice(0, n) }, ctx(ref)).decision?.state;
    expect(at(1, '2024-09-03')).toBe('underReview');
    expect(at(2, '2024-09-10')).toBe('awaitingFinalPlan');
    expect(at(3, '2024-09-20')).toBe('awaitingFinalPlan');
    expect(at(4, '2024-09-24')).toBe('awaitingConsolidation');
    expect(at(5, '2024-09-30')).toBe('consolidated');
    const last = evaluateVerificationFlow({ events }, ctx('2024-11-15'));
    expect(last.decision).toMatchObject({
      state: 'discussedAtCaseConference',
      finalPlan: { required: true, finalisedOn: '2024-09-20', submittedOn: '2024-09-24' },
      informationConsolidatedOn: '2024-09-30',
      caseConferenceOn: '2024-11-15',
    });
    expect(last.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('event order in the array does not matter', () => {
    const a = evaluateVerificationFlow(
      {
        events: [
          { kind: 'finalPlanSubmitted', date: '2024-09-24' },
          { kind: 'adviceGiven', date: '2024-09-10' },
          sub,
        ],
      },
      ctx('2024-09-30'),
    );
    expect(a.decision?.state).toBe('awaitingConsolidation');
  });
  it('the alternative reading: no final plan needed when there was no advice', () => {
    const parameters = { [finalPlanWithoutAdvice.id]: false };
    const none = evaluateVerificationFlow(
      { adviceNeeded: false, events: [sub] },
      { ...ctx('2024-09-03'), parameters },
    );
    expect(none.decision).toMatchObject({
      state: 'awaitingConsolidation',
      finalPlan: { required: false },
    });
    expect(codes(none)).toContain('finalPlan.notRequired');
    expect(none.parameters.find((p) => p.id === 'kumamoto.finalPlanWithoutAdvice')?.value).toBe(
      false,
    );
    const advised = evaluateVerificationFlow(
      { events: [sub, { kind: 'adviceGiven', date: '2024-09-05' }] },
      { ...ctx('2024-09-06'), parameters },
    );
    expect(advised.decision).toMatchObject({
      state: 'awaitingFinalPlan',
      finalPlan: { required: true },
    });
  });
  it('the 2-week period is a dated parameter that can be replaced', () => {
    // An override from 2025-04-01 (the encoded 2 weeks stay before it). Overrides keep the shape of the
    // encoded value, so the period changes within `weeksAfter`.
    const parameters = {
      [adviceDeadline.id]: {
        values: [{ from: '2025-04-01', value: { kind: 'weeksAfter', weeks: 1 } }],
      },
    };
    const before = evaluateVerificationFlow(
      { events: [{ kind: 'submitted', date: '2025-03-31' }] },
      { ...ctx('2025-04-01'), parameters },
    );
    const after = evaluateVerificationFlow(
      { events: [{ kind: 'submitted', date: '2025-04-01' }] },
      { ...ctx('2025-04-01'), parameters },
    );
    expect(before.decision?.advice?.deadline).toBe('2025-04-14');
    expect(after.decision?.advice).toMatchObject({ deadline: '2025-04-08', rule: '1週間以内' });
    expect(after.parameters[0]).toMatchObject({
      id: 'kumamoto.adviceDeadline',
      effectiveFrom: '2025-04-01',
      origin: 'override',
    });
    expect(after.trace).toContainEqual(
      expect.objectContaining({ kind: 'date', from: '2025-04-01', to: '2025-04-08' }),
    );
  });
  it('the trace follows the transition table and names the deadline arithmetic', () => {
    const r = evaluateVerificationFlow(
      { events: [sub, { kind: 'adviceGiven', date: '2024-09-16' }] },
      ctx('2024-09-20'),
    );
    expect(r.trace).toContainEqual({
      kind: 'date',
      label: 'アドバイス等の連絡期限（受理日から）',
      phrase: '2週間以内',
      from: RECEIVED,
      to: '2024-09-16',
      convention: '初日不算入',
    });
    const path = (r.trace ?? []).flatMap((t) =>
      t.kind === 'condition' && t.code.startsWith('flow.') ? [t.outcome] : [],
    );
    expect(path).toEqual(['underReview', 'awaitingFinalPlan']);
  });
});

describe('impossible and out-of-order sequences', () => {
  const bad = (events: Ev[], ref = '2024-09-30', extra: object = {}) =>
    evaluateVerificationFlow({ ...extra, events }, ctx(ref));
  it.each<[string, Ev[], string]>([
    [
      'advice before submission',
      [sub, { kind: 'adviceGiven', date: '2024-09-01' }],
      'flow.beforeSubmission',
    ],
    [
      'final plan before submission',
      [sub, { kind: 'finalPlanSubmitted', date: '2024-08-31' }],
      'flow.beforeSubmission',
    ],
    [
      'consolidation before submission',
      [sub, { kind: 'informationConsolidated', date: '2024-08-01' }],
      'flow.beforeSubmission',
    ],
    [
      'advice without any submission',
      [{ kind: 'adviceGiven', date: '2024-09-05' }],
      'flow.missingSubmission',
    ],
    [
      'two submissions on different dates',
      [sub, { kind: 'submitted', date: '2024-09-05' }],
      'flow.repeatedEvent',
    ],
    [
      'two final plans on different dates',
      [
        sub,
        { kind: 'finalPlanSubmitted', date: '2024-09-20' },
        { kind: 'finalPlanSubmitted', date: '2024-09-21' },
      ],
      'flow.repeatedEvent',
    ],
    [
      'final plan before the plan was finalised',
      [
        sub,
        { kind: 'planFinalised', date: '2024-09-20' },
        { kind: 'finalPlanSubmitted', date: '2024-09-19' },
      ],
      'flow.finalPlanBeforeFinalisation',
    ],
    [
      'an event after the reference date',
      [sub, { kind: 'adviceGiven', date: '2024-10-01' }],
      'flow.futureEvent',
    ],
    [
      'submission after the reference date',
      [{ kind: 'submitted', date: '2024-10-01' }],
      'flow.futureEvent',
    ],
    ['receipt before 2024-04-01', [{ kind: 'submitted', date: '2024-03-29' }], 'flow.beforeStart'],
  ])('%s → invalid with a clear error', (_name, events, code) => {
    const r = bad(events);
    expect(r.status).toBe('invalid');
    expect(r.decision).toBeUndefined();
    const f = r.findings.find((x) => x.code === code);
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/。$/);
    expect(f?.path?.[0]).toBe('events');
  });
  it('"no advice needed" with an advice contact is contradictory', () => {
    const r = bad([sub, { kind: 'adviceGiven', date: '2024-09-05' }], '2024-09-30', {
      adviceNeeded: false,
    });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]).toMatchObject({
      code: 'flow.contradictoryAdvice',
      path: ['adviceNeeded'],
    });
  });
  it('an exact duplicate is a warning and counted once', () => {
    const r = bad([
      sub,
      sub,
      { kind: 'adviceGiven', date: '2024-09-05' },
      { kind: 'adviceGiven', date: '2024-09-05' },
    ]);
    expect(r.status).toBe('decided');
    expect(r.findings.filter((f) => f.code === 'flow.duplicateEvent')).toHaveLength(2);
    expect(r.decision?.advice?.contacts).toHaveLength(1);
  });
  it('warns when advice comes after the plan was finalised or after the final plan', () => {
    const r = bad([
      sub,
      { kind: 'planFinalised', date: '2024-09-05' },
      { kind: 'adviceGiven', date: '2024-09-10' },
    ]);
    expect(r.status).toBe('decided');
    expect(codes(r)).toContain('flow.adviceAfterFinalisation');
    const r2 = bad([
      sub,
      { kind: 'finalPlanSubmitted', date: '2024-09-05' },
      { kind: 'adviceGiven', date: '2024-09-10' },
    ]);
    expect(codes(r2)).toContain('flow.adviceAfterFinalPlan');
  });
  it('warns when ④ or ⑤ come before an earlier step', () => {
    const r = bad([
      sub,
      { kind: 'finalPlanSubmitted', date: '2024-09-20' },
      { kind: 'informationConsolidated', date: '2024-09-25' },
      { kind: 'caseConference', date: '2024-09-22' },
    ]);
    const f = r.findings.find((x) => x.code === 'flow.outOfOrder');
    expect(f).toMatchObject({ severity: 'warning', path: ['events', 3, 'date'] });
    expect(f?.citation?.section).toBe('３（１）⑤');
    const r2 = bad([sub, { kind: 'informationConsolidated', date: '2024-09-05' }]);
    expect(codes(r2)).toContain('flow.consolidatedBeforeFinalPlan');
  });
});

describe('bad input never throws and never echoes values', () => {
  it.each([
    undefined,
    null,
    42,
    'x',
    [],
    {},
    { events: 'x' },
    { events: [{ kind: 'x', date: '2024-09-02' }] },
    { events: [{ kind: 'submitted', date: '2024-02-30' }] },
    { events: [], extra: 1 },
  ])('rejects %j', (input) => {
    const r = evaluateVerificationFlow(input, ctx('2024-09-30'));
    expect(r.status).toBe('invalid');
    expect(r.findings.length).toBeGreaterThan(0);
  });
  it('rejects a bad context', () => {
    expect(evaluateVerificationFlow({ events: [] }, {}).status).toBe('invalid');
    expect(evaluateVerificationFlow({ events: [] }, { referenceDate: '2024-13-01' }).status).toBe(
      'invalid',
    );
  });
  it('does not echo marker strings', () => {
    const marker = 'ZQX-山田花子-QXZ';
    const r = evaluateVerificationFlow(
      { events: [{ kind: marker, date: marker }], adviceNeeded: marker, extra: marker },
      { referenceDate: marker },
    );
    expect(r.status).toBe('invalid');
    expect(JSON.stringify(r)).not.toContain('山田');
  });
});

describe('laws', () => {
  const receipt = fc.integer({ min: 0, max: 3000 }).map((n) => addDays(isoDate('2024-04-01'), n));
  it('the advice deadline is always exactly 14 days after receipt', () => {
    fc.assert(
      fc.property(receipt, (r) => {
        const res = evaluateVerificationFlow({ events: [{ kind: 'submitted', date: r }] }, ctx(r));
        const d = res.decision?.advice?.deadline;
        return d !== undefined && differenceInDays(d, r) === 14;
      }),
    );
  });
  it('an advice on day k is on time exactly when k ≤ 14', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 0, max: 60 }), (r, k) => {
        const a = addDays(r, k);
        const res = evaluateVerificationFlow(
          {
            events: [
              { kind: 'submitted', date: r },
              { kind: 'adviceGiven', date: a },
            ],
          },
          ctx(a),
        );
        const c = res.decision?.advice?.contacts[0];
        return (
          c !== undefined &&
          c.dayNumber === k &&
          c.met === k <= 14 &&
          c.daysLate === Math.max(0, k - 14)
        );
      }),
    );
  });

  // A valid history: the steps in the document's order, each on or after the previous one.
  const history = fc.record({
    start: receipt,
    gaps: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 6, maxLength: 6 }),
    present: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    adviceNeeded: fc.constantFrom(true, false, undefined),
  });
  const ORDER: VerificationEventKind[] = [
    'submitted',
    'adviceGiven',
    'planFinalised',
    'finalPlanSubmitted',
    'informationConsolidated',
    'caseConference',
  ];
  const build = (h: {
    start: string;
    gaps: number[];
    present: boolean[];
    adviceNeeded: boolean | undefined;
  }) => {
    let date = h.start as ReturnType<typeof isoDate>;
    const events: Ev[] = [];
    ORDER.forEach((kind, i) => {
      date = addDays(date, h.gaps[i] ?? 0);
      const keep =
        i === 0 ||
        ((h.present[i] ?? false) && !(kind === 'adviceGiven' && h.adviceNeeded === false));
      if (keep) events.push({ kind, date });
    });
    return events;
  };
  it('states never go backwards as the reference date advances', () => {
    fc.assert(
      fc.property(
        history,
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 8 }),
        (h, steps) => {
          const events = build(h);
          const last = isoDate(events[events.length - 1]?.date ?? h.start);
          let ref = last;
          let rank = -1;
          for (const s of [0, ...steps]) {
            ref = addDays(ref, s);
            const res = evaluateVerificationFlow(
              { events, ...(h.adviceNeeded === undefined ? {} : { adviceNeeded: h.adviceNeeded }) },
              ctx(ref),
            );
            if (res.status !== 'decided' || !res.decision) return false;
            const now = verificationStateRank(res.decision.state);
            if (now < rank) return false;
            rank = now;
          }
          return true;
        },
      ),
    );
  });
  it('states never go backwards as the events of a valid history happen one by one', () => {
    fc.assert(
      fc.property(history, (h) => {
        const events = build(h);
        let rank = -1;
        for (let n = 0; n <= events.length; n++) {
          const shown = events.slice(0, n);
          const ref = shown[shown.length - 1]?.date ?? h.start;
          const res = evaluateVerificationFlow(
            {
              events: shown,
              ...(h.adviceNeeded === undefined ? {} : { adviceNeeded: h.adviceNeeded }),
            },
            ctx(ref),
          );
          if (res.status !== 'decided' || !res.decision) return false;
          const now = verificationStateRank(res.decision.state);
          if (now < rank) return false;
          rank = now;
        }
        return true;
      }),
    );
  });
  it('the state list is the documented order', () => {
    expect(VERIFICATION_STATES.map(verificationStateRank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
