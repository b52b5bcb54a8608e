// The benchmark's hand-written baselines must compute what the SDK computes, or the comparison is meaningless.
import { basicChecklistForm, scoreBasicChecklist, validate } from '@kaigo/forms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handCheckAndScore, handValidateBasicChecklist } from '../../bench/handwritten';
import { HARD_CASES, hostile } from '../robustness/harness';
import { formsUnderTest } from './forms';
import { recordsOf, shortReport } from './records';

const checklist = formsUnderTest().find((f) => f.form.id === basicChecklistForm.id);

describe('hand-written 基本チェックリスト baselines (bench/handwritten.ts)', () => {
  it('the validator agrees with validate on generated, mutated and hostile records', () => {
    if (!checklist) throw new Error('basic checklist not registered');
    const agree = (input: unknown): void => {
      expect(handValidateBasicChecklist(input)).toBe(validate(basicChecklistForm, input).ok);
    };
    fc.assert(
      fc.property(recordsOf(checklist.seeds, checklist.schema), (m) => agree(m.record)),
      {
        numRuns: 400,
        seed: 20_251_004,
        reporter: shortReport,
      },
    );
    for (const input of HARD_CASES) agree(input);
    fc.assert(fc.property(hostile, agree), { numRuns: 100, seed: 20_251_005 });
  });
  it('scoring and 事業対象者 determination agree with scoreBasicChecklist', () => {
    if (!checklist) throw new Error('basic checklist not registered');
    let determined = 0;
    fc.assert(
      fc.property(recordsOf(checklist.seeds, checklist.schema), (m) => {
        const sdk = scoreBasicChecklist(m.record);
        const hand = handCheckAndScore(m.record);
        expect(hand === undefined).toBe(!sdk.ok);
        if (!sdk.ok || !hand) return;
        const j = sdk.jigyoTaishosha;
        expect(hand.value).toBe(j.status === 'determined' ? (j.value ?? null) : null);
        expect(hand.unknown).toBe(j.unknownItems.length);
        if (j.status === 'determined') determined++;
      }),
      { numRuns: 400, seed: 20_251_006, reporter: shortReport },
    );
    expect(determined).toBeGreaterThan(0);
  });
});
