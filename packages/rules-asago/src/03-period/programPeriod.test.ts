import { insurancePlanPeriod } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { PROGRAM_PERIOD, checkProgramPeriod, programPeriodWindow } from './programPeriod';

describe('PROGRAM_PERIOD', () => {
  it('令和6年度〜令和8年度 is exactly the 第9期介護保険事業計画期間 of core', () => {
    const v = PROGRAM_PERIOD.values[0]!.value;
    const term = insurancePlanPeriod(v.planTerm);
    expect([term.firstFiscalYear, term.lastFiscalYear]).toEqual([
      v.firstFiscalYear,
      v.lastFiscalYear,
    ]);
    expect(programPeriodWindow(v)).toEqual({ from: term.start, to: term.end });
  });
});

describe('checkProgramPeriod', () => {
  it.each([
    ['2024-04-26', true, 2024, 1],
    ['2025-03-31', true, 2024, 1],
    ['2025-04-01', true, 2025, 2],
    ['2026-04-01', true, 2026, 3],
    ['2027-03-31', true, 2026, 3],
    ['2027-04-01', false, 2027, null],
  ])('%s → within %s, 年度 %i, year %s', (date, within, fy, programYear) => {
    const r = checkProgramPeriod({ date }, { referenceDate: '2024-05-01' });
    expect(r.decision).toMatchObject({ withinProgram: within, fiscalYear: fy, programYear });
    expect(r.findings.map((f) => f.code)).toEqual(within ? [] : ['period.outside']);
  });

  it('defaults to the reference date and labels the 年度 in 和暦', () => {
    const r = checkProgramPeriod({}, { referenceDate: '令和7年10月20日' });
    expect(r.decision).toMatchObject({
      date: '2025-10-20',
      fiscalYearLabel: '令和7年度',
      planTerm: 9,
      period: { from: '2024-04-01', to: '2027-03-31' },
    });
    expect(checkProgramPeriod(undefined, { referenceDate: '2025-10-20' }).status).toBe('decided');
    expect(r.parameters[0]).toMatchObject({
      id: 'asago.programPeriod',
      effectiveFrom: '2024-04-26',
    });
  });

  it('before the 要領 took effect the parameter is out of range (explicit error)', () => {
    const r = checkProgramPeriod({ date: '2024-05-01' }, { referenceDate: '2024-04-25' });
    expect(r.status).toBe('invalid');
    // defineRule reports it with the parameter's citation (the old per-city plumbing also set the path
    // ['context', 'referenceDate']; core's parameter.outOfRange finding has no path).
    expect(r.findings[0]).toMatchObject({
      code: 'parameter.outOfRange',
      citation: PROGRAM_PERIOD.citation,
    });
  });

  it('bad input: invalid, no echo', () => {
    for (const input of [{ date: 'ZQXaQXZ' }, { date: 20240501 }, 'x']) {
      const r = checkProgramPeriod(input, { referenceDate: '2024-05-01' });
      expect(r.status).toBe('invalid');
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
  });
});
