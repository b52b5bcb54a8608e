import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldMeta } from '../meta/fieldMeta';
import { validate } from '../validate/validate';
import { nationalFixtures } from '../../test/fixtures/index';
import { nationalForms } from './index';

const MARK = 'MARKER_架空_0123456789';

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
};
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Visits every object property (unwrapping optional), with its path. */
function walkFields(
  schema: z.ZodType,
  path: string[],
  visit: (field: z.ZodType, path: string[]) => void,
): void {
  let s = schema;
  while (def(s).type === 'optional') s = def(s).innerType as z.ZodType;
  const d = def(s);
  if (d.type === 'object')
    for (const [k, v] of Object.entries(d.shape ?? {})) {
      visit(v, [...path, k]);
      walkFields(v, [...path, k], visit);
    }
  else if (d.type === 'array') walkFields(d.element as z.ZodType, [...path, '[]'], visit);
  else if (d.type === 'union') for (const o of d.options ?? []) walkFields(o, path, visit);
}

const unwrap = (s: z.ZodType): z.ZodType => {
  let x = s;
  while (def(x).type === 'optional') x = def(x).innerType as z.ZodType;
  return x;
};

/** Replaces every string leaf with a long marker and every other leaf with the marker. */
function poison(value: unknown, mode: 'longStrings' | 'allLeaves'): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, mode));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = poison(v, mode);
    out[MARK] = MARK;
    return out;
  }
  if (typeof value === 'string') return MARK + 'あ'.repeat(5000);
  return mode === 'allLeaves' ? MARK : value;
}

const ALL_IDS = [
  'national.basicChecklist',
  'national.userBasicInfo',
  'national.preventionPlan',
  'national.preventionEvaluation',
  'national.carePlan1',
  'national.carePlan2',
  'national.carePlan3',
  'national.carePlan4',
  'national.carePlan5',
  'national.carePlan6',
  'national.carePlan7',
  'national.userSupplement',
  'national.issueSummary',
  'national.issueSummaryEvaluation',
  'national.assessment',
  'national.monitoringRecord',
];

describe('national forms registry', () => {
  it('has every form of issue 3 with unique ids and ASCII type names', () => {
    expect(nationalForms.map((f) => f.id)).toEqual(ALL_IDS);
    const typeNames = nationalForms.map((f) => f.typeName);
    expect(new Set(typeNames).size).toBe(typeNames.length);
    for (const f of nationalForms) {
      expect(f.typeName).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(f.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(f.city).toBeUndefined();
    }
    expect(nationalForms.filter((f) => f.modelled).map((f) => f.id)).toEqual([
      'national.monitoringRecord',
    ]);
  });
  it('has fixtures for every form', () => {
    expect(nationalFixtures.map((f) => f.formId)).toEqual(ALL_IDS);
  });
});

for (const form of nationalForms) {
  const fixtures = nationalFixtures.find((f) => f.formId === form.id);
  describe(form.id, () => {
    it('labels every field in Japanese and names the code table of every coded field', () => {
      let fields = 0;
      walkFields(form.schema, [], (field, path) => {
        fields++;
        const inner = unwrap(field);
        const meta = fieldMeta.get(inner) ?? fieldMeta.get(field);
        const where = path.join('.');
        const isRowObject = def(inner).type === 'object' && path.at(-1) === '[]';
        if (!isRowObject) expect(meta?.label, where).toMatch(/\S/);
        if (def(inner).type === 'enum') expect(meta?.codeTable, where).toBeTruthy();
      });
      expect(fields).toBeGreaterThan(3);
      expect(z.globalRegistry.get(form.schema)).toBeUndefined();
    });
    it('reports unknown keys instead of dropping them', () => {
      const r = validate(form, { [MARK]: 1 });
      expect(r.ok).toBe(false);
      expect(r.issues.some((i) => i.code === 'unrecognized_key' && i.path[0] === MARK)).toBe(true);
    });
    for (const v of fixtures?.valid ?? []) {
      it(`valid: ${v.name}`, () => {
        const r = validate(form, v.input);
        expect(r.issues).toEqual([]);
        expect(r.ok).toBe(true);
      });
    }
    for (const inv of fixtures?.invalid ?? []) {
      it(`invalid: ${inv.name}`, () => {
        const r = validate(form, inv.input);
        expect(r.ok).toBe(false);
        const got = r.issues.map((i) => ({ code: i.code, path: i.path }));
        expect(got).toEqual(inv.expected.map((e) => ({ code: e.code, path: e.path })));
        inv.expected.forEach((e, i) => {
          const issue = r.issues[i];
          if (e.label !== undefined) expect(issue?.label).toBe(e.label);
          expect(issue?.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
          if (issue?.label && issue.code !== 'unrecognized_key')
            expect(issue.message.startsWith(issue.label)).toBe(true);
        });
      });
    }
    it('never echoes input values in messages, and never throws', () => {
      for (const v of fixtures?.valid ?? []) {
        for (const mode of ['longStrings', 'allLeaves'] as const) {
          const r = validate(form, poison(v.input, mode));
          expect(r.ok).toBe(false);
          for (const i of r.issues) {
            expect(i.message).not.toContain(MARK);
            expect(i.label).not.toContain(MARK);
          }
        }
      }
      for (const input of [undefined, null, 0, MARK, [MARK], { then: MARK }]) {
        const r = validate(form, input);
        expect(r.ok).toBe(false);
        for (const i of r.issues) expect(i.message).not.toContain(MARK);
      }
    });
  });
}
