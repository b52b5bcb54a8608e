import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/arithmetic';
import { isoDate } from '../date/isoDate';
import { findStepOrderViolations, firstDates } from './stepOrder';

const d = isoDate;
const ORDER = ['a', 'b', 'c', 'd'] as const;
type K = (typeof ORDER)[number];

describe('findStepOrderViolations', () => {
  it('accepts steps in order, including the same day', () => {
    expect(
      findStepOrderViolations(ORDER, [
        { step: 'a', date: d('2024-04-01') },
        { step: 'b', date: d('2024-04-01') },
        { step: 'c', date: d('2024-04-02') },
      ]),
    ).toEqual([]);
  });
  it('reports a step done one day before an earlier step', () => {
    expect(
      findStepOrderViolations(ORDER, [
        { step: 'a', date: d('2024-04-02') },
        { step: 'b', date: d('2024-04-01') },
      ]),
    ).toEqual([{ step: 'b', date: '2024-04-01', expectedBefore: ['a'] }]);
  });
  it('lists every earlier step that came later, in order', () => {
    expect(
      findStepOrderViolations(ORDER, [
        { step: 'd', date: d('2024-04-01') },
        { step: 'b', date: d('2024-04-05') },
        { step: 'a', date: d('2024-04-03') },
      ]),
    ).toEqual([{ step: 'd', date: '2024-04-01', expectedBefore: ['a', 'b'] }]);
  });
  it('compares first occurrences only (a repeated later step is not a violation)', () => {
    expect(
      findStepOrderViolations(ORDER, [
        { step: 'a', date: d('2024-04-01') },
        { step: 'd', date: d('2024-05-01') },
        { step: 'd', date: d('2024-06-01') },
        { step: 'c', date: d('2024-05-15') },
      ]),
    ).toEqual([{ step: 'd', date: '2024-05-01', expectedBefore: ['c'] }]);
    expect(
      findStepOrderViolations(ORDER, [
        { step: 'a', date: d('2024-04-01') },
        { step: 'b', date: d('2024-04-02') },
        { step: 'a', date: d('2024-07-01') },
      ]),
    ).toEqual([]);
  });
  it('ignores steps outside the order', () => {
    expect(
      findStepOrderViolations<string>(
        ['a', 'b'],
        [
          { step: 'x', date: d('2024-01-01') },
          { step: 'b', date: d('2024-04-02') },
        ],
      ),
    ).toEqual([]);
  });
  it('law: dates that never decrease along the order give no violation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (gaps, present) => {
          let date = d('2024-04-01');
          const steps = ORDER.flatMap((step, i) => {
            date = addDays(date, gaps[i] ?? 0);
            return present[i] ? [{ step: step as K, date }] : [];
          });
          return findStepOrderViolations(ORDER, steps).length === 0;
        },
      ),
    );
  });
  it('law: moving a later step strictly before an earlier one is always reported', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 60 }),
        (i, offset, days) => {
          const j = Math.min(i + offset, 3);
          if (j <= i) return true;
          const earlier = ORDER[i] as K;
          const later = ORDER[j] as K;
          const base = d('2024-04-01');
          const v = findStepOrderViolations(ORDER, [
            { step: earlier, date: base },
            { step: later, date: addDays(base, -days) },
          ]);
          return v.length === 1 && v[0]?.step === later && v[0].expectedBefore.includes(earlier);
        },
      ),
    );
  });
});

describe('firstDates', () => {
  it('keeps the earliest date of each step', () => {
    const m = firstDates([
      { step: 'm', date: d('2024-06-01') },
      { step: 'm', date: d('2024-05-01') },
      { step: 'n', date: d('2024-07-01') },
    ]);
    expect(m.get('m')).toBe('2024-05-01');
    expect(m.get('n')).toBe('2024-07-01');
    expect(m.size).toBe(2);
  });
});
