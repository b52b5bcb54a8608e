import { describe, expect, it } from 'vitest';
import { parameters, rules } from './index';

describe('@kaigo/rules-akashi catalogue', () => {
  it('every rule has a unique akashi.* id, sources, 1–3 examples that evaluate without throwing', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id.startsWith('akashi.')).toBe(true);
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.examples.length).toBeGreaterThanOrEqual(1);
      expect(r.examples.length).toBeLessThanOrEqual(3);
      for (const ex of r.examples) {
        const result = r.evaluate(ex.input, ex.context);
        expect(result.rule).toBe(r.id);
        expect(result.status).not.toBe('invalid');
      }
    }
  });
  it('every parameter has a unique id, a citation of the seed and values from 2023-04-01', () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of parameters) {
      expect(p.citation.document).toBe('akashi-policy-2023');
      expect(p.values[0]?.from).toBe('2023-04-01');
    }
  });
  it('every rule reports each parameter it used, and each such parameter is exported', () => {
    const exported = new Set(parameters.map((p) => p.id));
    for (const r of rules)
      for (const ex of r.examples)
        for (const p of r.evaluate(ex.input, ex.context).parameters)
          expect(exported.has(p.id)).toBe(true);
  });
});
