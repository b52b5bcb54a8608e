import { codeLabel, isoDate } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { ASAGO_EVALUATION_KIND_CODES } from '../forms/index';
import {
  EVALUATION_ON_LEAVING,
  EVALUATION_SCHEDULE,
  evaluationKindLabels,
  evaluationPeriodLabel,
  planEvaluations,
  scheduleEvaluations,
  windowMonthsLabel,
} from './evaluationSchedule';

const ctx = (referenceDate: string) => ({ referenceDate });
const schedule = EVALUATION_SCHEDULE.values[0]!.value;
const onLeaving = EVALUATION_ON_LEAVING.values[0]!.value;
const END = isoDate('2027-03-31');

describe('EVALUATION_SCHEDULE (seed ４ 評価)', () => {
  it('encodes the four windows of the seed', () => {
    expect(schedule.map((s) => [s.kind, s.window.from, s.window.to, s.submissionDeadline])).toEqual(
      [
        ['pre', '2024-05-10', '2024-06-10', '2024-06-10'],
        ['interim1', '2024-12-01', '2024-12-31', null],
        ['interim2', '2025-10-01', '2025-10-31', null],
        ['post', '2026-10-01', '2026-10-31', null],
      ],
    );
    for (const s of schedule) expect(s.citation.document).toBe('asago-ikiiki-2024');
  });
});

describe('scheduleEvaluations', () => {
  it('without events lists the four evaluations with their regular windows', () => {
    const r = scheduleEvaluations({}, ctx('2024-04-30'));
    expect(r.status).toBe('decided');
    expect(r.decision?.due.map((d) => [d.kind, d.basis, d.status])).toEqual([
      ['pre', 'regular', 'upcoming'],
      ['interim1', 'regular', 'upcoming'],
      ['interim2', 'regular', 'upcoming'],
      ['post', 'regular', 'upcoming'],
    ]);
    expect(r.decision?.due[0]?.requiredForms).toEqual([
      'asago.ikiikiSheetSubject',
      'asago.ikiikiSheetCareManager',
    ]);
    expect(r.decision?.anyMissed).toBeNull();
    expect(r.parameters.map((p) => p.id)).toContain('asago.evaluationSchedule');
  });

  it.each([
    ['2024-05-09', 'upcoming'],
    ['2024-05-10', 'open'],
    ['2024-06-10', 'open'],
    ['2024-06-11', 'closed'],
  ])('事前評価 status on %s is %s', (day, status) => {
    expect(scheduleEvaluations({}, ctx(day)).decision?.due[0]?.status).toBe(status);
  });

  it.each([
    ['2024-11-30', 'upcoming'],
    ['2024-12-01', 'open'],
    ['2024-12-31', 'open'],
    ['2025-01-01', 'closed'],
  ])('中間評価① status on %s is %s', (day, status) => {
    expect(scheduleEvaluations({}, ctx(day)).decision?.due[1]?.status).toBe(status);
  });

  it.each([
    ['2025-09-30', 'upcoming'],
    ['2025-10-01', 'open'],
    ['2025-10-31', 'open'],
    ['2025-11-01', 'closed'],
  ])('中間評価② status on %s is %s', (day, status) => {
    expect(scheduleEvaluations({}, ctx(day)).decision?.due[2]?.status).toBe(status);
  });

  it.each([
    ['2026-09-30', 'upcoming'],
    ['2026-10-01', 'open'],
    ['2026-10-31', 'open'],
    ['2026-11-01', 'closed'],
  ])('事後評価 status on %s is %s', (day, status) => {
    expect(scheduleEvaluations({}, ctx(day)).decision?.due[3]?.status).toBe(status);
  });

  it('facility admission between the interim evaluations: no 中間評価②, 事後評価 at that point', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'facilityAdmission', date: '2025-03-01' }] },
      ctx('2025-03-10'),
    );
    expect(r.decision?.due.map((d) => d.kind)).toEqual(['pre', 'interim1', 'post']);
    expect(r.decision?.skipped).toEqual([
      { kind: 'interim2', label: '中間評価②', reason: 'facilityAdmission' },
    ]);
    const post = r.decision?.due[2];
    expect(post?.basis).toBe('onLeaving');
    expect(post?.window).toEqual({ from: '2025-03-01', to: '2027-03-31' });
    expect(post?.status).toBe('open');
    expect(r.decision?.leaving).toEqual({ kind: 'facilityAdmission', date: '2025-03-01' });
  });

  it('death before 中間評価①: both interim evaluations skipped', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'death', date: '2024-08-15' }] },
      ctx('2024-09-01'),
    );
    expect(r.decision?.due.map((d) => d.kind)).toEqual(['pre', 'post']);
    expect(r.decision?.skipped.map((s) => [s.kind, s.reason])).toEqual([
      ['interim1', 'death'],
      ['interim2', 'death'],
    ]);
  });

  it.each([
    // leaving on the first day of the interim window: not "以外" on that day → skipped
    ['2024-12-01', ['pre', 'post'], 'interim1'],
    // leaving inside the window: the post evaluation at that point replaces it (reading notDue)
    ['2024-12-31', ['pre', 'post'], 'interim1'],
    // leaving the day after the window: the interim evaluation was due
    ['2025-01-01', ['pre', 'interim1', 'post'], 'interim2'],
  ])('leaving on %s → due %j, first skipped %s', (day, due, skipped) => {
    const r = scheduleEvaluations({ events: [{ kind: 'death', date: day }] }, ctx('2025-02-01'));
    expect(r.decision?.due.map((d) => d.kind)).toEqual(due);
    expect(r.decision?.skipped[0]?.kind).toBe(skipped);
  });

  it('uses the earliest of several events', () => {
    const r = scheduleEvaluations(
      {
        events: [
          { kind: 'death', date: '2026-01-10' },
          { kind: 'facilityAdmission', date: '2025-11-20' },
        ],
      },
      ctx('2026-02-01'),
    );
    expect(r.decision?.leaving).toEqual({ kind: 'facilityAdmission', date: '2025-11-20' });
    expect(r.decision?.due.map((d) => d.kind)).toEqual(['pre', 'interim1', 'interim2', 'post']);
    expect(r.decision?.due[3]?.window.from).toBe('2025-11-20');
  });

  it('leaving inside the regular post window keeps its first day and extends to the program end', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'facilityAdmission', date: '2026-10-15' }] },
      ctx('2026-10-20'),
    );
    expect(r.decision?.due[3]?.window).toEqual({ from: '2026-10-01', to: '2027-03-31' });
  });

  it('leaving after the regular post window changes nothing', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'death', date: '2026-11-01' }] },
      ctx('2026-11-02'),
    );
    expect(r.decision?.due.map((d) => [d.kind, d.basis])).toEqual([
      ['pre', 'regular'],
      ['interim1', 'regular'],
      ['interim2', 'regular'],
      ['post', 'regular'],
    ]);
  });

  it('leaving before the end of the 事前評価 window: informs that the seed is silent', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'death', date: '2024-06-10' }] },
      ctx('2024-06-11'),
    );
    expect(r.findings.map((f) => [f.code, f.severity])).toContainEqual([
      'evaluation.leftBeforePre',
      'info',
    ]);
    expect(r.decision?.due.map((d) => d.kind)).toEqual(['pre', 'post']);
  });

  it('with records: done, missed, outside the window', () => {
    const r = scheduleEvaluations(
      {
        recorded: [
          { kind: 'pre', date: '2024-06-10' },
          { kind: 'interim2', date: '2025-11-01' },
        ],
      },
      ctx('2025-11-05'),
    );
    expect(r.decision?.due.map((d) => d.status)).toEqual([
      'done',
      'missed',
      'doneOutsideWindow',
      'upcoming',
    ]);
    expect(r.decision?.anyMissed).toBe(true);
    expect(r.findings.map((f) => f.code).sort()).toEqual([
      'evaluation.missed',
      'evaluation.outsideWindow',
    ]);
    expect(r.findings.find((f) => f.code === 'evaluation.outsideWindow')?.path).toEqual([
      'recorded',
      1,
    ]);
  });

  it('with records: an interim evaluation after leaving is flagged, before leaving is informed', () => {
    const r = scheduleEvaluations(
      {
        events: [{ kind: 'facilityAdmission', date: '2024-12-15' }],
        recorded: [
          { kind: 'pre', date: '2024-05-20' },
          { kind: 'interim1', date: '2024-12-05' },
          { kind: 'interim2', date: '2025-10-05' },
          { kind: 'post', date: '2024-12-20' },
        ],
      },
      ctx('2025-11-01'),
    );
    expect(r.decision?.due.map((d) => [d.kind, d.status])).toEqual([
      ['pre', 'done'],
      ['post', 'done'],
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['evaluation.notRequiredDoneBeforeLeaving', 'info', ['recorded', 1]],
      ['evaluation.notRequired', 'warning', ['recorded', 2]],
    ]);
  });

  it('rejects bad input without throwing and without echoing values', () => {
    const marker = 'ZQX山田花子QXZ';
    for (const input of [
      null,
      'x',
      { events: [{ kind: marker, date: marker }] },
      { recorded: [{ kind: 'pre', date: '2024-02-30' }] },
    ]) {
      const r = scheduleEvaluations(input, ctx('2024-06-01'));
      expect(r.status).toBe('invalid');
      expect(r.findings.length).toBeGreaterThan(0);
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
    // unknown keys are named in the path (a key is a field name, not a value)
    expect(scheduleEvaluations({ extra: marker }, ctx('2024-06-01')).findings[0]?.path).toEqual([
      'extra',
    ]);
    expect(scheduleEvaluations({}, { referenceDate: marker }).status).toBe('invalid');
    expect(JSON.stringify(scheduleEvaluations({}, { referenceDate: marker }))).not.toContain('ZQX');
  });

  it('fails explicitly before the 要領 took effect', () => {
    const r = scheduleEvaluations({}, ctx('2024-04-25'));
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('parameter.outOfRange');
  });
});

describe('planEvaluations reading dueUntilEvent', () => {
  const alt = { ...onLeaving, interimWhenLeavingInWindow: 'dueUntilEvent' as const };
  it('keeps an interim evaluation until the day before leaving', () => {
    const plan = planEvaluations(schedule, alt, END, [
      { kind: 'death', date: isoDate('2024-12-15') },
    ]);
    expect(plan.due[1]).toMatchObject({
      kind: 'interim1',
      basis: 'untilLeaving',
      window: { from: '2024-12-01', to: '2024-12-14' },
    });
  });
  it('skips it when leaving on the first day', () => {
    const plan = planEvaluations(schedule, alt, END, [
      { kind: 'death', date: isoDate('2024-12-01') },
    ]);
    expect(plan.due.map((d) => d.kind)).toEqual(['pre', 'post']);
  });
  it('a fixed period for the post evaluation at that point (e.g. the day itself)', () => {
    const plan = planEvaluations(schedule, { ...onLeaving, postToOffsetDays: 0 }, END, [
      { kind: 'facilityAdmission', date: isoDate('2025-05-05') },
    ]);
    expect(plan.due.at(-1)?.window).toEqual({ from: '2025-05-05', to: '2025-05-05' });
  });
});

describe('period labels come from the schedule parameter, not from literals (５ 評価「時期 ①2024年 12月 ②2025年 10月」)', () => {
  // 朝来市 ５ 実施手順と役割 評価: 中間評価 時期 ①2024年 12月 ②2025年 10月 — the months live in asago.evaluationSchedule.
  it('formats the months of a window', () => {
    expect(windowMonthsLabel({ from: isoDate('2024-12-01'), to: isoDate('2024-12-31') })).toBe(
      '2024年12月',
    );
    expect(windowMonthsLabel({ from: isoDate('2024-05-10'), to: isoDate('2024-06-10') })).toBe(
      '2024年5月〜6月',
    );
    expect(windowMonthsLabel({ from: isoDate('2025-03-01'), to: isoDate('2027-03-31') })).toBe(
      '2025年3月〜2027年3月',
    );
    expect(
      evaluationPeriodLabel('中間評価②', {
        from: isoDate('2025-10-01'),
        to: isoDate('2025-10-31'),
      }),
    ).toBe('中間評価②（2025年10月）');
  });
  it('evaluationKindLabels: the encoded schedule gives the labels the forms used to hard-code', () => {
    expect(evaluationKindLabels(schedule)).toEqual({
      pre: '事前評価（2024年5月〜6月）',
      interim1: '中間評価①（2024年12月）',
      interim2: '中間評価②（2025年10月）',
      post: '事後評価（2026年10月）',
    });
    // the code table of the forms carries the names only
    expect(codeLabel(ASAGO_EVALUATION_KIND_CODES, 'interim1')).toBe('中間評価①');
    expect(codeLabel(ASAGO_EVALUATION_KIND_CODES, 'interim2')).toBe('中間評価②');
  });
  it('a moved 中間評価① (override of asago.evaluationSchedule) moves its label too', () => {
    const moved = schedule.map((s) =>
      s.kind === 'interim1' ? { ...s, window: { from: '2025-01-06', to: '2025-01-31' } } : s,
    );
    const r = scheduleEvaluations(
      {},
      { referenceDate: '2025-01-10', parameters: { 'asago.evaluationSchedule': moved } },
    );
    expect(r.decision?.due[1]).toMatchObject({
      kind: 'interim1',
      periodLabel: '中間評価①（2025年1月）',
      status: 'open',
    });
    expect(
      evaluationKindLabels(
        moved.map((s) => ({
          ...s,
          window: { from: isoDate(s.window.from), to: isoDate(s.window.to) },
        })),
      ).interim1,
    ).toBe('中間評価①（2025年1月）');
  });
  it('the post evaluation at the point of leaving is labelled with its own window', () => {
    const r = scheduleEvaluations(
      { events: [{ kind: 'death', date: '2025-03-01' }] },
      ctx('2025-03-10'),
    );
    expect(r.decision?.due.map((d) => d.periodLabel)).toEqual([
      '事前評価（2024年5月〜6月）',
      '中間評価①（2024年12月）',
      '事後評価（2025年3月〜2027年3月）',
    ]);
  });
});
