import { describe, expect, it } from 'vitest';
import { BASIC_CHECKLIST_ITEMS } from '../national/basicChecklistItems';
import type { ChecklistItemNo } from '../national/basicChecklistItems';
import { answerScore, itemScore, itemScores } from './itemScore';
import { CHECKLIST_GROUPS, groupCounts, totalScore } from './groupCounts';
import { checklistFromScores } from '../../test/checklistHelpers';

// Independent statement of 様式第一: the items where 「はい」 is printed as "1." (all others: 「いいえ」).
const YES_SCORES = new Set([9, 10, 11, 13, 14, 15, 17, 18, 20, 21, 22, 23, 24, 25]);

describe('itemScore (様式第一)', () => {
  it('has 25 items numbered 1..25 with keys q01..q25', () => {
    expect(BASIC_CHECKLIST_ITEMS.map((i) => i.no)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
    expect(BASIC_CHECKLIST_ITEMS.map((i) => i.key)).toEqual(
      Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`),
    );
  });
  for (const item of BASIC_CHECKLIST_ITEMS) {
    if (item.no === 12) continue;
    const one = YES_SCORES.has(item.no) ? 'yes' : 'no';
    const zero = one === 'yes' ? 'no' : 'yes';
    it(`No.${item.no}: ${one === 'yes' ? 'はい' : 'いいえ'} scores 1, the other 0, blank unknown`, () => {
      expect(answerScore(item.no, one)).toBe(1);
      expect(answerScore(item.no, zero)).toBe(0);
      expect(answerScore(item.no, undefined)).toBeNull();
      const key = item.key;
      expect(itemScore(item.no, { answers: { [key]: one } })).toBe(1);
      expect(itemScore(item.no, { answers: { [key]: zero } })).toBe(0);
      expect(itemScore(item.no, { answers: {} })).toBeNull();
    });
  }
  it('No.12 has no answer of its own', () => {
    expect(answerScore(12, 'yes')).toBeNull();
    expect(answerScore(12, 'no')).toBeNull();
  });
});

describe('group counts and total', () => {
  it('groups A–G partition items 1..25', () => {
    const all = CHECKLIST_GROUPS.flatMap((g) => g.items).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(CHECKLIST_GROUPS.map((g) => g.items.length)).toEqual([5, 5, 2, 3, 2, 3, 5]);
  });
  it('counts known items, min and max, and a value only when complete', () => {
    const scores = itemScores(
      checklistFromScores({ 6: 1, 7: 1, 8: 0, 9: null, 10: 1, 16: 1, 17: 0 }),
    );
    const g = groupCounts(scores);
    expect(g.B).toEqual({ size: 5, known: 4, min: 3, max: 4, value: null });
    expect(g.E).toEqual({ size: 2, known: 2, min: 1, max: 1, value: 1 });
    expect(g.A).toEqual({ size: 5, known: 0, min: 0, max: 5, value: null });
    const t = totalScore(scores);
    expect(t).toEqual({ size: 25, known: 6, min: 4, max: 23, value: null });
  });
  it('total ranges 0..25 on complete answers', () => {
    const none: Partial<Record<ChecklistItemNo, 0 | 1>> = {};
    const every: Partial<Record<ChecklistItemNo, 0 | 1>> = {};
    for (const i of BASIC_CHECKLIST_ITEMS) {
      none[i.no] = 0;
      every[i.no] = 1;
    }
    expect(totalScore(itemScores(checklistFromScores(none))).value).toBe(0);
    expect(totalScore(itemScores(checklistFromScores(every))).value).toBe(25);
  });
});
