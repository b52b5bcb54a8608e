// Executed examples included in the API docs ({@includeCode} regions). Each region is a test that runs.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../date/isoDate';
import { defineParameter, valueAt } from './datedParameter';

describe('valueAt (docs example)', () => {
  it('returns the value in force on a date, and fails outside the encoded range', () => {
    // #region valueAt
    const fee = defineParameter<number>({
      id: 'example.fee',
      description: '事前アセスメントの支援額',
      unit: '円/件',
      citation: { document: 'kobayashi-jiritsu-2025', section: '３' },
      values: [{ from: isoDate('2025-05-01'), value: 3000 }],
    });
    const inForce = valueAt(fee, isoDate('2025-06-01'));
    expect(inForce.ok && inForce.value.value).toBe(3000);
    expect(inForce.ok && inForce.value.effectiveFrom).toBe('2025-05-01');
    expect(valueAt(fee, isoDate('2025-04-30')).ok).toBe(false); // 収録範囲より前は明示的な失敗
    // #endregion valueAt
  });
});
