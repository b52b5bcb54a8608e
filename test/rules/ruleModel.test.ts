// Generic tests over every rule of every city, built from the rule declarations (defineRule / defineCity):
// the result cites what the declaration cites, every declared parameter can be overridden through the context and
// the override is reported back, the trace is present, and examples that state an expectation meet it.
import { readFileSync } from 'node:fs';
import type { RuleDescriptor, RuleResult } from '@kaigo/core';
import { allForms, getForm } from '@kaigo/forms';
import { describe, expect, it } from 'vitest';
import { personalStrings } from '@kaigo/testkit';
import { CITY_PACKAGES } from '../kit/cities';

function run(rule: RuleDescriptor, input: unknown, context: unknown): RuleResult<unknown> {
  return rule.evaluate(structuredClone(input), structuredClone(context));
}

function withOverride(context: unknown, id: string, value: unknown): unknown {
  const base = (context ?? {}) as { parameters?: Record<string, unknown> };
  return { ...base, parameters: { ...base.parameters, [id]: { value } } };
}

it('finds the city packages', () => {
  expect(CITY_PACKAGES.length).toBeGreaterThanOrEqual(5);
});

for (const { dir, city } of CITY_PACKAGES) {
  describe(`${dir}: every rule is declared with defineRule`, () => {
    for (const rule of city?.rules ?? []) {
      describe(rule.id, () => {
        const results = rule.examples.map((e) => run(rule, e.input, e.context));

        it('has examples, an input schema and its parameters', () => {
          expect(rule.examples.length).toBeGreaterThan(0);
          expect(rule.input, 'declared with defineRule (input)').toBeDefined();
          expect(rule.parameters, 'declared with defineRule (parameters)').toBeDefined();
        });

        it('cites in its results exactly what it declares, with a trace', () => {
          for (const r of results) {
            expect(r.rule).toBe(rule.id);
            expect(r.sources).toEqual(rule.sources);
            expect(Array.isArray(r.trace)).toBe(true);
          }
        });

        it('keeps free text and identifiers of the input out of its trace', () => {
          rule.examples.forEach((e, i) => {
            const trace = JSON.stringify(results[i]?.trace ?? []);
            for (const text of personalStrings(e.input)) expect(trace, e.title).not.toContain(text);
          });
        });

        it('meets the expectations its examples state', () => {
          rule.examples.forEach((e, i) => {
            if (e.expect?.status) expect(results[i]?.status, e.title).toBe(e.expect.status);
            if (e.expect?.decision !== undefined)
              expect(results[i]?.decision, e.title).toMatchObject(e.expect.decision as object);
          });
        });

        it('reads only declared parameters, and every declared one in some example', () => {
          const declared = new Set((rule.parameters ?? []).map((p) => p.id));
          const used = new Set(results.flatMap((r) => r.parameters.map((p) => p.id)));
          for (const id of used) expect(declared, `${id} is read but not declared`).toContain(id);
          for (const id of declared)
            expect(used, `${id} is declared but no example reads it`).toContain(id);
          for (const p of rule.parameters ?? []) expect(city?.parameter(p.id), p.id).toBeDefined();
        });

        it('honours an override of every declared parameter and reports it', () => {
          for (const p of rule.parameters ?? []) {
            const i = results.findIndex((r) => r.parameters.some((u) => u.id === p.id));
            const example = rule.examples[i];
            const use = results[i]?.parameters.find((u) => u.id === p.id);
            if (!example || !use) continue; // covered by the test above
            const again = run(rule, example.input, withOverride(example.context, p.id, use.value));
            expect(again.parameters, p.id).toContainEqual(
              expect.objectContaining({ id: p.id, origin: 'override' }),
            );
            expect(
              again.decision,
              `${p.id}: overriding with the same value keeps the decision`,
            ).toEqual(results[i]?.decision);
          }
        });
      });
    }
  });
}

describe('every city holds its local forms', () => {
  for (const { dir, city } of CITY_PACKAGES) {
    it(`${dir}: forms are ${city?.id}.* form definitions with their published schemas`, () => {
      const manifest = JSON.parse(
        readFileSync(new URL(`../../packages/${dir}/schemas/index.json`, import.meta.url), 'utf8'),
      ) as { forms: { id: string; schema: string }[] };
      expect(manifest.forms.map((f) => f.id)).toEqual(city?.forms.map((f) => f.id));
      for (const form of city?.forms ?? []) {
        expect(form.id.startsWith(`${city?.id}.`)).toBe(true);
        expect(city?.form(form.id)).toBe(form);
        expect(getForm(form.id), '@kaigo/forms keeps the national forms only').toBeUndefined();
      }
    });
  }
  it('@kaigo/forms defines national forms only', () => {
    expect(allForms().every((f) => f.id.startsWith('national.'))).toBe(true);
  });
});
