// The supported calendar (1873-01-01..2099-12-31): parsing refuses dates outside it, and no date operation ever
// returns a malformed or out-of-range date (it raises CalendarDateError, or returns an explicit failure).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, isJapaneseHoliday, shiftToBusinessDay } from '../deadline/businessDay';
import { checkWindow, isWithinWindow } from '../deadline/dateWindow';
import { resolveDeadline } from '../deadline/deadlineRule';
import type { DeadlineRule } from '../deadline/deadlineRule';
import {
  fiscalYearEnd,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearStart,
} from '../fiscal/fiscalYear';
import { insurancePlanPeriod, insurancePlanPeriodOf } from '../fiscal/insurancePlanPeriod';
import { parseInsuredNumber } from '../ids/identifiers';
import { valueAt } from '../params/datedParameter';
import { parseRuleContext } from '../params/ruleContext';
import { eraOf } from '../wareki/eras';
import { formatWareki } from '../wareki/formatWareki';
import { parseDateInput } from '../wareki/parseDateInput';
import { parseWareki } from '../wareki/parseWareki';
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
  isIsoDate,
  isoDate,
  isoDateFromParts,
  isoDateParts,
  parseIsoDate,
} from './isoDate';
import type { IsoDate } from './isoDate';
import { firstDayOfYearMonth, parseYearMonth, yearMonthOf } from './yearMonth';
import type { YearMonth } from './yearMonth';

const FIRST = isoDate(SUPPORTED_DATE_RANGE.from);
const LAST = isoDate(SUPPORTED_DATE_RANGE.to);
const SPAN = differenceInDays(LAST, FIRST); // days from the first to the last supported day

/** The error a typed helper raised, or undefined when it returned. */
function raised(fn: () => unknown): CalendarDateError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof CalendarDateError) return error;
    throw error;
  }
}

describe('parsing refuses dates outside the supported range', () => {
  it.each(['9999-12-31', '2100-01-01', '1872-12-31', '0001-01-01', '0000-01-01'])('%s', (text) => {
    for (const parse of [parseIsoDate, parseDateInput]) {
      const r = parse(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('date.outOfRange');
      expect(r.error.message).toContain('対応範囲外');
      expect(r.error.message).toContain('1873-01-01〜2099-12-31');
      expect(r.error.message).not.toContain(text);
    }
    expect(isIsoDate(text)).toBe(false);
  });
  it('accepts both ends', () => {
    expect(parseIsoDate('1873-01-01')).toEqual({ ok: true, value: '1873-01-01' });
    expect(parseIsoDate('2099-12-31')).toEqual({ ok: true, value: '2099-12-31' });
    expect(parseDateInput('令和81年12月31日')).toEqual({ ok: true, value: '2099-12-31' });
    expect(parseDateInput('明治6年1月1日')).toEqual({ ok: true, value: '1873-01-01' });
  });
  it('和暦 past 2099 and year-months outside the range', () => {
    expect(parseWareki('令和82年1月1日')).toMatchObject({
      ok: false,
      error: { code: 'date.outOfRange' },
    });
    expect(parseWareki('R99.1')).toMatchObject({ ok: false, error: { code: 'date.outOfRange' } });
    expect(parseYearMonth('2100-01')).toMatchObject({
      ok: false,
      error: { code: 'yearMonth.outOfRange' },
    });
    expect(parseYearMonth('1872-12')).toMatchObject({ ok: false });
    expect(parseYearMonth('2099-12').ok).toBe(true);
  });
  it('the context refuses a reference date outside the range', () => {
    const r = parseRuleContext({ referenceDate: '9999-12-31' });
    expect(r).toMatchObject({ ok: false, error: { code: 'context.referenceDate.invalid' } });
    expect(r.ok || r.error.message.includes('対応範囲外')).toBe(true);
  });
  it('isoDateFromParts refuses years outside the range', () => {
    expect(isoDateFromParts(10000, 1, 4)).toMatchObject({
      ok: false,
      error: { code: 'date.outOfRange' },
    });
    expect(isoDateFromParts(1000, 1, 1)).toMatchObject({
      ok: false,
      error: { code: 'date.outOfRange' },
    });
  });
});

describe('date operations never produce a malformed date', () => {
  it('arithmetic past either end raises date.outOfRange', () => {
    expect(raised(() => addDays(LAST, 1))?.code).toBe('date.outOfRange');
    expect(raised(() => addDays(FIRST, -1))?.code).toBe('date.outOfRange');
    expect(raised(() => addDays(LAST, 1e12))?.code).toBe('date.outOfRange');
    expect(raised(() => addDays(LAST, Number.NaN))?.code).toBeDefined();
    expect(raised(() => addMonths(isoDate('2099-12-15'), 1))?.code).toBe('date.outOfRange');
    expect(raised(() => dayOfMonthOffset(isoDate('2099-12-15'), 1, 10))?.code).toBe(
      'date.outOfRange',
    );
    expect(raised(() => fiscalYearEnd(2099))?.code).toBe('date.outOfRange');
    expect(raised(() => fiscalYearStart(1872))?.code).toBe('date.outOfRange');
    expect(raised(() => fiscalYearLabel(9999))?.code).toBe('date.outOfRange');
    expect(raised(() => fiscalYearLabel(Number.NaN, 'seireki'))?.code).toBe('date.invalid');
    expect(raised(() => insurancePlanPeriod(34))?.code).toBe('date.outOfRange');
    expect(raised(() => insurancePlanPeriod(0))?.code).toBe('date.invalid');
    expect(raised(() => insurancePlanPeriodOf(isoDate('2099-05-01')))?.code).toBe(
      'date.outOfRange',
    );
    expect(insurancePlanPeriod(33).end).toBe('2099-03-31');
    expect(raised(() => firstDayOfYearMonth('10000-01' as YearMonth))?.code).toBe('date.invalid');
    const monthly: DeadlineRule = { kind: 'dayOfMonth', monthOffset: 2, day: 10 };
    expect(raised(() => resolveDeadline(monthly, isoDate('2099-11-20')))?.code).toBe(
      'date.outOfRange',
    );
  });
  it('runtime-invalid IsoDate values raise date.invalid (typed helpers) or fail (Outcome helpers)', () => {
    const bad = '2025-13-45' as IsoDate;
    for (const fn of [
      () => addDays(bad, 1),
      () => addMonths(bad, 1),
      () => startOfMonth(bad),
      () => endOfMonth(bad),
      () => differenceInDays(bad, FIRST),
      () => compareIsoDates(bad, FIRST),
      () => isoDateParts(bad),
      () => yearMonthOf(bad),
      () => fiscalYearOf(bad),
      () => eraOf(bad),
      () => dayOfWeek(bad),
      () => checkWindow({ from: FIRST, to: LAST }, bad),
      () => isWithinWindow({ from: FIRST, to: LAST }, bad),
      () => isoDate('2025-13-45'),
    ])
      expect(raised(fn)?.code).toBe('date.invalid');
    expect(formatWareki(bad)).toMatchObject({ ok: false, error: { code: 'date.invalid' } });
    expect(formatWareki('9999-12-31' as IsoDate).ok).toBe(false);
    expect(formatWareki(FIRST, 'other' as 'kanji').ok).toBe(false);
    expect(isJapaneseHoliday(bad).ok).toBe(false);
    expect(shiftToBusinessDay(bad, 'next').ok).toBe(false);
    const p = {
      id: 'x',
      description: 'x',
      citation: { document: 'kobayashi-jiritsu-2025', section: '１' },
      values: [{ from: FIRST, value: 1 }],
    } as const;
    expect(valueAt(p, bad)).toMatchObject({ ok: false, error: { code: 'date.invalid' } });
  });
  it('no message carries the input', () => {
    const error = raised(() => isoDate('secret-1234'));
    expect(error?.message).not.toContain('secret');
    expect(raised(() => addDays('secret-1234' as IsoDate, 1))?.message).not.toContain('secret');
    const id = parseInsuredNumber('secret-1234');
    expect(id.ok || id.error.message.includes('secret')).toBe(false);
  });
  it('formats 2099-12-31 and 1873-01-01 in 和暦', () => {
    expect(formatWareki(LAST)).toEqual({ ok: true, value: '令和81年12月31日' });
    expect(formatWareki(FIRST, 'letter')).toEqual({ ok: true, value: 'M6.1.1' });
  });
});

describe('properties near both ends of the range', () => {
  // A day within 400 days of either end, and a shift that may cross it.
  const nearEnd = fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 400 }))
    .map(([top, k]) => (top ? SPAN - k : k));
  const shift = fc.integer({ min: -800, max: 800 });

  it('addDays returns an in-range date exactly when the target is in range, else raises date.outOfRange', () => {
    fc.assert(
      fc.property(nearEnd, shift, (index, n) => {
        const d = addDays(FIRST, index);
        const target = index + n;
        const error = raised(() => addDays(d, n));
        if (target < 0 || target > SPAN) return error?.code === 'date.outOfRange';
        const r = addDays(d, n);
        return error === undefined && isIsoDate(r) && differenceInDays(r, FIRST) === target;
      }),
    );
  });
  it('addMonths either returns a supported date or raises date.outOfRange', () => {
    fc.assert(
      fc.property(nearEnd, fc.integer({ min: -30, max: 30 }), (index, n) => {
        const d = addDays(FIRST, index);
        const error = raised(() => addMonths(d, n));
        if (error) {
          const { year, month } = isoDateParts(d);
          const months = year * 12 + (month - 1) + n;
          const y = Math.floor(months / 12);
          return error.code === 'date.outOfRange' && (y < 1873 || y > 2099);
        }
        return isIsoDate(addMonths(d, n));
      }),
    );
  });
  it('every supported date round-trips through parseDateInput and 和暦 near the ends', () => {
    fc.assert(
      fc.property(nearEnd, (index) => {
        const d = addDays(FIRST, index);
        const w = formatWareki(d);
        const back = w.ok ? parseDateInput(w.value) : undefined;
        return parseDateInput(d).ok && back?.ok === true && back.value === d;
      }),
    );
  });
});
