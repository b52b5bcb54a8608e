import fc from 'fast-check';
import { addDays, createRuleEnv, isoDate } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { CTX, MARKER, expectNoMarker } from '../../test/helpers';
import {
  assessmentOnOrAfterProgramStart,
  checkProgramCoverage,
  evaluateProgramCoverage,
} from './programCoverage';

describe('checkProgramCoverage (５ その他)', () => {
  it('assessment on the program start day is covered; the day before is not', () => {
    expect(checkProgramCoverage({ preAssessmentDate: '2025-05-01' }, CTX).decision?.covered).toBe(
      true,
    );
    const r = checkProgramCoverage({ preAssessmentDate: '2025-04-30' }, CTX);
    expect(r.decision).toEqual({
      covered: false,
      assessmentOnOrAfterProgramStart: false,
      programStart: '2025-05-01',
    });
    expect(r.findings[0]?.citation?.section).toBe('５ その他 ①');
  });
  it('reports the program start parameter it used, even when the reference date is before the start', () => {
    const r = checkProgramCoverage(
      { preAssessmentDate: '2025-05-20' },
      { referenceDate: '2025-04-01' },
    );
    expect(r.decision?.covered).toBe(true);
    expect(r.parameters[0]).toMatchObject({ id: 'kobayashi.programStart', value: '2025-05-01' });
  });
  it('missing assessment date → undetermined', () => {
    const r = checkProgramCoverage({}, CTX);
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]?.label).toBe('事前アセスメント実施日（プラン開始時）');
  });
  it('law: covered exactly when the assessment is on or after 2025-05-01', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800, max: 800 }), (n) => {
        const date = addDays(isoDate('2025-05-01'), n);
        const r = evaluateProgramCoverage(
          { preAssessmentDate: date },
          createRuleEnv(isoDate('2025-06-01'), new Map()),
        );
        expect(r.decision?.covered).toBe(n >= 0);
      }),
    );
  });
  it('assessmentOnOrAfterProgramStart (５ その他 ①): the start day counts, the day before does not', () => {
    const env = createRuleEnv(isoDate('2025-06-01'), new Map());
    expect(assessmentOnOrAfterProgramStart(isoDate('2025-05-01'), env)).toEqual({
      programStart: '2025-05-01',
      onOrAfter: true,
    });
    expect(assessmentOnOrAfterProgramStart(isoDate('2025-04-30'), env).onOrAfter).toBe(false);
    expect(env.steps.filter((s) => s.kind === 'condition')).toHaveLength(2);
  });
  it('bad input: invalid, no marker echoed', () => {
    const r = checkProgramCoverage({ preAssessmentDate: MARKER, planEndDate: MARKER }, CTX);
    expect(r.status).toBe('invalid');
    expectNoMarker(r);
  });
});
