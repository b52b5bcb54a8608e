import { describe, expect, it } from 'vitest';
import { assertNoMarkers, assertSurvives, markStrings } from '../../../test/robustness/harness';
import { city, parameters, rules } from './index';

describe('@kaigo/rules-kumamoto catalogue', () => {
  it('has unique rule ids under kumamoto., each cited and with 1–3 examples', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^kumamoto\.[a-zA-Z]+$/);
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.document).toBe('kumamoto-kanyo-2024');
      expect(r.examples.length).toBeGreaterThanOrEqual(1);
      expect(r.examples.length).toBeLessThanOrEqual(3);
    }
    expect(city.source('kumamoto-kanyo-2024')?.publisher).toBe('熊本市');
  });
  it('every example runs to a result of its own rule', () => {
    for (const r of rules) {
      for (const e of r.examples) {
        const res = r.evaluate(e.input, e.context);
        expect(res.rule).toBe(r.id);
        expect(['decided', 'undetermined', 'invalid']).toContain(res.status);
      }
    }
  });
  it('parameters have unique ids, citations and start on 2024-04-01', () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of parameters) {
      expect(p.id).toMatch(/^kumamoto\./);
      expect(p.citation.document).toBe('kumamoto-kanyo-2024');
      expect(p.values[0]?.from).toBe('2024-04-01');
    }
  });
  it('every parameter a rule reports is in the catalogue', () => {
    const ids = new Set(parameters.map((p) => p.id));
    for (const r of rules)
      for (const e of r.examples)
        for (const p of r.evaluate(e.input, e.context).parameters) expect(ids.has(p.id)).toBe(true);
  });
});

describe('robustness', () => {
  for (const r of rules) {
    it(`${r.id} survives hostile input and context`, () => {
      assertSurvives(r.id, (v) => r.evaluate(v, { referenceDate: '2024-10-01' }), 100);
      assertSurvives(`${r.id} (context)`, (v) => r.evaluate(r.examples[0]?.input, v), 50);
    });
    it(`${r.id} never echoes string values of its examples`, () => {
      for (const e of r.examples) {
        const { marked, markers } = markStrings(e.input);
        assertNoMarkers(r.evaluate(marked, e.context), markers);
      }
    });
  }
});
