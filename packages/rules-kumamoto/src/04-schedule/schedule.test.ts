import { describe, expect, it } from 'vitest';
import { KUMAMOTO_SCHEDULE, scheduleStatus } from './schedule';

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
  it('states the year reading', () => {
    expect(scheduleStatus({}, { referenceDate: '2024-09-01' }).findings[0]?.message).toContain(
      '令和６年',
    );
  });
  it.each([null, 1, { x: 1 }])('rejects input %j', (input) => {
    expect(scheduleStatus(input, { referenceDate: '2024-09-01' }).status).toBe('invalid');
  });
});
