import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChecklistItemNo } from '../national/basicChecklistItems';
import { BASIC_CHECKLIST_ITEMS } from '../national/basicChecklistItems';
import type { ItemScore } from './itemScore';
import { scoreBasicChecklist } from './scoreBasicChecklist';
import type { BasicChecklistScore } from './scoreBasicChecklist';
import { allZeroExcept, checklistFromScores } from '../../test/checklistHelpers';
import { basicChecklistFixtures } from '../../test/fixtures/basicChecklist.fixtures';

const score = (input: unknown): BasicChecklistScore => {
  const r = scoreBasicChecklist(input);
  if (!r.ok) throw new Error(`unexpected invalid: ${JSON.stringify(r.issues)}`);
  return r;
};

const ITEM_NOS = BASIC_CHECKLIST_ITEMS.map((i) => i.no);

/** Arbitrary partial checklist as intended item scores (null = unanswered). */
const scoresArb = fc
  .tuple(...ITEM_NOS.map(() => fc.constantFrom<ItemScore>(0, 1, null)))
  .map((values) => {
    const out: Partial<Record<ChecklistItemNo, ItemScore>> = {};
    ITEM_NOS.forEach((no, i) => (out[no] = values[i] ?? null));
    return out;
  });

/** Every completion of the unknowns, as a fast-check arbitrary. */
const completionArb = (scores: Partial<Record<ChecklistItemNo, ItemScore>>) =>
  fc.tuple(...ITEM_NOS.map(() => fc.constantFrom<0 | 1>(0, 1))).map((fill) => {
    const out: Partial<Record<ChecklistItemNo, ItemScore>> = {};
    ITEM_NOS.forEach((no, i) => (out[no] = scores[no] ?? fill[i] ?? 0));
    return out;
  });

describe('scoreBasicChecklist: complete answers', () => {
  it('scores a fictional person who meets ② and ⑦', () => {
    const r = score(basicChecklistFixtures.valid[0]?.input);
    expect(r.bmi?.display).toBe('21.6');
    expect(r.items.find((i) => i.no === 12)?.score).toBe(0);
    expect(r.groups.A.value).toBe(1);
    expect(r.groups.B.value).toBe(3);
    expect(r.groups.G.value).toBe(2);
    expect(r.total).toEqual({ size: 25, known: 25, min: 8, max: 8, value: 8 });
    expect(r.criteria.map((c) => c.met)).toEqual([false, true, false, false, false, false, true]);
    expect(r.criteria[1]?.matchedItems).toEqual([6, 7, 9]);
    expect(r.jigyoTaishosha).toMatchObject({
      status: 'determined',
      value: true,
      metCriteria: [2, 7],
      unknownItems: [],
    });
    expect(r.missing).toEqual([]);
  });
  it('determines 非該当 when no criterion is met', () => {
    const r = score(checklistFromScores(allZeroExcept({ 1: 1, 17: 1, 21: 1 })));
    expect(r.total.value).toBe(3);
    expect(r.jigyoTaishosha).toMatchObject({ status: 'determined', value: false, metCriteria: [] });
  });
});

describe('scoreBasicChecklist: unanswered items are unknown, not 0', () => {
  it('is determined 該当 with blanks when one criterion is already met', () => {
    const r = score({ answers: { q16: 'no' } });
    expect(r.criteria[4]?.met).toBe(true);
    expect(r.jigyoTaishosha.status).toBe('determined');
    expect(r.jigyoTaishosha.value).toBe(true);
    expect(r.jigyoTaishosha.unknownItems).toHaveLength(24);
    expect(r.jigyoTaishosha.reason).toContain('未回答の項目があっても結果は変わらない');
    expect(r.total).toMatchObject({ min: 1, max: 25, value: null });
  });
  it('is determined 非該当 with blanks when no completion can reach any threshold', () => {
    // Only No.17 unanswered: it counts toward ① alone, and ① is at most 1 of 20.
    const r = score(checklistFromScores(allZeroExcept({ 17: null })));
    expect(r.criteria[0]?.met).toBe(false);
    expect(r.jigyoTaishosha).toMatchObject({
      status: 'determined',
      value: false,
      unknownItems: [17],
    });
  });
  it('is undetermined when a blank could meet a criterion, and says which', () => {
    const r = score(checklistFromScores(allZeroExcept({ 16: null, 18: null })));
    expect(r.jigyoTaishosha.status).toBe('undetermined');
    expect(r.jigyoTaishosha.value).toBeUndefined();
    expect(r.jigyoTaishosha.undecidedCriteria).toEqual([5, 6]);
    expect(r.jigyoTaishosha.unknownItems).toEqual([16, 18]);
    expect(r.missing.map((m) => m.path.join('.'))).toEqual(['answers.q16', 'answers.q18']);
  });
  it('missing height or weight makes No.12 (and so ③) unknown', () => {
    const r = score({ ...checklistFromScores(allZeroExcept({ 11: 1, 12: null })), heightCm: 150 });
    expect(r.bmi).toBeNull();
    expect(r.criteria[2]?.met).toBeNull();
    expect(r.jigyoTaishosha.status).toBe('undetermined');
    expect(r.missing).toEqual([{ path: ['weightKg'], label: '体重（kg）' }]);
  });
  it('an empty answer sheet is undetermined, total 0..25', () => {
    const r = score({ answers: {} });
    expect(r.total).toEqual({ size: 25, known: 0, min: 0, max: 25, value: null });
    expect(r.jigyoTaishosha.status).toBe('undetermined');
    expect(r.jigyoTaishosha.undecidedCriteria).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('scoreBasicChecklist: invalid input', () => {
  const MARK = 'MARKER_秘密_4711';
  it('never throws and reports issues without echoing input values', () => {
    for (const input of [
      undefined,
      null,
      42,
      MARK,
      [],
      { answers: { q01: MARK } },
      { answers: {}, name: 'x'.repeat(101) + MARK },
      { answers: { q12: 'yes' } },
      { answers: {}, heightCm: 400, weightKg: '50' },
      { answers: {}, recordedDate: MARK },
      { answers: {}, [MARK]: MARK },
    ]) {
      const r = scoreBasicChecklist(input);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.length).toBeGreaterThan(0);
      for (const i of r.issues) expect(i.message).not.toContain(MARK);
    }
  });
  it('gives codes, paths and Japanese labels', () => {
    const r = scoreBasicChecklist({ answers: { q01: 'maybe', q12: 'yes' }, heightCm: 400 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'answers.q01'],
      ['unrecognized_key', 'answers.q12'],
      ['too_big', 'heightCm'],
    ]);
    expect(r.issues[0]?.message).toBe(
      '回答 › No.1 バスや電車で1人で外出していますか: コード表「基本チェックリストの回答」にない値です。次のいずれか: yes（はい）, no（いいえ）',
    );
    expect(r.issues[2]?.label).toBe('身長（cm）');
  });
  it('requires the answers object', () => {
    const r = scoreBasicChecklist({});
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'required', path: ['answers'] });
  });
});

describe('scoreBasicChecklist: properties', () => {
  it('total.min <= value <= total.max for every completion', () => {
    fc.assert(
      fc.property(
        scoresArb.chain((s) => fc.tuple(fc.constant(s), completionArb(s))),
        ([partial, full]) => {
          const p = score(checklistFromScores(partial)).total;
          const f = score(checklistFromScores(full)).total;
          expect(f.value).not.toBeNull();
          expect(p.min).toBeLessThanOrEqual(f.value as number);
          expect(f.value as number).toBeLessThanOrEqual(p.max);
          if (p.value !== null) expect(p.value).toBe(f.value);
        },
      ),
    );
  });
  it('answering one more item "1" never removes a met criterion', () => {
    fc.assert(
      fc.property(scoresArb, fc.constantFrom(...ITEM_NOS), (partial, no) => {
        fc.pre(partial[no] !== 1);
        const before = score(checklistFromScores(partial));
        const after = score(checklistFromScores({ ...partial, [no]: 1 }));
        before.criteria.forEach((c, i) => {
          if (c.met === true) expect(after.criteria[i]?.met).toBe(true);
        });
        if (before.jigyoTaishosha.value === true) expect(after.jigyoTaishosha.value).toBe(true);
      }),
    );
  });
  it('determined results (and decided criteria) are invariant under any completion of the blanks', () => {
    fc.assert(
      fc.property(
        scoresArb.chain((s) => fc.tuple(fc.constant(s), completionArb(s))),
        ([partial, full]) => {
          const p = score(checklistFromScores(partial));
          const f = score(checklistFromScores(full));
          expect(f.jigyoTaishosha.status).toBe('determined');
          if (p.jigyoTaishosha.status === 'determined')
            expect(f.jigyoTaishosha.value).toBe(p.jigyoTaishosha.value);
          p.criteria.forEach((c, i) => {
            if (c.met !== null) expect(f.criteria[i]?.met).toBe(c.met);
          });
        },
      ),
    );
  });
  it('undetermined is tight: some completion gives 該当 and another 非該当', () => {
    fc.assert(
      fc.property(scoresArb, (partial) => {
        const p = score(checklistFromScores(partial));
        fc.pre(p.jigyoTaishosha.status === 'undetermined');
        const fill = (v: 0 | 1) => {
          const out: Partial<Record<ChecklistItemNo, ItemScore>> = {};
          for (const no of ITEM_NOS) out[no] = partial[no] ?? v;
          return score(checklistFromScores(out)).jigyoTaishosha.value;
        };
        expect(fill(1)).toBe(true);
        expect(fill(0)).toBe(false);
      }),
    );
  });
});
