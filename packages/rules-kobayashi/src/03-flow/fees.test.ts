import { createRuleEnv, isoDate } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { CTX, MARKER, expectNoMarker } from '../../test/helpers';
import { feeFor, lookupFee } from './fees';
import type { Activity } from './parameters';

describe('fees (３ 事業の流れ 表)', () => {
  it.each<[string, Activity, number | null]>([
    ['homon', 'preAssessment', 3000],
    ['homon', 'postAssessment', 7000],
    ['tsusho', 'preAssessment', 3000],
    ['tsusho', 'postAssessment', 7000],
    ['homon', 'assessmentSupport', null],
    ['tsusho', 'shortTermIntensive', null],
    ['homon', 'communityCareMeeting', null],
    ['kyotaku', 'preAssessment', 3000],
    ['kyotaku', 'postAssessment', 7000],
    ['kyotaku', 'assessmentSupport', 2500],
    ['kyotaku', 'shortTermIntensive', 2500],
    ['kyotaku', 'communityCareMeeting', 5000],
  ])('%s × %s → %s', (officeKind, activity, amount) => {
    const r = lookupFee({ officeKind, activity, date: '2025-07-01' }, CTX);
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual(
      amount === null ? { claimable: false, amount: 0 } : { claimable: true, amount },
    );
    expect(r.parameters[0]).toMatchObject({ id: 'kobayashi.fees', effectiveFrom: '2025-05-01' });
  });
  // 小林市 ３（表）: the amounts survive in one column under 「サービス提供事業所 居宅介護支援事業所」.
  it.each<[string, Activity, number | null]>([
    ['kyotaku', 'preAssessment', null],
    ['kyotaku', 'postAssessment', null],
    ['kyotaku', 'assessmentSupport', 2500],
    ['kyotaku', 'shortTermIntensive', 2500],
    ['kyotaku', 'communityCareMeeting', 5000],
    ['homon', 'preAssessment', 3000],
    ['tsusho', 'postAssessment', 7000],
  ])(
    'reading prePostServiceProvidersOnly (３（表）): %s × %s → %s',
    (officeKind, activity, amount) => {
      const r = lookupFee(
        { officeKind, activity, date: '2025-07-01' },
        { ...CTX, parameters: { 'kobayashi.feeTableReading': 'prePostServiceProvidersOnly' } },
      );
      expect(r.decision).toEqual(
        amount === null ? { claimable: false, amount: 0 } : { claimable: true, amount },
      );
      expect(r.parameters.find((p) => p.id === 'kobayashi.feeTableReading')).toMatchObject({
        value: 'prePostServiceProvidersOnly',
        origin: 'override',
      });
    },
  );
  it('the default reading is recorded with the fee table (３（表）)', () => {
    const r = lookupFee(
      { officeKind: 'kyotaku', activity: 'preAssessment', date: '2025-07-01' },
      CTX,
    );
    expect(r.parameters.map((p) => [p.id, p.value])).toEqual([
      ['kobayashi.fees', expect.any(Object)],
      ['kobayashi.feeTableReading', 'prePostBothCategories'],
    ]);
  });
  it('program start boundary: 2025-04-30 has no fee, 2025-05-01 has', () => {
    const env = createRuleEnv(isoDate('2025-06-15'), new Map());
    expect(feeFor('homon', 'preAssessment', isoDate('2025-04-30'), env).ok).toBe(false);
    expect(feeFor('homon', 'preAssessment', isoDate('2025-05-01'), env).ok).toBe(true);
    const r = lookupFee(
      { officeKind: 'homon', activity: 'preAssessment', date: '2025-04-30' },
      CTX,
    );
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('fee.outsideProgram');
  });
  it('bad input: invalid, no marker', () => {
    const r = lookupFee({ officeKind: MARKER, activity: MARKER, date: MARKER }, CTX);
    expect(r.status).toBe('invalid');
    expect(r.findings).toHaveLength(3);
    expectNoMarker(r);
  });
});
