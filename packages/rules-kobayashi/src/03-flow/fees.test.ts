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
