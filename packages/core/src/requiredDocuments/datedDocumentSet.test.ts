import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../date/arithmetic';
import { isoDate } from '../date/isoDate';
import type { DatedDocumentRequirement } from './datedDocumentSet';
import {
  checkDatedDocumentSet,
  describeDatedDocumentProblem,
  monthsBackWindow,
} from './datedDocumentSet';

const d = isoDate;
const monitoring: DatedDocumentRequirement = {
  kind: 'monitoring',
  label: 'モニタリング表',
  count: 3,
  latest: true,
};
const evaluation: DatedDocumentRequirement = {
  kind: 'evaluation',
  label: '評価表',
  withinMonths: 6,
};
const slip: DatedDocumentRequirement = {
  kind: 'slip',
  label: 'サービス利用票',
  latest: true,
  granularity: 'month',
};

describe('monthsBackWindow', () => {
  it('clamps to the month end (core addMonths)', () => {
    expect(monthsBackWindow(d('2024-08-31'), 6)).toEqual({ from: '2024-02-29', to: '2024-08-31' });
    expect(monthsBackWindow(d('2024-06-15'), 6)).toEqual({ from: '2023-12-15', to: '2024-06-15' });
  });
});

describe('checkDatedDocumentSet', () => {
  it('complete: latest three, evaluation within 6 months, latest month slip', () => {
    const r = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [monitoring, evaluation, slip],
      submitted: [
        { kind: 'monitoring', date: d('2024-06-10') },
        { kind: 'monitoring', date: d('2024-05-10') },
        { kind: 'monitoring', date: d('2024-04-10') },
        { kind: 'evaluation', date: d('2023-12-30') },
        { kind: 'slip', date: d('2024-06-01') },
      ],
      inventory: [
        { kind: 'monitoring', dates: [d('2024-03-10'), d('2024-04-10')] },
        { kind: 'slip', dates: [d('2024-05-01'), d('2024-06-01')] },
      ],
    });
    expect(r.complete).toBe(true);
    expect(r.items.map((i) => i.satisfied)).toEqual([true, true, true]);
    expect(r.items[0]?.existingCount).toBe(4);
    expect(r.unexpected).toEqual([]);
  });

  it('missing, too few (3 vs 2), not latest', () => {
    const r = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [monitoring, evaluation],
      submitted: [
        { kind: 'monitoring', date: d('2024-06-10') },
        { kind: 'monitoring', date: d('2024-04-10') },
      ],
      inventory: [{ kind: 'monitoring', dates: [d('2024-05-10')] }],
    });
    expect(r.complete).toBe(false);
    expect(r.items[0]?.problems).toEqual([
      { kind: 'tooFew', required: 3, actual: 2 },
      { kind: 'notLatest', newerNotSubmitted: 1 },
    ]);
    expect(r.items[1]?.problems).toEqual([{ kind: 'missing' }]);
  });

  it('only two exist: too few but not "not latest"', () => {
    const r = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [monitoring],
      submitted: [
        { kind: 'monitoring', date: d('2024-06-10') },
        { kind: 'monitoring', date: d('2024-05-10') },
      ],
      inventory: [{ kind: 'monitoring', dates: [] }],
    });
    expect(r.items[0]?.problems).toEqual([{ kind: 'tooFew', required: 3, actual: 2 }]);
    expect(r.items[0]?.existingCount).toBe(2);
  });

  it('6 months exactly is inside, one day more is too old (month-end clamp)', () => {
    const run = (ref: string, date: string) =>
      checkDatedDocumentSet({
        referenceDate: d(ref),
        requirements: [evaluation],
        submitted: [{ kind: 'evaluation', date: d(date) }],
      }).complete;
    expect(run('2024-06-15', '2023-12-15')).toBe(true);
    expect(run('2024-06-15', '2023-12-14')).toBe(false);
    expect(run('2024-08-31', '2024-02-29')).toBe(true);
    expect(run('2024-08-31', '2024-02-28')).toBe(false);
    expect(run('2024-06-15', '2024-06-15')).toBe(true);
    expect(run('2024-06-15', '2024-06-16')).toBe(false);
  });

  it('undetermined without inventory or dates; a definite problem still decides', () => {
    const noInventory = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [slip],
      submitted: [{ kind: 'slip', date: d('2024-06-01') }],
    });
    expect(noInventory.complete).toBeUndefined();
    expect(noInventory.items[0]?.undecided).toEqual([{ kind: 'inventory' }]);
    const noDate = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [evaluation, slip],
      submitted: [{ kind: 'evaluation' }],
      inventory: [{ kind: 'slip', dates: [] }],
    });
    expect(noDate.complete).toBe(false);
    expect(noDate.items[0]).toMatchObject({
      satisfied: undefined,
      undecided: [{ kind: 'date', index: 0 }],
    });
  });

  it('month granularity treats two slips of the same month as equally recent', () => {
    const r = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [slip],
      submitted: [{ kind: 'slip', date: d('2024-06-01') }],
      inventory: [{ kind: 'slip', dates: [d('2024-06-20'), d('2024-05-01')] }],
    });
    expect(r.complete).toBe(true);
  });

  it('documents after the reference date and unknown kinds', () => {
    const r = checkDatedDocumentSet({
      referenceDate: d('2024-06-30'),
      requirements: [evaluation],
      submitted: [
        { kind: 'other', date: d('2024-06-01') },
        { kind: 'evaluation', date: d('2024-07-01') },
      ],
    });
    expect(r.unexpected).toEqual([0]);
    expect(r.items[0]?.problems).toEqual([{ kind: 'afterReferenceDate', index: 1 }]);
  });

  it('law: submitting the N newest existing documents always satisfies "latest"', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 12 }),
        (offsets) => {
          const dates = offsets.map((o) => addDays(d('2023-01-01'), o));
          const newest = [...dates].sort().reverse().slice(0, 3);
          const r = checkDatedDocumentSet({
            referenceDate: d('2024-12-31'),
            requirements: [monitoring],
            submitted: newest.map((date) => ({ kind: 'monitoring', date })),
            inventory: [{ kind: 'monitoring', dates }],
          });
          return r.complete === true;
        },
      ),
    );
  });

  it('describes problems without input values', () => {
    expect(describeDatedDocumentProblem('評価表', { kind: 'missing' })).toBe(
      '評価表が提出されていません。',
    );
    expect(
      describeDatedDocumentProblem('モニタリング表', { kind: 'notLatest', newerNotSubmitted: 1 }),
    ).toContain('直近');
  });
});
