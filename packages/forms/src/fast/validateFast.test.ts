import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { basicChecklistForm } from '../national/basicChecklist';
import { validate } from '../validate/validate';
import { compileValidator, validateFast } from './validateFast';

// The exhaustive agreement test (every form, generated and mutated records, hostile input) is
// test/differential/fastPath.test.ts; these cases pin the zod semantics the compiler reproduces.
const same = (schema: z.ZodType, input: unknown): void => {
  expect(validateFast(schema, input)).toStrictEqual(validate(schema, input));
};

describe('validateFast', () => {
  it('agrees with validate on the basic checklist, valid and invalid', () => {
    same(basicChecklistForm.schema, { answers: { q01: 'no' }, heightCm: 150, weightKg: 40 });
    same(basicChecklistForm.schema, { answers: { q01: 'maybe', q12: 'yes' }, heightCm: 400 });
    same(basicChecklistForm.schema, { recordedDate: '2025-02-30' });
    expect(validateFast(basicChecklistForm, { answers: {} }).ok).toBe(true);
  });
  it('returns a copy, like zod, and strips unknown keys of non-strict objects', () => {
    const input = { a: 'x', extra: 1 };
    const r = validateFast(z.object({ a: z.string() }), input);
    expect(r).toStrictEqual({ ok: true, data: { a: 'x' }, issues: [] });
    if (r.ok) expect(r.data).not.toBe(input);
  });
  it('counts code points, as zod does', () => {
    const s = z.strictObject({ t: z.string().max(3) });
    same(s, { t: '𠮷𠮷𠮷' });
    same(s, { t: '𠮷𠮷𠮷𠮷' });
    same(s, { t: '\ud800\ud800\ud800\ud800' });
  });
  it('reproduces union resolution (one open branch → its issues; else invalid_union)', () => {
    const s = z.strictObject({ p: z.union([z.number().int().min(1).max(99), z.literal('－')]) });
    for (const p of [1, 99, 100, 1.5, '－', '-', null, undefined]) same(s, { p });
  });
  it('stops at an array size limit before reading the rows, as zod does', () => {
    const s = z.strictObject({ rows: z.array(z.strictObject({ t: z.string().max(1) })).max(2) });
    same(s, { rows: [{ t: 'xx' }, { t: 'yy' }, { t: 'zz' }] });
    same(s, { rows: [{ t: 'xx' }, { t: 'y' }] });
  });
  it('runs checks in order and stops after an aborting one', () => {
    const s = z.strictObject({ n: z.number().int().min(0).max(5) });
    for (const n of [-1.5, 6.5, 7, -1, 2 ** 60, Number.NaN]) same(s, { n });
  });
  it('reports unreadable input instead of throwing', () => {
    const input = Object.defineProperty({}, 'answers', {
      get(): never {
        throw new Error('boom');
      },
      enumerable: true,
    });
    same(basicChecklistForm.schema, input);
  });
  it('falls back to zod for what it cannot compile, with the same results', () => {
    const refined = z.strictObject({ a: z.string() }).refine((v) => v.a !== 'no');
    const check = compileValidator(refined);
    expect(check.fast).toBe(false);
    same(refined, { a: 'no' });
    same(refined, { a: 'ok' });
    expect(compileValidator(z.strictObject({ d: z.string().default('x') })).fast).toBe(false);
    expect(compileValidator(z.string().email()).fast).toBe(false);
  });
  it('compiles once per schema', () => {
    expect(compileValidator(basicChecklistForm)).toBe(compileValidator(basicChecklistForm.schema));
    expect(compileValidator(basicChecklistForm).fast).toBe(true);
  });
});
