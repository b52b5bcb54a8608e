import { describe, expect, it } from 'vitest';
import { MARKER, resultText, withMarkers } from '@kaigo/testkit';
import { checkCaseAssignment } from './caseRules';

const ctx = { referenceDate: '2024-04-08' };

describe('checkCaseAssignment', () => {
  it('one city-selected case per care manager is fine', () => {
    const r = checkCaseAssignment(
      {
        cases: [
          { careManagerRef: 'cm-001', selectedBy: 'city' },
          { careManagerRef: 'cm-002', selectedBy: 'city' },
        ],
        careManagers: ['cm-001', 'cm-002'],
      },
      ctx,
    );
    expect(r.decision).toEqual({
      ok: true,
      excessCases: [],
      notSelectedByCity: [],
      careManagersWithoutCase: [],
    });
    expect(r.parameters.map((p) => p.value)).toEqual([1, 'city']);
  });

  it('a second case for the same care manager, a case not selected by the city, a care manager without a case', () => {
    const r = checkCaseAssignment(
      {
        cases: [
          { careManagerRef: 'cm-001', selectedBy: 'city' },
          { careManagerRef: 'cm-001', selectedBy: 'city' },
          { careManagerRef: 'cm-002', selectedBy: 'office' },
        ],
        careManagers: ['cm-001', 'cm-002', 'cm-003'],
      },
      ctx,
    );
    expect(r.decision).toEqual({
      ok: false,
      excessCases: [1],
      notSelectedByCity: [2],
      careManagersWithoutCase: [2],
    });
    expect(r.findings.map((f) => f.path)).toEqual([
      ['cases', 1],
      ['cases', 2, 'selectedBy'],
      ['careManagers', 2],
    ]);
  });

  it('unknown selector is undetermined; an empty list is fine', () => {
    const r = checkCaseAssignment({ cases: [{ careManagerRef: 'cm-001' }] }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual([{ path: ['cases', 0, 'selectedBy'], label: 'ケースを選定した者' }]);
    expect(checkCaseAssignment({ cases: [] }, ctx).decision?.ok).toBe(true);
  });

  it('never echoes care manager references', () => {
    const r = checkCaseAssignment(
      {
        cases: [
          { careManagerRef: MARKER, selectedBy: 'city' },
          { careManagerRef: MARKER, selectedBy: 'other' },
        ],
        careManagers: [MARKER, `${MARKER}2`],
      },
      ctx,
    );
    expect(r.decision?.ok).toBe(false);
    expect(resultText(r)).not.toContain(MARKER);
    const bad = checkCaseAssignment(
      withMarkers({ cases: [{ careManagerRef: 'a', selectedBy: 'city' }] }),
      ctx,
    );
    expect(bad.status).toBe('invalid');
    expect(resultText(bad)).not.toContain(MARKER);
  });

  it.each([undefined, {}, { cases: [{}] }, { cases: [{ careManagerRef: 1 }] }])(
    'bad input %j → invalid',
    (input) => {
      expect(checkCaseAssignment(input, ctx).status).toBe('invalid');
    },
  );
});
