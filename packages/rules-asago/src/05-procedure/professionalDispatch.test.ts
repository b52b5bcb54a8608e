import { isoDate } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { PROGRAM_PERIOD } from '../03-period/programPeriod';
import {
  PROFESSIONAL_DISPATCH,
  assessDispatches,
  checkProfessionalDispatch,
} from './professionalDispatch';

const d = (date: string, profession = 'therapist') => ({ date, profession });

describe('checkProfessionalDispatch', () => {
  it('flags a subject with no 専門職派遣 in a finished 年度', () => {
    const r = checkProfessionalDispatch(
      { subjects: [{ dispatches: [d('2024-09-10')] }, { dispatches: [] }] },
      { referenceDate: '2025-04-01' },
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.anyNotMet).toBe(true);
    expect(r.decision?.rows.map((x) => [x.subjectIndex, x.fiscalYear, x.count, x.status])).toEqual([
      [0, 2024, 1, 'met'],
      [0, 2025, 0, 'pending'],
      [0, 2026, 0, 'pending'],
      [1, 2024, 0, 'notMet'],
      [1, 2025, 0, 'pending'],
      [1, 2026, 0, 'pending'],
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['dispatch.none', 'error', ['subjects', 1, 'dispatches']],
    ]);
    expect(r.findings[0]?.message).toBe('令和6年度の専門職派遣が0回です（年1回以上）。');
  });

  it.each([
    // the 年度 boundary: 2025-03-31 belongs to 令和6年度, 2025-04-01 to 令和7年度
    ['2025-03-31', 'met'],
    ['2025-04-01', 'notMet'],
  ])('a visit on %s counts for 令和6年度 → %s', (date, status) => {
    const r = checkProfessionalDispatch(
      { subjects: [{ dispatches: [d(date)] }] },
      { referenceDate: '2025-04-02' },
    );
    expect(r.decision?.rows[0]?.status).toBe(status);
  });

  it.each([
    ['2025-03-31', 'pending'],
    ['2025-04-01', 'notMet'],
  ])('on reference date %s an empty 令和6年度 is %s', (referenceDate, status) => {
    const r = checkProfessionalDispatch({ subjects: [{ dispatches: [] }] }, { referenceDate });
    expect(r.decision?.rows[0]?.status).toBe(status);
  });

  it('years after a facility admission are not applicable; the partial year is a warning', () => {
    const r = checkProfessionalDispatch(
      {
        subjects: [
          {
            dispatches: [d('2024-07-01', 'dietitian')],
            events: [{ kind: 'facilityAdmission', date: '2025-06-01' }],
          },
        ],
      },
      { referenceDate: '2027-04-01' },
    );
    expect(r.decision?.rows.map((x) => x.status)).toEqual(['met', 'notMet', 'notApplicable']);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['dispatch.noneBeforeLeaving', 'warning'],
    ]);
  });

  it('death on 4月1日 makes that whole 年度 not applicable', () => {
    const r = checkProfessionalDispatch(
      {
        subjects: [
          { dispatches: [d('2024-06-01')], events: [{ kind: 'death', date: '2025-04-01' }] },
        ],
      },
      { referenceDate: '2027-04-01' },
    );
    expect(r.decision?.rows.map((x) => x.status)).toEqual([
      'met',
      'notApplicable',
      'notApplicable',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('visits outside the program are not counted (info)', () => {
    const r = checkProfessionalDispatch(
      { subjects: [{ dispatches: [d('2024-03-31'), d('2024-04-01')] }] },
      { referenceDate: '2024-05-01' },
    );
    expect(r.decision?.rows[0]?.count).toBe(1);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['dispatch.outsideProgram', ['subjects', 0, 'dispatches', 0, 'date']],
    ]);
  });

  it('reports the parameters used', () => {
    const r = checkProfessionalDispatch({ subjects: [] }, { referenceDate: '2024-05-01' });
    expect(r.parameters.map((p) => p.id)).toEqual([
      'asago.professionalDispatch',
      'asago.programPeriod',
    ]);
  });

  it('bad input: invalid, no throw, no echo', () => {
    const m = 'ZQX但馬一郎QXZ';
    for (const input of [
      undefined,
      { subjects: [{}] },
      { subjects: [{ dispatches: [{ date: m, profession: m }] }] },
      { subjects: [{ dispatches: [], events: [{ kind: 'death', date: m }] }] },
    ]) {
      const r = checkProfessionalDispatch(input, { referenceDate: '2025-01-01' });
      expect(r.status).toBe('invalid');
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
  });
});

describe('assessDispatches with the alternative reading unit = careManager', () => {
  const value = { ...PROFESSIONAL_DISPATCH.values[0]!.value, unit: 'careManager' as const };
  const period = PROGRAM_PERIOD.values[0]!.value;
  it('one visit for either subject satisfies the care manager for that 年度', () => {
    const { rows, findings } = assessDispatches(
      value,
      period,
      [
        { dates: [isoDate('2024-10-01')], events: [] },
        { dates: [], events: [] },
      ],
      isoDate('2025-04-01'),
    );
    expect(rows.map((r) => [r.subjectIndex, r.fiscalYear, r.status])).toEqual([
      [null, 2024, 'met'],
      [null, 2025, 'pending'],
      [null, 2026, 'pending'],
    ]);
    expect(findings).toEqual([]);
  });
  it('is not applicable once every subject has left', () => {
    const { rows } = assessDispatches(
      value,
      period,
      [
        {
          dates: [isoDate('2024-10-01')],
          events: [{ kind: 'death', date: isoDate('2024-12-01') }],
        },
        { dates: [], events: [{ kind: 'facilityAdmission', date: isoDate('2025-02-01') }] },
      ],
      isoDate('2026-04-01'),
    );
    expect(rows.map((r) => r.status)).toEqual(['met', 'notApplicable', 'notApplicable']);
  });
});
