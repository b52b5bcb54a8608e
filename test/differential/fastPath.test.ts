// The fast path (`validateFast` / `compileValidator` in @kaigo/forms) must give exactly what `validate` gives:
// same validity, same data, same issues (code, path, label, message) in the same order, for every form.
import { isDeepStrictEqual } from 'node:util';
import { compileValidator, validate } from '@kaigo/forms';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HARD_CASES, hostile } from '../robustness/harness';
import { ALL_FORMS } from '../kit/cities';
import { formsUnderTest } from './forms';
import { recordsOf, shortReport } from './records';

describe('validateFast agrees with validate', () => {
  it('every registered form compiles to the fast path (none falls back to zod)', () => {
    const slow = ALL_FORMS.filter((f) => !compileValidator(f).fast).map((f) => f.id);
    expect(slow).toEqual([]);
  });
  for (const f of formsUnderTest()) {
    it(f.form.id, () => {
      const fast = compileValidator(f.form);
      // Compared as JSON-like text so a failure prints a short diff, not a 3,000-row record.
      const same = (input: unknown): void => {
        const a = fast(input);
        const b = validate(f.form, input);
        if (!isDeepStrictEqual(a, b)) {
          expect(JSON.stringify(a).slice(0, 2000)).toBe(JSON.stringify(b).slice(0, 2000));
          expect.fail('results differ beyond the first 2,000 characters');
        }
      };
      fc.assert(
        fc.property(recordsOf(f.seeds, f.schema), (m) => same(m.record)),
        { numRuns: f.fromFixtures ? 100 : 30, seed: 20_251_002, reporter: shortReport },
      );
      for (const input of HARD_CASES) same(input);
      fc.assert(fc.property(hostile, same), {
        numRuns: 30,
        seed: 20_251_003,
        reporter: shortReport,
      });
    });
  }
});
