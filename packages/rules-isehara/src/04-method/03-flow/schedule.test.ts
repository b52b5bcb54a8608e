import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { monthlySchedule } from './schedule';

const ctx = { referenceDate: '2024-06-01' };

describe('monthlySchedule', () => {
  it('gives each step of the monthly table for a July interview', () => {
    const r = monthlySchedule({ interviewMonth: '2024-07' }, ctx);
    expect(r.status).toBe('decided');
    const steps = r.decision?.steps ?? [];
    expect(steps.map((s) => [s.id, s.date, s.approximate])).toEqual([
      ['notice', '2024-06-01', true],
      ['mailing', '2024-06-30', false],
      ['interview', '2024-07-15', true],
      ['results', '2024-07-25', true],
      ['resubmission', '2024-09-25', true],
      ['reportToCity', undefined, true],
    ]);
    expect(steps.every((s) => s.citation.document === 'isehara-tenken-2024')).toBe(true);
    expect(r.decision?.withinInterviewPeriod).toBe(true);
    expect(r.parameters.map((p) => p.id)).toContain('isehara.schedule.monthlySteps');
  });

  it('returns both resubmission dates, which cannot be reconciled', () => {
    const r = monthlySchedule({ interviewMonth: '2024-07' }, ctx);
    expect(r.decision?.resubmission).toMatchObject({
      reconciled: false,
      monthlyTable: { date: '2024-09-25', approximate: true },
      section48: { date: '2024-08-31', approximate: true },
      earlier: '2024-08-31',
    });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['isehara.schedule.resubmissionTwoReadings', 'info'],
    ]);
  });

  it('month-end arithmetic: leap February, 30-day months and the year boundary', () => {
    const march = monthlySchedule({ interviewMonth: '2024-03' }, ctx).decision;
    expect(march?.steps[1]?.date).toBe('2024-02-29');
    const may = monthlySchedule({ interviewMonth: '2025-05' }, ctx).decision;
    expect(may?.steps[1]?.date).toBe('2025-04-30');
    expect(may?.resubmission.section48.date).toBe('2025-06-30');
    const nov = monthlySchedule({ interviewMonth: '2024-11' }, ctx).decision;
    expect(nov?.steps.map((s) => s.date)).toEqual([
      '2024-10-01',
      '2024-10-31',
      '2024-11-15',
      '2024-11-25',
      '2025-01-25',
      undefined,
    ]);
    expect(nov?.resubmission.section48.date).toBe('2024-12-31');
    const dec = monthlySchedule({ interviewMonth: '2024-12' }, ctx).decision;
    expect(dec?.resubmission.section48.date).toBe('2025-01-31');
    expect(dec?.resubmission.monthlyTable.date).toBe('2025-02-25');
  });

  it('warns when the month lies outside the interview period', () => {
    const r = monthlySchedule({ interviewMonth: '2024-12' }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.withinInterviewPeriod).toBe(false);
    expect(r.findings.some((f) => f.code === 'isehara.schedule.outsideInterviewPeriod')).toBe(true);
  });

  it('is invalid before the 要領 takes effect', () => {
    const r = monthlySchedule({ interviewMonth: '2024-07' }, { referenceDate: '2024-03-21' });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('parameter.outOfRange');
  });

  it.each([
    undefined,
    null,
    {},
    { interviewMonth: '2024-13' },
    { interviewMonth: 202407 },
    { interviewMonth: MARKER },
    { interviewMonth: '2024-07', extra: MARKER },
  ])('bad input %j → invalid, no throw, no echo', (input) => {
    const r = monthlySchedule(input, ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings.length).toBeGreaterThan(0);
    expect(resultText(r)).not.toContain(MARKER);
  });

  it('bad context → invalid', () => {
    expect(monthlySchedule({ interviewMonth: '2024-07' }, { referenceDate: MARKER }).status).toBe(
      'invalid',
    );
    expect(resultText(monthlySchedule({}, null))).not.toContain(MARKER);
  });
});
