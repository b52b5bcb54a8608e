import { describe, expect, it } from 'vitest';
import { CTX, MARKER, codes, expectNoMarker } from '../../test/helpers';
import { checkEligibility } from './eligibility';

describe('checkEligibility (２ 事業概要, ５ その他)', () => {
  it.each(['jigyoTaishosha', 'support1', 'support2'])(
    '%s with a post-start assessment is eligible',
    (careLevel) => {
      const r = checkEligibility({ careLevel, preAssessmentDate: '2025-06-02' }, CTX);
      expect(r.status).toBe('decided');
      expect(r.decision).toEqual({
        eligible: true,
        careLevelCovered: true,
        assessmentOnOrAfterProgramStart: true,
        userCharge: 0,
      });
      expect(r.parameters.map((p) => p.id)).toEqual(
        expect.arrayContaining([
          'kobayashi.eligibleCareLevels',
          'kobayashi.userCharge',
          'kobayashi.programStart',
        ]),
      );
    },
  );
  it.each(['nonApplicable', 'care1', 'care2', 'care3', 'care4', 'care5'])(
    '%s is not eligible, with the reason',
    (careLevel) => {
      const r = checkEligibility({ careLevel, preAssessmentDate: '2025-06-02' }, CTX);
      expect(r.decision?.eligible).toBe(false);
      expect(r.decision?.careLevelCovered).toBe(false);
      const f = r.findings.find((x) => x.code === 'eligibility.careLevelNotCovered');
      expect(f?.message).toContain('対象外');
      expect(f?.citation?.section).toBe('２ 事業概要');
    },
  );
  it('program start boundary: 2025-04-30 not covered, 2025-05-01 covered', () => {
    const before = checkEligibility(
      { careLevel: 'support1', preAssessmentDate: '2025-04-30' },
      CTX,
    );
    expect(before.decision?.eligible).toBe(false);
    expect(before.decision?.assessmentOnOrAfterProgramStart).toBe(false);
    expect(codes(before)).toContain('coverage.assessmentBeforeProgramStart');
    const onStart = checkEligibility(
      { careLevel: 'support1', preAssessmentDate: '2025-05-01' },
      CTX,
    );
    expect(onStart.decision?.eligible).toBe(true);
  });
  it('a plan crossing the 年度 stays covered (info finding)', () => {
    const r = checkEligibility(
      {
        careLevel: 'support2',
        preAssessmentDate: '2026-03-02',
        planStartDate: '2026-03-02',
        planEndDate: '2026-08-31',
      },
      { referenceDate: '2026-04-10' },
    );
    expect(r.decision?.eligible).toBe(true);
    expect(r.decision?.crossesFiscalYear).toBe(true);
    const f = r.findings.find((x) => x.code === 'coverage.crossesFiscalYear');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('令和7年度から令和8年度');
  });
  it('年度 boundary: ending 3月31日 does not cross, 4月1日 does', () => {
    const base = {
      careLevel: 'support1',
      preAssessmentDate: '2025-10-01',
      planStartDate: '2025-10-01',
    };
    expect(
      checkEligibility({ ...base, planEndDate: '2026-03-31' }, CTX).decision?.crossesFiscalYear,
    ).toBe(false);
    expect(
      checkEligibility({ ...base, planEndDate: '2026-04-01' }, CTX).decision?.crossesFiscalYear,
    ).toBe(true);
  });
  it('a plan that crossed into the program from the previous 年度 is still not covered (① is not lifted by ➁)', () => {
    const r = checkEligibility(
      {
        careLevel: 'support1',
        preAssessmentDate: '2025-03-10',
        planStartDate: '2025-03-10',
        planEndDate: '2025-08-31',
      },
      CTX,
    );
    expect(r.decision?.eligible).toBe(false);
    expect(r.decision?.crossesFiscalYear).toBe(true);
  });
  it('missing care level → undetermined, names what is missing', () => {
    const r = checkEligibility({ preAssessmentDate: '2025-06-02' }, CTX);
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual([{ path: ['careLevel'], label: '要介護状態区分等' }]);
  });
  it('missing assessment date with a covered level → undetermined', () => {
    const r = checkEligibility({ careLevel: 'support1' }, CTX);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path.join('.'))).toEqual(['preAssessmentDate']);
  });
  it('missing is not no, but a known disqualifier decides: 要介護2 without a date is not eligible', () => {
    const r = checkEligibility({ careLevel: 'care2' }, CTX);
    expect(r.status).toBe('decided');
    expect(r.decision?.eligible).toBe(false);
    expect(r.missing.map((m) => m.path.join('.'))).toEqual(['preAssessmentDate']);
  });
  it('reversed plan period is invalid', () => {
    const r = checkEligibility(
      {
        careLevel: 'support1',
        preAssessmentDate: '2025-06-01',
        planStartDate: '2025-06-01',
        planEndDate: '2025-05-31',
      },
      CTX,
    );
    expect(r.status).toBe('invalid');
    expect(codes(r)).toContain('coverage.planPeriodReversed');
  });
  it('bad input: no throw, clear findings, no personal data in messages', () => {
    for (const input of [
      null,
      'x',
      42,
      [],
      { careLevel: MARKER, preAssessmentDate: MARKER, planStartDate: MARKER, planEndDate: MARKER },
      { careLevel: 'support1', name: MARKER },
      { careLevel: 'support1', preAssessmentDate: '2025-02-30' },
    ]) {
      const r = checkEligibility(input, CTX);
      expect(r.status).toBe('invalid');
      expect(r.findings.length).toBeGreaterThan(0);
      expectNoMarker(r);
    }
    const r = checkEligibility({ careLevel: MARKER, preAssessmentDate: MARKER }, CTX);
    expect(r.findings.map((f) => f.path?.join('.'))).toEqual(['careLevel', 'preAssessmentDate']);
    expect(r.findings[0]?.message).toContain('要介護状態区分等');
  });
  it('bad context is invalid, not a throw', () => {
    const r = checkEligibility(
      { careLevel: 'support1', preAssessmentDate: '2025-06-02' },
      { referenceDate: MARKER },
    );
    expect(r.status).toBe('invalid');
    expectNoMarker(r);
    expect(checkEligibility({}, undefined).status).toBe('invalid');
  });
});
