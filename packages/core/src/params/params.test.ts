import { describe, expect, it } from 'vitest';
import { isoDate } from '../date/isoDate';
import { defineParameter, parameterUse, valueAt } from './datedParameter';
import { parseRuleContext } from './ruleContext';

const fee = defineParameter<number>({
  id: 'test.fee',
  description: 'テスト用の額',
  unit: '円/件',
  citation: { document: 'kobayashi-jiritsu-2025', section: '３' },
  values: [
    {
      from: isoDate('2026-04-01'),
      value: 3500,
      citation: { document: 'kobayashi-jiritsu-2025', section: '改定' },
    },
    { from: isoDate('2025-05-01'), value: 3000 },
  ],
  until: isoDate('2027-03-31'),
});

describe('dated parameters', () => {
  it('returns the value in force with its citation', () => {
    expect(valueAt(fee, isoDate('2025-05-01'))).toMatchObject({
      ok: true,
      value: { value: 3000, effectiveFrom: '2025-05-01' },
    });
    expect(valueAt(fee, isoDate('2026-03-31'))).toMatchObject({ ok: true, value: { value: 3000 } });
    const later = valueAt(fee, isoDate('2026-04-01'));
    expect(later).toMatchObject({
      ok: true,
      value: { value: 3500, citation: { section: '改定' } },
    });
    if (later.ok)
      expect(parameterUse(fee, later.value)).toMatchObject({
        id: 'test.fee',
        value: 3500,
        effectiveFrom: '2026-04-01',
      });
  });
  it('fails explicitly outside the encoded range', () => {
    expect(valueAt(fee, isoDate('2025-04-30'))).toMatchObject({
      ok: false,
      error: { code: 'parameter.outOfRange' },
    });
    expect(valueAt(fee, isoDate('2027-04-01'))).toMatchObject({
      ok: false,
      error: { code: 'parameter.outOfRange' },
    });
  });
});

describe('parseRuleContext', () => {
  it('accepts ISO and 和暦 reference dates', () => {
    expect(parseRuleContext({ referenceDate: '2025-06-01' })).toEqual({
      ok: true,
      value: { referenceDate: '2025-06-01' },
    });
    expect(parseRuleContext({ referenceDate: 'R7.6.1' })).toEqual({
      ok: true,
      value: { referenceDate: '2025-06-01' },
    });
  });
  it.each([undefined, null, 'x', [], {}, { referenceDate: 5 }, { referenceDate: '2025-02-30' }])(
    'rejects %j',
    (v) => {
      expect(parseRuleContext(v).ok).toBe(false);
    },
  );
});
