import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDate, isoDateFromParts, parseIsoDate } from './isoDate';
import {
  addDays,
  addMonths,
  compareIsoDates,
  dayOfMonthOffset,
  differenceInDays,
  endOfMonth,
  startOfMonth,
} from './arithmetic';

const dayArb = fc.integer({ min: 0, max: 49672 }).map((n) => addDays(isoDate('1900-01-01'), n)); // ..2035-12-31

describe('parseIsoDate', () => {
  it('accepts real dates and normalises full-width digits', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseIsoDate('２０２５－０４－０１')).toEqual({ ok: true, value: '2025-04-01' });
  });
  it.each([
    '2025-02-30',
    '2023-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-4-1',
    '',
    'x',
  ])('rejects %s', (s) => expect(parseIsoDate(s).ok).toBe(false));
  it.each([undefined, null, 20250401, {}, [], NaN])(
    'rejects non-strings (%s) without throwing',
    (v) => {
      const r = parseIsoDate(v);
      expect(r.ok).toBe(false);
    },
  );
  it('accepts 2000-02-29 (divisible by 400) and rejects 2100-02-29', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });
  it('never echoes the input in its message', () => {
    const r = parseIsoDate('secret-1234');
    expect(r.ok || r.error.message.includes('secret')).toBe(false);
  });
  it('isoDateFromParts rejects impossible parts', () => {
    expect(isoDateFromParts(2025, 2, 29).ok).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays(isoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(isoDate('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(isoDate('1994-12-30'), 1)).toBe('1994-12-31'); // a day that Pacific/Kiritimati skipped
  });
  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths(isoDate('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(isoDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(isoDate('2024-03-31'), -1)).toBe('2024-02-29');
  });
  it('start and end of month', () => {
    expect(startOfMonth(isoDate('2025-05-20'))).toBe('2025-05-01');
    expect(endOfMonth(isoDate('2023-02-01'))).toBe('2023-02-28');
  });
  it('Nth day of an offset month, clamped', () => {
    expect(dayOfMonthOffset(isoDate('2025-12-15'), 1, 10)).toBe('2026-01-10');
    expect(dayOfMonthOffset(isoDate('2025-01-15'), -1, 10)).toBe('2024-12-10');
    expect(dayOfMonthOffset(isoDate('2025-01-31'), 1, 31)).toBe('2025-02-28');
  });
  it('law: differenceInDays(addDays(d, n), d) === n', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -3000, max: 3000 }),
        (d, n) => differenceInDays(addDays(d, n), d) === n,
      ),
    );
  });
  it('law: addDays is associative', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        (d, a, b) => addDays(addDays(d, a), b) === addDays(d, a + b),
      ),
    );
  });
  it('law: compare agrees with differenceInDays', () => {
    fc.assert(
      fc.property(
        dayArb,
        dayArb,
        (a, b) => Math.sign(differenceInDays(a, b)) === compareIsoDates(a, b),
      ),
    );
  });
  it('law: addMonths keeps the day or clamps to the month end', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -120, max: 120 }), (d, n) => {
        const r = addMonths(d, n);
        return r.slice(8) === d.slice(8) || r === endOfMonth(r);
      }),
    );
  });
});
