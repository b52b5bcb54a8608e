import { describe, expect, it } from 'vitest';
import { checkModelSubjectSelection } from './modelSubjectSelection';

const ctx = { referenceDate: '2024-06-01' };
const s1 = {
  careLevel: 'support1',
  selectedOn: '2024-05-15',
  consentObtained: true,
  isNewCase: true,
};
const s2 = {
  careLevel: 'support2',
  selectedOn: '2024-05-20',
  consentObtained: true,
  isNewCase: true,
};
const codes = (r: ReturnType<typeof checkModelSubjectSelection>) => r.findings.map((f) => f.code);

describe('checkModelSubjectSelection', () => {
  it('one 要支援1 and one 要支援2 with consent in May 2024 is valid', () => {
    const r = checkModelSubjectSelection({ subjects: [s1, s2] }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual({
      valid: true,
      counts: { support1: 1, support2: 1, other: 0 },
      daysSinceNewApplication: [null, null],
    });
    expect(r.findings).toEqual([]);
    expect(r.parameters.map((p) => p.id)).toEqual([
      'asago.modelSubjectQuota',
      'asago.caseSelectionPeriod',
      'asago.selectionConsent',
    ]);
  });

  it('a missing level is an error', () => {
    const r = checkModelSubjectSelection({ subjects: [s1] }, ctx);
    expect(r.decision?.valid).toBe(false);
    expect(codes(r)).toEqual(['selection.missingLevel']);
    expect(r.findings[0]?.message).toContain('要支援2');
  });

  it('a duplicate level is an error (and the other level is then missing)', () => {
    const r = checkModelSubjectSelection(
      { subjects: [s1, { ...s1, selectedOn: '2024-05-16' }] },
      ctx,
    );
    expect(codes(r)).toEqual(['selection.duplicateLevel', 'selection.missingLevel']);
  });

  it('a 要介護 or 事業対象者 subject is not eligible', () => {
    const r = checkModelSubjectSelection(
      { subjects: [s1, s2, { ...s2, careLevel: 'care1' }, { ...s2, careLevel: 'jigyoTaishosha' }] },
      ctx,
    );
    expect(r.decision?.counts).toEqual({ support1: 1, support2: 1, other: 2 });
    expect(codes(r)).toEqual(['selection.levelNotEligible', 'selection.levelNotEligible']);
  });

  it('consent refused is an error; unknown consent is missing (undetermined)', () => {
    const refused = checkModelSubjectSelection(
      { subjects: [s1, { ...s2, consentObtained: false }] },
      ctx,
    );
    expect(refused.decision?.valid).toBe(false);
    expect(codes(refused)).toEqual(['selection.noConsent']);
    const noConsent = { careLevel: s2.careLevel, selectedOn: s2.selectedOn, isNewCase: true };
    const unknown = checkModelSubjectSelection({ subjects: [s1, noConsent] }, ctx);
    expect(unknown.status).toBe('undetermined');
    expect(unknown.missing).toEqual([
      { path: ['subjects', 1, 'consentObtained'], label: '承諾（承諾書）' },
    ]);
  });

  it.each([
    ['2024-04-30', false],
    ['2024-05-01', true],
    ['2024-05-31', true],
    ['2024-06-01', false],
  ])('selected on %s → inside 令和6年5月中: %s', (selectedOn, inside) => {
    const r = checkModelSubjectSelection({ subjects: [{ ...s1, selectedOn }, s2] }, ctx);
    expect(r.decision?.valid).toBe(inside);
    expect(codes(r).includes('selection.outsidePeriod')).toBe(!inside);
  });

  it('an unknown level does not claim the level is missing', () => {
    const noLevel = { selectedOn: s2.selectedOn, consentObtained: true, isNewCase: true };
    const r = checkModelSubjectSelection({ subjects: [s1, noLevel] }, ctx);
    expect(r.status).toBe('undetermined');
    expect(codes(r)).toEqual([]);
    expect(r.missing.map((m) => m.path)).toEqual([['subjects', 1, 'careLevel']]);
  });

  it('not a new case → warning only', () => {
    const r = checkModelSubjectSelection({ subjects: [s1, { ...s2, isNewCase: false }] }, ctx);
    expect(r.decision?.valid).toBe(true);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['selection.notNewCase', 'warning'],
    ]);
  });

  it('recency: no threshold → no judgement, only the days are reported', () => {
    const r = checkModelSubjectSelection(
      { subjects: [{ ...s1, newApplicationDate: '2023-05-15' }, s2] },
      ctx,
    );
    expect(r.decision?.daysSinceNewApplication).toEqual([366, null]);
    expect(r.findings).toEqual([]);
  });

  it.each([
    [90, '2024-02-15', false], // 90 days: at the threshold → no warning
    [90, '2024-02-14', true], // 91 days
    [0, '2024-05-15', false],
  ])('recency with threshold %i and application %s → warning %s', (max, applied, warn) => {
    const r = checkModelSubjectSelection(
      {
        subjects: [{ ...s1, newApplicationDate: applied }, s2],
        options: { recentCaseMaxDays: max },
      },
      ctx,
    );
    expect(r.decision?.valid).toBe(true);
    expect(codes(r).includes('selection.notRecent')).toBe(warn);
  });

  it('recency with threshold but no dates → info', () => {
    const r = checkModelSubjectSelection(
      { subjects: [s1, s2], options: { recentCaseMaxDays: 60 } },
      ctx,
    );
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['selection.recencyUnknown', 'info'],
      ['selection.recencyUnknown', 'info'],
    ]);
  });

  it('an application after the selection is an input inconsistency', () => {
    const r = checkModelSubjectSelection(
      { subjects: [{ ...s1, newApplicationDate: '2024-05-16' }, s2] },
      ctx,
    );
    expect(codes(r)).toEqual(['selection.applicationAfterSelection']);
  });

  it('bad input: invalid, no throw, no echo', () => {
    const m = 'ZQX介護太郎QXZ';
    for (const input of [
      null,
      { subjects: m },
      { subjects: [{ careLevel: m, selectedOn: m, consentObtained: m, newApplicationDate: m }] },
      { subjects: [s1], options: { recentCaseMaxDays: -1 } },
      { subjects: [s1], options: { recentCaseMaxDays: m } },
    ]) {
      const r = checkModelSubjectSelection(input, ctx);
      expect(r.status).toBe('invalid');
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
  });
});
