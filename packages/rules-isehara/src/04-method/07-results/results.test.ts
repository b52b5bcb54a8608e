import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { checkResultDelivery } from './results';

const ctx = { referenceDate: '2024-07-25' };

describe('checkResultDelivery', () => {
  it('both the care manager and the manager', () => {
    expect(checkResultDelivery({ sentTo: ['manager', 'careManager'] }, ctx).decision).toEqual({
      complete: true,
      notSent: [],
    });
  });
  it.each([
    [['careManager'], ['manager']],
    [['manager'], ['careManager']],
    [[], ['careManager', 'manager']],
  ])('sent to %j → not sent to %j', (sentTo, notSent) => {
    const r = checkResultDelivery({ sentTo }, ctx);
    expect(r.decision).toEqual({ complete: false, notSent });
    expect(r.findings).toHaveLength(notSent.length);
    expect(r.findings[0]?.citation?.section).toBe('４（７）');
  });
  it.each([undefined, { sentTo: [MARKER] }, { sentTo: 'manager' }])(
    'bad input %j → invalid',
    (input) => {
      const r = checkResultDelivery(input, ctx);
      expect(r.status).toBe('invalid');
      expect(resultText(r)).not.toContain(MARKER);
    },
  );
});
