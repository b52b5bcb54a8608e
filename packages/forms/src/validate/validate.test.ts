import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { withMeta } from '../meta/fieldMeta';
import { validate } from './validate';

const schema = z.strictObject({
  kind: withMeta(z.enum(['a', 'b']), { label: '区分' }),
  mark: withMeta(z.union([z.number().int(), z.literal('－')]), { label: '印' }),
  flag: withMeta(z.literal('x'), { label: '固定' }),
  note: withMeta(z.string().max(3), { label: '備考' }).optional(),
});

describe('validate', () => {
  it('reports a missing enum, union or literal as required (not as a bad code)', () => {
    const r = validate(schema, {});
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['required', 'kind', '区分: 必須項目です。'],
      ['required', 'mark', '印: 必須項目です。'],
      ['required', 'flag', '固定: 必須項目です。'],
    ]);
  });
  it('keeps invalid_value for a present but unknown code, without echoing it', () => {
    const r = validate(schema, { kind: 'SECRET_VALUE', mark: 1, flag: 'x', note: 'SECRET' });
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'kind'],
      ['too_big', 'note'],
    ]);
    for (const i of r.issues) expect(i.message).not.toContain('SECRET');
  });
  it('does not touch the global zod configuration', () => {
    validate(schema, {});
    const plain = schema.safeParse({});
    expect(plain.success).toBe(false);
    expect(plain.error?.issues[0]?.message).not.toContain('必須');
  });
});
