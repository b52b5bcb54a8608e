import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/arithmetic';
import { isoDate } from '../date/isoDate';
import { fiscalYearEnd, fiscalYearLabel, fiscalYearOf, fiscalYearStart } from './fiscalYear';
import { insurancePlanPeriod, insurancePlanPeriodOf } from './insurancePlanPeriod';

describe('年度', () => {
  it('April starts the fiscal year', () => {
    expect(fiscalYearOf(isoDate('2025-03-31'))).toBe(2024);
    expect(fiscalYearOf(isoDate('2025-04-01'))).toBe(2025);
    expect(fiscalYearStart(2024)).toBe('2024-04-01');
    expect(fiscalYearEnd(2024)).toBe('2025-03-31');
  });
  it('labels', () => {
    expect(fiscalYearLabel(2024)).toBe('令和6年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
    expect(fiscalYearLabel(2018)).toBe('平成30年度');
    expect(fiscalYearLabel(1989)).toBe('平成元年度');
    expect(fiscalYearLabel(1988)).toBe('昭和63年度');
    expect(fiscalYearLabel(2024, 'seireki')).toBe('2024年度');
  });
  it('law: a date lies within its fiscal year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50000 }), (n) => {
        const d = addDays(isoDate('1950-01-01'), n);
        const fy = fiscalYearOf(d);
        return fiscalYearStart(fy) <= d && d <= fiscalYearEnd(fy);
      }),
    );
  });
});

describe('介護保険事業計画期間', () => {
  it('第9期 is 2024–2026', () => {
    expect(insurancePlanPeriod(9)).toEqual({
      term: 9,
      firstFiscalYear: 2024,
      lastFiscalYear: 2026,
      start: '2024-04-01',
      end: '2027-03-31',
    });
    expect(insurancePlanPeriodOf(isoDate('2027-03-31'))?.term).toBe(9);
    expect(insurancePlanPeriodOf(isoDate('2027-04-01'))?.term).toBe(10);
    expect(insurancePlanPeriodOf(isoDate('2000-04-01'))?.term).toBe(1);
    expect(insurancePlanPeriodOf(isoDate('2000-03-31'))).toBeUndefined();
  });
});
