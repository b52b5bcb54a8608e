// Integer day arithmetic (days since 1970-01-01 on `YYYY-MM-DD` strings) against the implementation it replaced:
// date-fns on UTCDate. Every supported day is swept once (1873-01-01..2099-12-31, 82,910 days), and fast-check
// covers the amounts a sweep cannot (fractions, NaN, ±Infinity, huge shifts) and the strings that are not dates.
// Run under several TZ values (Pacific/Kiritimati skipped 1994-12-31 in local time): nothing may depend on it.
import { UTCDate } from '@date-fns/utc';
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
} from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../deadline/businessDay';
import {
  addDays,
  addMonths,
  compareIsoDates,
  dayOfMonthOffset,
  differenceInDays,
  endOfMonth,
  startOfMonth,
} from './arithmetic';
import {
  CalendarDateError,
  SUPPORTED_DATE_RANGE,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatParts,
  fromDayNumber,
  isIsoDate,
  isSupportedCalendarDate,
  isoDateParts,
  toDayNumber,
} from './isoDate';
import type { IsoDate } from './isoDate';

// ---- The previous implementation, verbatim (packages/core/src/date/isoDate.ts and arithmetic.ts before) ----

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function oldIsIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isSupportedCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function oldParts(date: IsoDate): { year: number; month: number; day: number } {
  if (!oldIsIsoDate(date)) throw new CalendarDateError('date.invalid');
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

function toUtcDate(date: IsoDate): UTCDate {
  const { year, month, day } = oldParts(date);
  const d = new UTCDate(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  return d;
}

function fromUtcDate(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new CalendarDateError('date.outOfRange');
  return formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const old = {
  addDays: (date: IsoDate, days: number): IsoDate => fromUtcDate(addDaysFns(toUtcDate(date), days)),
  addMonths: (date: IsoDate, months: number): IsoDate =>
    fromUtcDate(addMonthsFns(toUtcDate(date), months)),
  differenceInDays: (later: IsoDate, earlier: IsoDate): number =>
    differenceInCalendarDays(toUtcDate(later), toUtcDate(earlier)),
  startOfMonth: (date: IsoDate): IsoDate => {
    const { year, month } = oldParts(date);
    return formatParts(year, month, 1);
  },
  endOfMonth: (date: IsoDate): IsoDate => {
    const { year, month } = oldParts(date);
    return formatParts(year, month, daysInMonth(year, month));
  },
  dayOfMonthOffset: (date: IsoDate, monthOffset: number, day: number): IsoDate => {
    const first = old.addMonths(old.startOfMonth(date), monthOffset);
    const { year, month } = oldParts(first);
    return formatParts(
      year,
      month,
      Math.min(Math.max(1, Math.trunc(day)), daysInMonth(year, month)),
    );
  },
};

// ---- Helpers ----

/** The value, or the CalendarDateError code (any other exception fails the test). */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof CalendarDateError) return { error: error.code, message: error.message };
    throw error;
  }
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1873, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2099, 11, 31) / DAY_MS;
const FIRST = SUPPORTED_DATE_RANGE.from as IsoDate;

/** The day `n` (days since 1970-01-01) as formatted by the old path (a UTCDate). */
const refDate = (n: number): IsoDate => fromUtcDate(new UTCDate(n * DAY_MS));

const dayIndex = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const supportedDay = dayIndex.map(refDate);
/** Any amount: small and large integers, ±0, fractions, NaN, ±Infinity. */
const amount = fc.oneof(
  fc.integer({ min: -400, max: 400 }),
  fc.integer({ min: -90_000, max: 90_000 }),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e12, -1e12, 2 ** 53, 1e300, 0.5, -0.5),
  fc.double({ min: -100_000, max: 100_000 }),
  fc.double(),
);

describe('day numbers: a full sweep of the supported range', () => {
  it('the range is 82,910 days, and its ends match SUPPORTED_DATE_RANGE', () => {
    expect(LAST_DAY - FIRST_DAY + 1).toBe(82_910);
    expect(fromDayNumber(FIRST_DAY)).toBe(SUPPORTED_DATE_RANGE.from);
    expect(fromDayNumber(LAST_DAY)).toBe(SUPPORTED_DATE_RANGE.to);
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
  it('every day ↔ integer round-trips and agrees with date-fns on UTCDate', () => {
    let previous: IsoDate | undefined;
    let mismatches = 0;
    for (let n = FIRST_DAY; n <= LAST_DAY; n++) {
      const d = refDate(n);
      const { year, month, day } = oldParts(d);
      const ok =
        fromDayNumber(n) === d &&
        toDayNumber(d) === n &&
        daysFromCivil(year, month, day) === n &&
        civilFromDays(n).year === year &&
        civilFromDays(n).month === month &&
        civilFromDays(n).day === day &&
        isIsoDate(d) &&
        isoDateParts(d).year === year &&
        isoDateParts(d).month === month &&
        isoDateParts(d).day === day &&
        differenceInDays(d, FIRST) === old.differenceInDays(d, FIRST) &&
        differenceInDays(d, FIRST) === n - FIRST_DAY &&
        (previous === undefined ||
          (addDays(previous, 1) === d &&
            addDays(d, -1) === previous &&
            compareIsoDates(previous, d) === -1)) &&
        dayOfWeek(d) === new UTCDate(n * DAY_MS).getDay() &&
        startOfMonth(d) === old.startOfMonth(d) &&
        endOfMonth(d) === old.endOfMonth(d);
      if (!ok) mismatches++;
      previous = d;
    }
    expect(mismatches).toBe(0);
  });
  it('every day: addDays ±1, ±365 and addMonths ±1, ±12, +13 equal date-fns (or the same error)', () => {
    let mismatches = 0;
    for (let n = FIRST_DAY; n <= LAST_DAY; n++) {
      const d = refDate(n);
      for (const k of [1, -1, 365, -365]) {
        if (
          JSON.stringify(outcome(() => addDays(d, k))) !==
          JSON.stringify(outcome(() => old.addDays(d, k)))
        )
          mismatches++;
      }
      for (const k of [1, -1, 12, -12, 13]) {
        if (
          JSON.stringify(outcome(() => addMonths(d, k))) !==
          JSON.stringify(outcome(() => old.addMonths(d, k)))
        )
          mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });
  it('outside the range is date.outOfRange, and a non-integer day number too', () => {
    for (const n of [FIRST_DAY - 1, LAST_DAY + 1, Number.NaN, Infinity, -Infinity, FIRST_DAY + 0.5])
      expect(outcome(() => fromDayNumber(n))).toMatchObject({ error: 'date.outOfRange' });
  });
});

describe('arithmetic equals date-fns on UTCDate for any amount', () => {
  const same = (a: () => unknown, b: () => unknown): boolean =>
    JSON.stringify(outcome(a)) === JSON.stringify(outcome(b));
  it('addDays', () => {
    fc.assert(
      fc.property(supportedDay, amount, (d, n) =>
        same(
          () => addDays(d, n),
          () => old.addDays(d, n),
        ),
      ),
      { numRuns: 20_000 },
    );
  });
  it('addMonths (month-end clamping included)', () => {
    const months = fc.oneof(amount, fc.integer({ min: -2_800, max: 2_800 }));
    fc.assert(
      fc.property(supportedDay, months, (d, n) =>
        same(
          () => addMonths(d, n),
          () => old.addMonths(d, n),
        ),
      ),
      { numRuns: 20_000 },
    );
    expect(addMonths('2024-01-31' as IsoDate, 1)).toBe('2024-02-29');
  });
  it('differenceInDays (differenceInCalendarDays)', () => {
    fc.assert(
      fc.property(supportedDay, supportedDay, (a, b) =>
        same(
          () => differenceInDays(a, b),
          () => old.differenceInDays(a, b),
        ),
      ),
      { numRuns: 20_000 },
    );
  });
  it('dayOfMonthOffset', () => {
    fc.assert(
      fc.property(
        supportedDay,
        fc.oneof(fc.integer({ min: -3_000, max: 3_000 }), amount),
        fc.oneof(fc.integer({ min: -5, max: 40 }), amount),
        (d, offset, day) =>
          same(
            () => dayOfMonthOffset(d, offset, day),
            () => old.dayOfMonthOffset(d, offset, day),
          ),
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('strings that are not supported dates', () => {
  // Near-dates: a real date with one character replaced, or short strings over a date-like alphabet.
  const chars = fc.constantFrom(
    ...'0123456789-',
    '/',
    ' ',
    '\n',
    'a',
    '０',
    '٣', // ARABIC-INDIC DIGIT THREE: not \d without the u flag
    '\u0000',
  );
  const nearDate = fc.oneof(
    fc
      .tuple(supportedDay, fc.nat({ max: 9 }), chars)
      .map(([d, i, c]) => d.slice(0, i) + c + d.slice(i + 1)),
    fc.array(chars, { minLength: 8, maxLength: 12 }).map((a) => a.join('')),
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
    fc.string(),
  );
  it('isIsoDate equals the regular expression and the calendar check it replaced', () => {
    fc.assert(
      fc.property(nearDate, (s) => isIsoDate(s) === oldIsIsoDate(s)),
      { numRuns: 50_000 },
    );
    for (const v of [undefined, null, 20250401, {}, [], Number.NaN, new String('2025-04-01')])
      expect(isIsoDate(v)).toBe(false);
  });
  it('every typed helper raises the same error as before on them', () => {
    fc.assert(
      fc.property(nearDate, amount, (s, n) => {
        const d = s as IsoDate;
        return (
          JSON.stringify(outcome(() => addDays(d, n))) ===
            JSON.stringify(outcome(() => old.addDays(d, n))) &&
          JSON.stringify(outcome(() => addMonths(d, n))) ===
            JSON.stringify(outcome(() => old.addMonths(d, n))) &&
          JSON.stringify(outcome(() => differenceInDays(d, FIRST))) ===
            JSON.stringify(outcome(() => old.differenceInDays(d, FIRST))) &&
          JSON.stringify(outcome(() => differenceInDays(FIRST, d))) ===
            JSON.stringify(outcome(() => old.differenceInDays(FIRST, d))) &&
          JSON.stringify(outcome(() => isoDateParts(d))) ===
            JSON.stringify(outcome(() => oldParts(d))) &&
          JSON.stringify(outcome(() => startOfMonth(d))) ===
            JSON.stringify(outcome(() => old.startOfMonth(d))) &&
          JSON.stringify(outcome(() => endOfMonth(d))) ===
            JSON.stringify(outcome(() => old.endOfMonth(d)))
        );
      }),
      { numRuns: 10_000 },
    );
    for (const v of [undefined, null, 20250401, {}, []] as unknown as IsoDate[]) {
      expect(outcome(() => addDays(v, 1))).toEqual(outcome(() => old.addDays(v, 1)));
      expect(outcome(() => addMonths(v, 1))).toEqual(outcome(() => old.addMonths(v, 1)));
      expect(outcome(() => differenceInDays(v, FIRST))).toEqual(
        outcome(() => old.differenceInDays(v, FIRST)),
      );
    }
  });
});
