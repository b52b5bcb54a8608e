// Compact results and the streaming batch (evaluateEach) against the full result, for every rule of every city on
// its examples and on cases generated from them (dates moved, keys dropped): same status, decision, findings
// (codes, messages, paths, citations) and missing inputs; only parameters, sources and the trace are left out.
import { compactResult, evaluateEach } from '@kaigo/core';
import type { CompactRuleResult } from '@kaigo/core';
import { describe, expect, it } from 'vitest';
import { CITY_PACKAGES } from '../kit/cities';
import { generateCases } from '../kit/ruleCases';

for (const { dir, city } of CITY_PACKAGES) {
  describe(`${dir}: compact results`, () => {
    for (const rule of city?.rules ?? []) {
      const first = rule.examples[0];
      // Plus an input of the wrong type and a missing reference date: the invalid paths of every rule.
      const cases = [
        ...generateCases(rule.examples, 200, 17),
        { input: 42, context: first?.context },
        { input: first?.input, context: {} },
      ];
      it(`${rule.id}: compact keeps what the full result decides`, () => {
        const statuses = new Set<string>();
        for (const c of cases) {
          const full = rule.evaluate(c.input, c.context);
          const compact = rule.compact?.(c.input, c.context);
          expect(compact).toEqual(compactResult(full));
          expect(compact).not.toHaveProperty('trace');
          expect(compact).not.toHaveProperty('parameters');
          statuses.add(full.status);
        }
        expect(statuses.size, 'the generated cases reach more than one status').toBeGreaterThan(1);
      });

      it(`${rule.id}: bind reads the context once and gives the same results`, () => {
        const context = rule.examples[0]?.context;
        const full = rule.bind?.(context);
        const compact = rule.bind?.(context, { result: 'compact' });
        for (const c of cases) {
          expect(full?.(c.input)).toEqual(rule.evaluate(c.input, context));
          expect(compact?.(c.input)).toEqual(rule.compact?.(c.input, context));
        }
      });

      it(`${rule.id}: evaluateEach streams the same results in order`, () => {
        const context = rule.examples[0]?.context;
        const seen: CompactRuleResult<unknown>[] = [];
        const summary = evaluateEach(
          rule,
          cases.map((c) => c.input),
          context,
          (r, i) => {
            expect(i).toBe(seen.length);
            seen.push(r);
          },
        );
        expect(seen).toEqual(cases.map((c) => compactResult(rule.evaluate(c.input, context))));
        expect(summary.count).toBe(cases.length);
        expect(summary.findings).toEqual([]);
        const decided = seen.filter((r) => r.status === 'decided').length;
        expect(summary.statuses.decided).toBe(decided);
      });
    }
  });
}
