import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, differenceInDays } from '../date/arithmetic';
import { isoDate } from '../date/isoDate';
import { dayOfWeek, isJapaneseHoliday, shiftToBusinessDay } from './businessDay';
import { checkDeadline } from './checkDeadline';
import { checkWindow, isWithinWindow } from './dateWindow';
import type { DeadlineRule } from './deadlineRule';
import { describeDeadlineRule, resolveDeadline } from './deadlineRule';

const d = isoDate;

describe('resolveDeadline', () => {
  it.each<[DeadlineRule, string, string, string]>([
    [{ kind: 'daysAfter', days: 10 }, '2025-06-01', '2025-06-11', '10日以内'],
    [{ kind: 'weeksAfter', weeks: 2 }, '2024-04-01', '2024-04-15', '2週間以内'],
    [{ kind: 'dayOfMonth', monthOffset: 0, day: 14 }, '2025-06-20', '2025-06-14', '当月14日まで'],
    [{ kind: 'dayOfMonth', monthOffset: 1, day: 10 }, '2025-12-31', '2026-01-10', '翌月10日まで'],
    [{ kind: 'dayOfMonth', monthOffset: -1, day: 10 }, '2025-09-30', '2025-08-10', '前月10日まで'],
    [{ kind: 'dayOfMonth', monthOffset: 2, day: 25 }, '2024-12-15', '2025-02-25', '翌々月25日まで'],
    [{ kind: 'endOfMonth', monthOffset: -1 }, '2024-03-15', '2024-02-29', '前月末日まで'],
    [{ kind: 'endOfMonth', monthOffset: 0 }, '2024-04-15', '2024-04-30', '当月末日まで'],
    [{ kind: 'onEvent' }, '2024-04-15', '2024-04-15', '当日まで'],
  ])('%j from %s → %s', (rule, event, expected, phrase) => {
    expect(resolveDeadline(rule, d(event))).toBe(expected);
    expect(describeDeadlineRule(rule)).toBe(phrase);
  });
  it('law: N日以内 and N週間以内 deadlines are never before the event', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 400 }), (n, k) => {
        const event = addDays(d('1990-01-01'), n);
        return (
          resolveDeadline({ kind: 'daysAfter', days: k }, event) >= event &&
          resolveDeadline({ kind: 'weeksAfter', weeks: k }, event) >= event &&
          resolveDeadline({ kind: 'dayOfMonth', monthOffset: 1, day: 1 + (k % 31) }, event) > event
        );
      }),
    );
  });
});

describe('checkDeadline / checkWindow', () => {
  it('the 14th day after receipt is on time, the 15th is one day late', () => {
    const deadline = resolveDeadline({ kind: 'weeksAfter', weeks: 2 }, d('2024-04-01'));
    expect(checkDeadline(deadline, d('2024-04-15'))).toEqual({
      deadline: '2024-04-15',
      met: true,
      daysLate: 0,
    });
    expect(checkDeadline(deadline, d('2024-04-16'))).toEqual({
      deadline: '2024-04-15',
      met: false,
      daysLate: 1,
    });
  });
  it('windows include both ends', () => {
    const w = { from: d('2024-05-10'), to: d('2024-06-10') };
    expect(checkWindow(w, d('2024-05-09'))).toEqual({
      position: 'before',
      daysEarly: 1,
      daysLate: 0,
    });
    expect(checkWindow(w, d('2024-05-10')).position).toBe('inside');
    expect(checkWindow(w, d('2024-06-10')).position).toBe('inside');
    expect(checkWindow(w, d('2024-06-11'))).toEqual({
      position: 'after',
      daysEarly: 0,
      daysLate: 1,
    });
    expect(isWithinWindow(w, d('2024-06-11'))).toBe(false);
  });
  it('law: daysLate equals the day difference when late', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: -100, max: 100 }),
        (n, k) => {
          const deadline = addDays(d('1990-01-01'), n);
          const c = checkDeadline(deadline, addDays(deadline, k));
          return (
            c.met === k <= 0 &&
            c.daysLate === Math.max(0, k) &&
            differenceInDays(addDays(deadline, k), deadline) === k
          );
        },
      ),
    );
  });
});

describe('business days', () => {
  it('knows holidays and weekdays without time zones', () => {
    expect(isJapaneseHoliday(d('2025-05-05'))).toEqual({ ok: true, value: true });
    expect(isJapaneseHoliday(d('2025-05-07'))).toEqual({ ok: true, value: false });
    expect(isJapaneseHoliday(d('1969-12-31')).ok).toBe(false);
    expect(dayOfWeek(d('2025-05-05'))).toBe(1);
    expect(dayOfWeek(d('1994-12-31'))).toBe(6);
  });
  it('shifts a Golden Week deadline', () => {
    expect(shiftToBusinessDay(d('2025-05-03'), 'next')).toEqual({ ok: true, value: '2025-05-07' });
    expect(shiftToBusinessDay(d('2025-05-03'), 'previous')).toEqual({
      ok: true,
      value: '2025-05-02',
    });
    expect(shiftToBusinessDay(d('2025-05-07'), 'next')).toEqual({ ok: true, value: '2025-05-07' });
  });
  it('accepts a custom calendar and reports one that never opens', () => {
    expect(shiftToBusinessDay(d('2025-05-07'), 'next', () => ({ ok: true, value: true })).ok).toBe(
      false,
    );
  });
});
