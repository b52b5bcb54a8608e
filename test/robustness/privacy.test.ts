// No personal data in output: for records whose string fields hold unique markers, no message, finding, issue,
// missing-input label or reason contains a marker. Covers every form's valid records (the national fixtures; for
// city forms, records generated from the schema) and every city rule's examples, input and context.
import type { RuleDescriptor } from '@kaigo/core';
import {
  compileValidator,
  getForm,
  scoreBasicChecklist,
  validate,
  validateForm,
} from '@kaigo/forms';
import { describe, expect, it } from 'vitest';
import { formsUnderTest } from '../differential/forms';
import { CITIES } from '../kit/cities';
import { assertNoMarkers, markStrings } from './harness';

/**
 * The parts of an output meant for people: messages, findings, issues, missing inputs, reasons, errors. A
 * decision may legitimately return the caller's own data (an invoice line keeps its user reference); its
 * explanatory texts may not.
 */
function explanations(output: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown, key: string): void => {
    if (['findings', 'issues', 'missing', 'errors', 'error'].includes(key)) {
      out.push(v);
      return;
    }
    if (key === 'data') return; // validated input handed back to the caller
    if (typeof v === 'string') {
      if (/^(message|reason|explanation)$/i.test(key)) out.push(v);
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(output, '');
  return out;
}

/** Every way of marking a value: all strings at once, then each string leaf alone (so valid paths run too). */
function markings(value: unknown): { marked: unknown; markers: string[] }[] {
  const all = markStrings(value);
  const out = [all];
  for (let i = 0; i < all.markers.length; i++) {
    let n = 0;
    const marker = `ZQX${i}QXZ`;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return n++ === i ? marker : v;
      if (Array.isArray(v)) return v.map(walk);
      if (typeof v === 'object' && v !== null)
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    out.push({ marked: walk(value), markers: [marker] });
  }
  return out;
}

describe('forms: issues never contain input values', () => {
  for (const f of formsUnderTest()) {
    it(`${f.form.id} (${f.seeds.length} ${f.fromFixtures ? 'fixtures' : 'generated records'})`, () => {
      const fast = compileValidator(f.form);
      for (const seed of f.seeds) {
        for (const { marked, markers } of markings(seed)) {
          assertNoMarkers(explanations(validate(f.form, marked)), markers);
          assertNoMarkers(explanations(fast(marked)), markers);
          if (getForm(f.form.id))
            assertNoMarkers(explanations(validateForm(f.form.id, marked)), markers);
        }
      }
    });
  }
  it('scoreBasicChecklist (issues, missing inputs, reasons)', () => {
    const f = formsUnderTest().find((x) => x.form.id === 'national.basicChecklist');
    expect(f).toBeDefined();
    for (const seed of f?.seeds ?? [])
      for (const { marked, markers } of markings(seed))
        assertNoMarkers(explanations(scoreBasicChecklist(marked)), markers);
  });
});

const CITY_RULES: readonly RuleDescriptor[] = CITIES.flatMap((c) => c.rules);

describe('city rules: findings never contain input values', () => {
  for (const rule of CITY_RULES) {
    it(`${rule.id} (${rule.examples.length} examples)`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      for (const ex of rule.examples) {
        for (const { marked, markers } of markings(ex.input))
          assertNoMarkers(explanations(rule.evaluate(marked, ex.context)), markers);
        for (const { marked, markers } of markings(ex.context))
          assertNoMarkers(explanations(rule.evaluate(ex.input, marked)), markers);
      }
    });
  }
});

describe('the privacy check can fail', () => {
  it('finds a marker echoed in a finding message', () => {
    const echo = (input: unknown) => ({
      findings: [
        { code: 'x', severity: 'error', message: `値 ${JSON.stringify(input)} は不正です` },
      ],
    });
    const { marked, markers } = markStrings({ name: '架空 花子' });
    expect(() => assertNoMarkers(explanations(echo(marked)), markers)).toThrow();
  });
});
