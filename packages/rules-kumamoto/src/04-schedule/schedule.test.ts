import { describe, expect, it } from 'vitest';
import { KUMAMOTO_SCHEDULE, scheduleEntries, scheduleStatus } from './schedule';

const positions = (referenceDate: string) =>
  scheduleStatus(undefined, { referenceDate }).decision?.map((e) => e.position);

describe('４ 今後のスケジュール', () => {
  it('encodes the dated facts with citations and readings', () => {
    expect(KUMAMOTO_SCHEDULE.map((e) => [e.id, e.precision, e.date, e.window])).toEqual([
      ['operationCouncil', 'day', '2024-07-11', undefined],
      ['briefing', 'approximate', undefined, { from: '2024-08-11', to: '2024-08-20' }],
      ['continuousImprovement', 'undated', undefined, undefined],
    ]);
    for (const e of KUMAMOTO_SCHEDULE) {
      expect(e.citation.section).toBe('４ 今後のスケジュール');
      expect(e.reading.length).toBeGreaterThan(0);
    }
  });
  it.each<[string, string[]]>([
    ['2024-07-10', ['upcoming', 'upcoming', 'upcoming']],
    ['2024-07-11', ['inWindow', 'upcoming', 'upcoming']],
    ['2024-07-12', ['past', 'upcoming', 'ongoing']],
    ['2024-08-10', ['past', 'upcoming', 'ongoing']],
    ['2024-08-11', ['past', 'inWindow', 'ongoing']],
    ['2024-08-20', ['past', 'inWindow', 'ongoing']],
    ['2024-08-21', ['past', 'past', 'ongoing']],
  ])('on %s', (ref, expected) => {
    expect(positions(ref)).toEqual(expected);
  });
  // 熊本市 ４ 今後のスケジュール「７月１１日 地域包括支援センター運営協議会での審議（本日）」「８月中旬 …説明会を開催」:
  // a dated parameter with a citation, read by the rule (not a literal constant).
  it('the schedule is the dated parameter kumamoto.scheduleEntries, cited and with a reading', () => {
    expect(scheduleEntries.id).toBe('kumamoto.scheduleEntries');
    expect(scheduleEntries.citation).toEqual({
      document: 'kumamoto-kanyo-2024',
      section: '４ 今後のスケジュール',
    });
    expect(scheduleEntries.values).toEqual([{ from: '2024-04-01', value: KUMAMOTO_SCHEDULE }]);
    expect(scheduleEntries.reading).toContain('中旬');
    const r = scheduleStatus(undefined, { referenceDate: '2024-08-15' });
    expect(r.parameters.map((p) => [p.id, p.effectiveFrom])).toEqual([
      ['kumamoto.scheduleEntries', '2024-04-01'],
    ]);
    expect(r.trace).toContainEqual(
      expect.objectContaining({ kind: 'parameter', id: 'kumamoto.scheduleEntries' }),
    );
  });
  it('a changed schedule is given through the context (what-if), and reported as an override', () => {
    const moved = KUMAMOTO_SCHEDULE.map((e) =>
      e.id === 'briefing' ? { ...e, window: { from: '2024-08-21', to: '2024-08-31' } } : e,
    );
    const r = scheduleStatus(undefined, {
      referenceDate: '2024-08-15',
      parameters: { [scheduleEntries.id]: moved },
    });
    expect(r.decision?.map((e) => e.position)).toEqual(['past', 'upcoming', 'ongoing']);
    expect(r.parameters[0]).toMatchObject({ id: scheduleEntries.id, origin: 'override' });
  });
  it('before the value starts (2024-04-01) the same schedule is shown', () => {
    expect(positions('2024-03-01')).toEqual(['upcoming', 'upcoming', 'upcoming']);
  });
  it('states the year reading', () => {
    expect(scheduleStatus({}, { referenceDate: '2024-09-01' }).findings[0]?.message).toContain(
      '令和６年',
    );
  });
  it.each([null, 1, { x: 1 }])('rejects input %j', (input) => {
    expect(scheduleStatus(input, { referenceDate: '2024-09-01' }).status).toBe('invalid');
  });
});
