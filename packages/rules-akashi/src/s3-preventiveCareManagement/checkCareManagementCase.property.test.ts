import { addDays, isoDate } from '@kaigo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCareManagementCase } from './checkCareManagementCase';
import { PROCESS_STEPS } from './processTable';

const ctx = { referenceDate: '2030-01-01' };

/** Steps in table order with non-decreasing dates; `present` chooses which steps were done. */
const orderedCase = fc.record({
  gaps: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 7, maxLength: 7 }),
  present: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  type: fc.constantFrom('A' as const, 'C' as const),
  closed: fc.boolean(),
});

describe('checkCareManagementCase — laws', () => {
  it('steps in table order are never out of order, and nothing is pending when closed', () => {
    fc.assert(
      fc.property(orderedCase, ({ gaps, present, type, closed }) => {
        let date = isoDate('2024-04-01');
        const steps = PROCESS_STEPS.flatMap((step, i) => {
          date = addDays(date, gaps[i] ?? 0);
          return present[i] ? [{ step, date }] : [];
        });
        const r = checkCareManagementCase({ type, delegated: false, closed, steps }, ctx);
        expect(r.status).toBe('decided');
        expect(r.decision?.outOfOrder).toEqual([]);
        if (closed) expect(r.decision?.pendingSteps).toEqual([]);
        // conforms exactly when no ○ step is missing
        expect(r.decision?.conforms).toBe(r.decision?.missingSteps.length === 0);
      }),
    );
  });
  it('a delegated C case never conforms; a delegated A case is never flagged for delegation', () => {
    fc.assert(
      fc.property(orderedCase, ({ gaps, present, closed }) => {
        let date = isoDate('2024-04-01');
        const steps = PROCESS_STEPS.flatMap((step, i) => {
          date = addDays(date, gaps[i] ?? 0);
          return present[i] ? [{ step, date }] : [];
        });
        const c = checkCareManagementCase({ type: 'C', delegated: true, closed, steps }, ctx);
        const a = checkCareManagementCase({ type: 'A', delegated: true, closed, steps }, ctx);
        expect(c.decision?.conforms).toBe(false);
        expect(a.decision?.delegationAllowed).toBe(true);
      }),
    );
  });
});
