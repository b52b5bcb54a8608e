import { describe, expect, it } from 'vitest';
import { JIGYO_TAISHOSHA_CRITERIA, evaluateCriteria, evaluateCriterion } from './criteria';
import type { ChecklistItemNo } from '../national/basicChecklistItems';
import { itemScores } from './itemScore';
import type { ItemScore } from './itemScore';
import { allZeroExcept, checklistFromScores } from '../../test/checklistHelpers';

// Independent statement of 様式第二 (items, threshold) for each criterion.
const EXPECTED: Record<number, { items: number[]; threshold: number }> = {
  1: { items: Array.from({ length: 20 }, (_, i) => i + 1), threshold: 10 },
  2: { items: [6, 7, 8, 9, 10], threshold: 3 },
  3: { items: [11, 12], threshold: 2 },
  4: { items: [13, 14, 15], threshold: 2 },
  5: { items: [16], threshold: 1 },
  6: { items: [18, 19, 20], threshold: 1 },
  7: { items: [21, 22, 23, 24, 25], threshold: 2 },
};

function expectedMet(k: number, u: number, threshold: number): boolean | null {
  if (k >= threshold) return true;
  if (k + u < threshold) return false;
  return null;
}

describe('事業対象者の基準 ①〜⑦ (様式第二)', () => {
  it('defines exactly the seven criteria with the 2015 thresholds', () => {
    expect(JIGYO_TAISHOSHA_CRITERIA.map((c) => c.mark)).toEqual([
      '①',
      '②',
      '③',
      '④',
      '⑤',
      '⑥',
      '⑦',
    ]);
    for (const c of JIGYO_TAISHOSHA_CRITERIA) {
      expect([...c.items]).toEqual(EXPECTED[c.id]?.items);
      expect(c.threshold).toBe(EXPECTED[c.id]?.threshold);
      expect(c.citation.document).toBe('mhlw-kokuji-197-2015');
    }
  });

  // Every (matched, unknown) count combination for every criterion, other items in range 0 and outside 0.
  for (const def of JIGYO_TAISHOSHA_CRITERIA) {
    it(`${def.mark}: every boundary of matched/unknown counts`, () => {
      const n = def.items.length;
      for (let k = 0; k <= n; k++) {
        for (let u = 0; u <= n - k; u++) {
          const overrides: Partial<Record<ChecklistItemNo, ItemScore>> = {};
          def.items.forEach((no, i) => {
            overrides[no] = i < k ? 1 : i < k + u ? null : 0;
          });
          const r = evaluateCriterion(
            def,
            itemScores(checklistFromScores(allZeroExcept(overrides))),
          );
          expect(r.met, `k=${k} u=${u}`).toBe(expectedMet(k, u, def.threshold));
          expect(r.count.min).toBe(k);
          expect(r.count.max).toBe(k + u);
          expect(r.matchedItems).toEqual(def.items.slice(0, k));
          expect(r.unknownItems).toEqual(def.items.slice(k, k + u));
        }
      }
    });
  }

  // All 3^n assignments of {0, 1, unknown} for the small criteria ②〜⑦.
  for (const def of JIGYO_TAISHOSHA_CRITERIA.filter((d) => d.id !== 1)) {
    it(`${def.mark}: all ${3 ** def.items.length} assignments of its items`, () => {
      const n = def.items.length;
      for (let code = 0; code < 3 ** n; code++) {
        const overrides: Partial<Record<ChecklistItemNo, ItemScore>> = {};
        let c = code;
        let k = 0;
        let u = 0;
        for (const no of def.items) {
          const v = c % 3;
          c = Math.floor(c / 3);
          overrides[no] = v === 0 ? 0 : v === 1 ? 1 : null;
          if (v === 1) k++;
          if (v === 2) u++;
        }
        const r = evaluateCriterion(def, itemScores(checklistFromScores(allZeroExcept(overrides))));
        expect(r.met).toBe(expectedMet(k, u, def.threshold));
      }
    });
  }

  it('items outside a criterion never affect it', () => {
    const all1 = allZeroExcept({});
    for (const k of Object.keys(all1)) all1[Number(k) as ChecklistItemNo] = 1;
    for (const def of JIGYO_TAISHOSHA_CRITERIA) {
      const overrides = { ...all1 };
      for (const no of def.items) overrides[no] = 0;
      const r = evaluateCriterion(def, itemScores(checklistFromScores(overrides)));
      expect(r.met).toBe(false);
    }
  });

  it('No.17 and No.1–5 only count toward ①', () => {
    const r = evaluateCriteria(
      itemScores(checklistFromScores(allZeroExcept({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 17: 1 }))),
    );
    expect(r.map((c) => c.met)).toEqual([false, false, false, false, false, false, false]);
    expect(r[0]?.count.min).toBe(6);
  });

  it('③ needs both No.11 and the BMI item', () => {
    const def = JIGYO_TAISHOSHA_CRITERIA[2];
    if (!def) throw new Error('missing');
    const score = (over: Partial<Record<ChecklistItemNo, ItemScore>>) =>
      evaluateCriterion(def, itemScores(checklistFromScores(allZeroExcept(over)))).met;
    expect(score({ 11: 1, 12: 1 })).toBe(true);
    expect(score({ 11: 1, 12: 0 })).toBe(false);
    expect(score({ 11: 1, 12: null })).toBeNull();
    expect(score({ 11: 0, 12: null })).toBe(false);
  });

  it('explains itself without input values', () => {
    const r = evaluateCriteria(itemScores(checklistFromScores(allZeroExcept({ 16: 1, 21: null }))));
    expect(r[4]?.reason).toBe(
      '⑤ 該当: 1項目のうち1項目に該当（基準: 1項目以上）。該当項目 No.16。',
    );
    expect(r[6]?.reason).toContain('未回答 No.21');
  });
});
