// Throwing getters and Proxies at every position: each object or array node of a valid example (the input, nested
// objects, arrays, the context) is replaced, one position at a time, by a Proxy whose every trap throws, by a
// revoked Proxy, or one property becomes a throwing getter. Every public entry point that takes data must return
// a structured result (never throw), and its messages must not carry the error text or the input.
import {
  CARE_LEVEL_CODES_KYOTAKU,
  careLevelFromCode,
  parseDateInput,
  parseInsuredNumber,
  parseIsoDate,
  parseRuleContext,
  parseWareki,
  parseYearMonth,
} from '@kaigo/core';
import {
  compileValidator,
  getForm,
  prepareRuleInput,
  scoreBasicChecklist,
  userBasicInfoForm,
  validate,
  validateForm,
} from '@kaigo/forms';
import { describe, expect, it } from 'vitest';
import { formsUnderTest } from '../differential/forms';
import { RULES_BY_CITY } from './cityRules';
import { assertReturns, hostileVariants, revokedProxy, throwingProxy } from './harness';

const STATUSES = ['decided', 'undetermined', 'invalid'];

/** A result the caller can read: a rule result, a validation result or an outcome — never the error's text. */
function expectStructured(name: string, r: unknown): void {
  expect(typeof r === 'object' && r !== null, `${name}: no result`).toBe(true);
  const text = JSON.stringify(r) ?? '';
  expect(text.includes('hostile'), `${name}: echoes the thrown error`).toBe(false);
}

const throwingContext = {
  get referenceDate(): string {
    throw new Error('hostile getter');
  },
};

describe('core: hostile contexts and values', () => {
  it('parseRuleContext never throws (getter, Proxy, revoked Proxy)', () => {
    for (const v of [throwingContext, throwingProxy({}), revokedProxy(), throwingProxy([])]) {
      const r = assertReturns('parseRuleContext', () => parseRuleContext(v));
      expect(r.ok).toBe(false);
      expectStructured('parseRuleContext', r);
    }
    expect(parseRuleContext(throwingContext)).toMatchObject({
      ok: false,
      error: { code: 'context.unreadable' },
    });
  });
  it('every core parser returns for Proxies', () => {
    const parsers = [
      parseIsoDate,
      parseDateInput,
      parseWareki,
      parseYearMonth,
      parseInsuredNumber,
      (v: unknown) => careLevelFromCode(CARE_LEVEL_CODES_KYOTAKU, v),
    ];
    for (const parse of parsers)
      for (const v of [throwingProxy({}), revokedProxy(), throwingProxy(['2025-01-01'])])
        expectStructured(
          parse.name,
          assertReturns(parse.name, () => parse(v)),
        );
  });
});

describe('forms: throwing Proxies and getters at every position of valid records', () => {
  for (const f of formsUnderTest()) {
    it(f.form.id, () => {
      const fast = compileValidator(f.form);
      for (const seed of f.seeds.slice(0, 2)) {
        for (const { where, value } of hostileVariants(seed)) {
          const name = `${f.form.id} ${where}`;
          for (const run of [
            () => validate(f.form, value),
            () => fast(value),
            // validateForm looks up national forms only (local forms: their city's city.form(id)).
            ...(getForm(f.form.id) ? [() => validateForm(f.form.id, value)] : []),
          ]) {
            const r = assertReturns(name, run);
            expect(typeof r.ok, name).toBe('boolean');
            expectStructured(name, r.ok ? {} : r.issues);
          }
          if (f.form.id === 'national.basicChecklist')
            expectStructured(
              name,
              assertReturns(name, () => scoreBasicChecklist(value)),
            );
        }
      }
    });
  }
  it('a wrong or hostile form argument is an issue, not a throw', () => {
    for (const form of [getForm('typo'), undefined, null, {}, throwingProxy({}), revokedProxy()]) {
      const r = assertReturns('validate(form)', () => validate(form as never, {}));
      expect(r).toMatchObject({ ok: false, issues: [{ code: 'invalid_form' }] });
      const fast = assertReturns('compileValidator(form)', () => compileValidator(form as never));
      expect(fast({})).toMatchObject({ ok: false, issues: [{ code: 'invalid_form' }] });
    }
  });
  it('prepareRuleInput with hostile input, context and options', () => {
    const input = { insurerNumber: '139999' };
    for (const { where, value } of [
      ...hostileVariants({ input, context: { referenceDate: '2025-04-01' } }),
    ]) {
      const v = value as { input?: unknown; context?: unknown };
      let i: unknown;
      let c: unknown;
      try {
        i = v.input;
        c = v.context;
      } catch {
        continue; // the root itself is hostile: nothing to hand over
      }
      const r = assertReturns(where, () => prepareRuleInput(userBasicInfoForm, i, c));
      expectStructured(where, r);
    }
    for (const options of [
      throwingProxy({}),
      revokedProxy(),
      {
        get unknownKeyPath(): never {
          throw new Error('hostile');
        },
      },
    ]) {
      const r = assertReturns('options', () =>
        prepareRuleInput(
          userBasicInfoForm,
          { unknown: 1 },
          { referenceDate: '2025-04-01' },
          options as never,
        ),
      );
      expectStructured('options', r);
    }
  });
});

describe('city rules: throwing Proxies and getters at every position of the examples (input and context)', () => {
  it('finds the cities', () => expect(RULES_BY_CITY.length).toBeGreaterThanOrEqual(5));
  for (const { city, rules } of RULES_BY_CITY) {
    it(`${city} loads and has rules`, () => {
      expect(rules.length, city).toBeGreaterThan(0);
    });
    for (const rule of rules) {
      it(`${city} ${rule.id}`, () => {
        for (const ex of rule.examples) {
          const cases = [
            ...hostileVariants(ex.input).map((h) => ({
              ...h,
              input: h.value,
              context: ex.context,
              side: 'input',
            })),
            ...hostileVariants(ex.context).map((h) => ({
              ...h,
              input: ex.input,
              context: h.value,
              side: 'context',
            })),
            {
              where: '$.referenceDate (throwing getter)',
              input: ex.input,
              context: throwingContext,
              side: 'context',
            },
          ];
          for (const c of cases) {
            const name = `${rule.id} ${c.side} ${c.where}`;
            const r = assertReturns(name, () => rule.evaluate(c.input, c.context));
            expect(STATUSES, name).toContain(r.status);
            expectStructured(name, r.findings);
          }
        }
      });
    }
  }
});
