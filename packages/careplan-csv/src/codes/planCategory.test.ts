import { describe, expect, it } from 'vitest';
import { codesOf } from '@kaigo/core';
import { PLAN_CATEGORY_CODES } from '@kaigo/forms';
import { planCategoryFromParts, planCategoryParts } from './planCategory';

describe('計画書区分 51–54 keep their meaning', () => {
  it('every code of the table splits into parts and back', () => {
    const codes = codesOf(PLAN_CATEGORY_CODES);
    expect(codes).toHaveLength(7);
    for (const code of codes) {
      const parts = planCategoryParts(code);
      expect(parts.ok).toBe(true);
      if (parts.ok) expect(planCategoryFromParts(parts.value)).toEqual({ ok: true, value: code });
    }
  });
  it('composites are not collapsed', () => {
    expect(planCategoryParts('53')).toEqual({
      ok: true,
      value: { initial: false, referral: true, continuing: true },
    });
    expect(planCategoryParts('54')).toEqual({
      ok: true,
      value: { initial: true, referral: true, continuing: true },
    });
    expect(planCategoryParts('31').ok).toBe(false);
    expect(planCategoryParts(11).ok).toBe(false);
    expect(planCategoryFromParts({ initial: false, referral: false, continuing: false }).ok).toBe(
      false,
    );
  });
});
