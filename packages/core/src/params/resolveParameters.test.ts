import { describe, expect, it } from 'vitest';
import { isoDate } from '../date/isoDate';
import { defineParameter } from './datedParameter';
import { resolveParameters } from './resolveParameters';

const fee = defineParameter<number>({
  until: isoDate('2027-03-31'),
  values: [
    { from: isoDate('2025-05-01'), value: 3000 },
    {
      from: isoDate('2026-04-01'),
      value: 3500,
      citation: { document: 'kobayashi-jiritsu-2025', section: '改定' },
    },
  ],
  id: 'test.fee',
  description: 'テスト用の額',
  citation: { document: 'kobayashi-jiritsu-2025', section: '３' },
  unit: '円/件',
});

const days = defineParameter<readonly string[]>({
  id: 'test.days',
  description: 'テスト用の曜日',
  unit: '曜日',
  citation: { document: 'asago-ikiiki-2024', section: '５' },
  values: [{ from: isoDate('2026-01-01'), value: ['月', '木'] }],
});

describe('resolveParameters', () => {
  it('returns each value in force, typed by key, and the uses in order', () => {
    const r = resolveParameters(isoDate('2026-04-01'), { fee, days });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const amount: number = r.values.fee;
    expect(amount).toBe(3500);
    expect(r.values.days).toEqual(['月', '木']);
    expect(r.citations.fee.section).toBe('改定');
    expect(r.citations.days.section).toBe('５');
    expect(r.uses.map((u) => [u.id, u.effectiveFrom, u.value])).toEqual([
      ['test.fee', '2026-04-01', 3500],
      ['test.days', '2026-01-01', ['月', '木']],
    ]);
  });

  it('the day before a change still uses the earlier value', () => {
    const r = resolveParameters(isoDate('2026-03-31'), { fee });
    expect(r.ok && r.values.fee).toBe(3000);
    expect(r.ok && r.citations.fee.section).toBe('３');
  });

  it('an empty set resolves to nothing', () => {
    expect(resolveParameters(isoDate('2026-01-01'), {})).toEqual({
      ok: true,
      values: {},
      citations: {},
      uses: [],
    });
  });

  it('reports every parameter out of range, with its citation and no path by default', () => {
    const r = resolveParameters(isoDate('2025-04-30'), { fee, days });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.map((f) => [f.code, f.severity, f.citation?.document])).toEqual([
      ['parameter.outOfRange', 'error', 'kobayashi-jiritsu-2025'],
      ['parameter.outOfRange', 'error', 'asago-ikiiki-2024'],
    ]);
    expect(r.findings[0]?.message).toContain('テスト用の額');
    expect(r.findings.every((f) => f.path === undefined)).toBe(true);
  });

  it('fails when only one parameter is out of range (after until)', () => {
    const r = resolveParameters(isoDate('2027-04-01'), { fee, days });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.findings.map((f) => f.citation?.document)).toEqual(['kobayashi-jiritsu-2025']);
  });

  it('puts the given path on the findings', () => {
    const r = resolveParameters(
      isoDate('2025-04-30'),
      { fee },
      { path: ['context', 'referenceDate'] },
    );
    expect(!r.ok && r.findings[0]?.path).toEqual(['context', 'referenceDate']);
  });
});
