import { describe, expect, it } from 'vitest';
import { TRAINING_CALENDAR, listTrainingCalendar } from './trainingCalendar';

const statusOn = (referenceDate: string) =>
  Object.fromEntries(
    (listTrainingCalendar({}, { referenceDate }).decision?.events ?? []).map((e) => [
      e.id,
      e.status,
    ]),
  );

describe('TRAINING_CALENDAR (cited data, blank days stay unknown)', () => {
  const events = TRAINING_CALENDAR.values[0]!.value.events;
  it('encodes the dates and times printed in the seed, and only those', () => {
    expect(events.map((e) => [e.id, e.when, e.time])).toEqual([
      ['briefing', { precision: 'day', date: '2024-04-26' }, null],
      ['questionSession', { precision: 'earlyMonth', yearMonth: '2024-05' }, null],
      [
        'careManagementTraining',
        { precision: 'day', date: '2024-06-14' },
        { start: '13:30', end: '16:00' },
      ],
      ['managerTraining1', { precision: 'month', yearMonth: '2024-07' }, null],
      ['managerTraining2', { precision: 'month', yearMonth: '2025-01' }, null],
      [
        'supportTraining',
        { precision: 'month', yearMonth: '2025-02' },
        { start: '13:30', end: '16:00' },
      ],
      ['feedbackForm', { precision: 'after', eventId: 'supportTraining' }, null],
      ['annualReview', { precision: 'unspecified' }, null],
    ]);
    for (const e of events) expect(e.citation.document).toBe('asago-ikiiki-2024');
    expect(events.find((e) => e.id === 'questionSession')?.condition).toBe('希望があれば');
  });
});

describe('listTrainingCalendar', () => {
  it.each([
    ['2024-04-26', 'today'],
    ['2024-04-27', 'past'],
  ])('説明会 on %s is %s', (d, s) => expect(statusOn(d)['briefing']).toBe(s));

  it('before the 要領 (2024-04-26) the calendar is explicitly out of range', () => {
    const r = listTrainingCalendar({}, { referenceDate: '2024-04-25' });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('parameter.outOfRange');
  });

  it.each([
    ['2024-04-30', 'upcoming'],
    ['2024-05-01', 'withinPeriodDayUnknown'],
    ['2024-05-10', 'withinPeriodDayUnknown'],
    ['2024-05-11', 'past'],
  ])('質問の場 (5月上旬) on %s is %s', (d, s) => expect(statusOn(d)['questionSession']).toBe(s));

  it.each([
    ['2024-06-13', 'upcoming'],
    ['2024-06-14', 'today'],
    ['2024-06-15', 'past'],
  ])('研修 6月14日 on %s is %s', (d, s) => expect(statusOn(d)['careManagementTraining']).toBe(s));

  it.each([
    ['2024-06-30', 'upcoming'],
    ['2024-07-01', 'withinPeriodDayUnknown'],
    ['2024-07-31', 'withinPeriodDayUnknown'],
    ['2024-08-01', 'past'],
  ])('管理者研修① (7月 日) on %s is %s', (d, s) => expect(statusOn(d)['managerTraining1']).toBe(s));

  it.each([
    ['2024-12-31', 'upcoming'],
    ['2025-01-01', 'withinPeriodDayUnknown'],
    ['2025-01-31', 'withinPeriodDayUnknown'],
    ['2025-02-01', 'past'],
  ])('管理者研修② (1月 日) on %s is %s', (d, s) => expect(statusOn(d)['managerTraining2']).toBe(s));

  it.each([
    ['2025-01-31', 'upcoming', 'upcoming'],
    ['2025-02-01', 'withinPeriodDayUnknown', 'unknown'],
    ['2025-02-28', 'withinPeriodDayUnknown', 'unknown'],
    ['2025-03-01', 'past', 'unknown'],
  ])('支援研修 (2月 日) on %s is %s; the Google form after it is %s', (d, s, form) => {
    const st = statusOn(d);
    expect(st['supportTraining']).toBe(s);
    expect(st['feedbackForm']).toBe(form);
    expect(st['annualReview']).toBe('unknown');
  });

  it('marks blank days as unknown and never invents a day', () => {
    const e = listTrainingCalendar({}, { referenceDate: '2024-07-15' }).decision?.events.find(
      (x) => x.id === 'managerTraining1',
    );
    expect(e).toMatchObject({ dayUnknown: true, window: { from: '2024-07-01', to: '2024-07-31' } });
    expect(JSON.stringify(e?.when)).not.toMatch(/2024-07-\d\d/);
  });

  it('other 年度 are not defined by the seed', () => {
    const r = listTrainingCalendar({ fiscalYear: 2025 }, { referenceDate: '2025-05-01' });
    expect(r.decision).toEqual({ fiscalYear: 2025, defined: false, events: [] });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['calendar.notDefined', 'info']]);
  });

  it('bad input: invalid, no throw', () => {
    for (const input of [{ fiscalYear: 'ZQXaQXZ' }, { fiscalYear: 2024.5 }, 'x', []]) {
      const r = listTrainingCalendar(input, { referenceDate: '2024-06-01' });
      expect(r.status).toBe('invalid');
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
    expect(listTrainingCalendar({}, {}).status).toBe('invalid');
  });
});
