import { describe, expect, it } from 'vitest';
import { city, parameters, rules } from './index';

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

/** Non-ASCII string leaves of a value (free text: names, places; codes and dates are ASCII). */
function freeText(value: unknown): string[] {
  if (typeof value === 'string') return /[^\x20-\x7e]/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(freeText);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(freeText);
  return [];
}

describe('@kaigo/rules-akashi city', () => {
  it('exports one city definition whose lists are rules and parameters, in the seed order', () => {
    expect(city.id).toBe('akashi');
    expect(city.sources.map((s) => s.id)).toEqual(['akashi-policy-2023']);
    expect(rules).toBe(city.rules);
    expect(parameters).toBe(city.parameters);
    expect(rules.map((r) => r.id)).toEqual([
      'akashi.functionActivityParticipationBalance',
      'akashi.careManagementCase',
      'akashi.rehabVisitTarget',
      'akashi.saikenProgrammeTarget',
      'akashi.disasterPreparedness',
    ]);
  });
  it('every example has a trace with the parameters read and no free text from the input', () => {
    for (const r of rules)
      for (const ex of r.examples) {
        const result = r.evaluate(ex.input, ex.context);
        const trace = result.trace ?? [];
        expect(trace.filter((s) => s.kind === 'parameter').map((s) => s.id)).toEqual(
          result.parameters.map((p) => p.id),
        );
        const text = JSON.stringify(trace);
        for (const s of freeText(ex.input)) expect(text).not.toContain(s);
      }
  });
});
