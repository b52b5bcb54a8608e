import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { annualCalendar } from './annualCalendar';
import { annualEvents, noticeDocuments } from './parameters';
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

  // 伊勢原市 ４（３）年間スケジュール 2「令和６年４月８日 第１回…通知（発送）、以後偶数月の１日を目安に」
  // と ４（３）月次スケジュール 1「前月１日頃」: the first notice is the fixed date of the annual calendar.
  it('interview in 2024-05: the notice is the first notice of the annual calendar, 2024-04-08 (not 2024-04-01)', () => {
    const r = monthlySchedule({ interviewMonth: '2024-05' }, { referenceDate: '2024-04-01' });
    expect(r.status).toBe('decided');
    const notice = r.decision?.steps[0];
    expect(notice).toMatchObject({
      id: 'notice',
      date: '2024-04-08',
      approximate: false,
      phrase: '令和６年４月８日',
      citation: { document: 'isehara-tenken-2024', section: '４（３）年間スケジュール 2' },
    });
    expect(r.decision?.steps.map((s) => s.date)).toEqual([
      '2024-04-08',
      '2024-04-30',
      '2024-05-15',
      '2024-05-25',
      '2024-07-25',
      undefined,
    ]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['isehara.schedule.firstNotice', 'info'],
      ['isehara.schedule.resubmissionTwoReadings', 'info'],
    ]);
    expect(r.trace).toContainEqual(
      expect.objectContaining({ code: 'isehara.schedule.firstNotice', outcome: true }),
    );
    expect(r.parameters.map((p) => p.id)).toContain('isehara.schedule.annualEvents');
  });

  // 伊勢原市 ４（３）: the monthly schedule and the annual calendar read the same parameter, so they agree.
  it('agrees with annualCalendar on the first notice, also under an override of the annual calendar', () => {
    const annual = annualCalendar({}, { referenceDate: '2024-04-01' }).decision?.events;
    const first = annual?.find((e) => e.id === 'firstNotice');
    const r = monthlySchedule({ interviewMonth: '2024-05' }, { referenceDate: '2024-04-01' });
    expect(r.decision?.steps[0]?.date).toBe(first?.from);
    const moved = (annualEvents.values[0]?.value ?? []).map((e) =>
      e.id === 'firstNotice' ? { ...e, from: '2024-04-10', to: '2024-04-10' } : e,
    );
    const what = { referenceDate: '2024-04-01', parameters: { [annualEvents.id]: moved } };
    expect(monthlySchedule({ interviewMonth: '2024-05' }, what).decision?.steps[0]?.date).toBe(
      '2024-04-10',
    );
    expect(annualCalendar({}, what).decision?.events[1]?.from).toBe('2024-04-10');
  });

  // 伊勢原市 ４（３）年間スケジュール 2「以後偶数月の１日を目安に」: later months keep 前月１日頃 (approximate).
  it('later interview months keep the 前月１日頃 notice', () => {
    for (const [month, date] of [
      ['2024-06', '2024-05-01'],
      ['2024-07', '2024-06-01'],
      ['2024-11', '2024-10-01'],
    ] as const) {
      const r = monthlySchedule({ interviewMonth: month }, ctx);
      expect(r.decision?.steps[0]).toMatchObject({ date, approximate: true, phrase: '前月１日頃' });
      expect(r.findings.some((f) => f.code === 'isehara.schedule.firstNotice')).toBe(false);
    }
  });

  // 伊勢原市 ４（３）月次 1 前月１日頃 １〜５: the five documents of the notice package.
  it('the notice step carries the five notice documents, in the order of the 要領', () => {
    for (const month of ['2024-05', '2024-07']) {
      const r = monthlySchedule({ interviewMonth: month }, ctx);
      expect(r.decision?.steps[0]?.documents).toEqual([
        { no: 1, label: 'ケアプラン点検の実施について（通知）' },
        { no: 2, label: '個人情報使用同意書' },
        { no: 3, label: 'ケアプラン点検事業について（お願い）' },
        { no: 4, label: '課題整理総括表のデータ頌布と提出について' },
        { no: 5, label: '課題整理総括表（原紙）記入例）' },
      ]);
      expect(r.decision?.steps.slice(1).every((s) => s.documents === undefined)).toBe(true);
    }
    expect(noticeDocuments.citation).toMatchObject({
      document: 'isehara-tenken-2024',
      section: '４（３）月次スケジュール 1',
    });
    expect(noticeDocuments.reading).toContain('別の読み');
    const four = {
      ...ctx,
      parameters: { [noticeDocuments.id]: [{ no: 1, label: '通知' }] },
    };
    const r = monthlySchedule({ interviewMonth: '2024-07' }, four);
    expect(r.decision?.steps[0]?.documents).toEqual([{ no: 1, label: '通知' }]);
    expect(r.parameters).toContainEqual(
      expect.objectContaining({ id: noticeDocuments.id, origin: 'override' }),
    );
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
