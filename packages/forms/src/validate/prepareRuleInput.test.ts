import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { withMeta } from '../meta/fieldMeta';
import { prepareRuleInput } from './prepareRuleInput';

const MARKER = 'ZQX秘密ZQX';
const schema = z.strictObject({
  name: withMeta(z.string().max(3), { label: '氏名' }),
  count: withMeta(z.number().int(), { label: '回数' }).optional(),
});

describe('prepareRuleInput', () => {
  it('returns the typed data and the parsed context', () => {
    const p = prepareRuleInput(
      schema,
      { name: 'あ', count: 2 },
      { referenceDate: '令和6年4月1日' },
    );
    expect(p).toEqual({
      ok: true,
      data: { name: 'あ', count: 2 },
      context: { referenceDate: '2024-04-01' },
    });
  });

  it('turns validation issues into input.<code> error findings with path and label', () => {
    const p = prepareRuleInput(schema, { count: 1.5 }, { referenceDate: '2024-04-01' });
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['input.required', 'error', ['name']],
      ['input.invalid_type', 'error', ['count']],
    ]);
    expect(p.findings[0]?.message).toContain('氏名');
  });

  it('reports a bad context and bad input together, context first, unprefixed', () => {
    const p = prepareRuleInput(schema, {}, { referenceDate: MARKER });
    expect(!p.ok && p.findings.map((f) => [f.code, f.path])).toEqual([
      ['context.referenceDate.invalid', ['referenceDate']],
      ['input.required', ['name']],
    ]);
    const none = prepareRuleInput(schema, { name: 'あ' }, undefined);
    expect(!none.ok && none.findings.map((f) => f.code)).toEqual(['context.type']);
  });

  it('never echoes input values and never throws', () => {
    for (const input of [
      { name: MARKER },
      { name: 'あ', [MARKER]: MARKER },
      MARKER,
      null,
      [MARKER],
    ]) {
      const p = prepareRuleInput(schema, input, { referenceDate: '2024-04-01' });
      expect(p.ok).toBe(false);
      if (!p.ok) for (const f of p.findings) expect(f.message).not.toContain(MARKER);
    }
  });

  it('points an unknown key at the key, or at its parent when asked', () => {
    const input = { name: 'あ', nested: 1, [MARKER]: 1 };
    const ctx = { referenceDate: '2024-04-01' };
    const byKey = prepareRuleInput(schema, input, ctx);
    expect(!byKey.ok && byKey.findings.map((f) => [f.code, f.path])).toEqual([
      ['input.unrecognized_key', ['nested']],
      ['input.unrecognized_key', [MARKER]],
    ]);
    const byParent = prepareRuleInput(schema, input, ctx, { unknownKeyPath: 'parent' });
    expect(!byParent.ok && byParent.findings.map((f) => [f.code, f.path])).toEqual([
      ['input.unrecognized_key', []],
      ['input.unrecognized_key', []],
    ]);
    expect(JSON.stringify(byParent)).not.toContain(MARKER);
  });
});
