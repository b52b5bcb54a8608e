import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isoDate, valueAt } from '@kaigo/core';
import fc from 'fast-check';
import { markStrings } from '@kaigo/testkit';
import { describe, expect, it } from 'vitest';
import * as api from './index';
import { CSWATCH_DOCUMENTS, EVALUATION_SHEETS, city, parameters, rules } from './index';

/** Replaces every string leaf (except ids that select behaviour) with a unique marker. */
describe('@kaigo/rules-asago catalogue', () => {
  it('every rule is cited, uniquely named and has 1–3 examples that decide or list what is missing', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^asago\.[a-zA-Z]+$/);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const s of rule.sources) expect(s.document).toBe('asago-ikiiki-2024');
      expect(rule.examples.length).toBeGreaterThanOrEqual(1);
      expect(rule.examples.length).toBeLessThanOrEqual(3);
      for (const ex of rule.examples) {
        const r = rule.evaluate(ex.input, ex.context);
        expect(r.rule).toBe(rule.id);
        expect(['decided', 'undetermined'], `${rule.id}: ${ex.title}`).toContain(r.status);
        expect(r.parameters.length).toBeGreaterThan(0);
      }
    }
  });

  it('every parameter is cited, uniquely named, in force on the 要領 date, and exported in `parameters`', () => {
    const ids = parameters.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of parameters) {
      expect(p.id).toMatch(/^asago\.[a-zA-Z]+$/);
      expect(p.citation.document).toBe('asago-ikiiki-2024');
      expect(valueAt(p, isoDate('2024-04-26')).ok).toBe(true);
    }
    const exported = (Object.values(api) as unknown[]).filter(
      (v): v is (typeof parameters)[number] =>
        typeof v === 'object' && v !== null && 'values' in v && 'citation' in v && 'id' in v,
    );
    expect(exported.map((p) => p.id).sort()).toEqual([...ids].sort());
  });

  it('every form the parameters name exists in @kaigo/forms and is marked as modelled', () => {
    const formIds = [
      ...EVALUATION_SHEETS.values[0]!.value.map((s) => s.formId),
      ...CSWATCH_DOCUMENTS.values[0]!.value.documents.flatMap((d) => (d.formId ? [d.formId] : [])),
    ];
    expect(formIds).toEqual([
      'asago.ikiikiSheetSubject',
      'asago.ikiikiSheetCareManager',
      'asago.informationSharingSheet',
    ]);
    for (const id of formIds) expect(city.form(id)?.modelled).toBe(true);
  });

  it('every rule survives arbitrary input and context without throwing', () => {
    for (const rule of rules) {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (input, context) => {
          const r = rule.evaluate(input, context);
          return ['decided', 'undetermined', 'invalid'].includes(r.status);
        }),
        { numRuns: 100 },
      );
      expect(rule.evaluate(undefined, undefined).status).toBe('invalid');
    }
  });

  it('no rule output echoes a string value of its input (markers in every string field of the examples)', () => {
    for (const rule of rules) {
      for (const ex of rule.examples) {
        const markers: string[] = [];
        const marked = markStrings(ex.input, markers);
        const out = JSON.stringify(rule.evaluate(marked, ex.context));
        for (const m of markers) expect(out.includes(m), `${rule.id} echoes ${m}`).toBe(false);
      }
    }
  });

  it('every source file that exports a function carries an @source tag', () => {
    const root = fileURLToPath(new URL('.', import.meta.url));
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : [p];
      });
    for (const file of walk(root).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const text = readFileSync(file, 'utf8');
      if (/export (async )?function /.test(text)) expect(text, file).toContain('@source');
    }
  });
});
