import { describe, expect, it } from 'vitest';
import { isoDate } from '../date/isoDate';
import type { DeadlineRule } from '../deadline/deadlineRule';
import { isDeadlineRule } from '../deadline/isDeadlineRule';
import { defineParameter } from '../params/datedParameter';
import { cite } from '../sources/cite';
import { defineRule } from './defineRule';
import type { RuleInput } from './ruleInput';

const CITE = cite('kobayashi-jiritsu-2025', '３（２）');
const fee = defineParameter<number>({
  id: 'example.fee',
  description: '事前アセスメントの支援額',
  unit: '円/件',
  citation: CITE,
  values: [{ from: isoDate('2025-05-01'), value: 3000 }],
});
const levels = defineParameter<string[]>({
  id: 'example.levels',
  description: '対象の区分',
  citation: CITE,
  values: [{ from: isoDate('2025-05-01'), value: ['support1', 'support2'] }],
});

const startInput: RuleInput<{ start: string; secret?: string }> = {
  parse: (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { start?: unknown }).start === 'string'
      ? { ok: true, data: value as { start: string } }
      : {
          ok: false,
          findings: [
            {
              code: 'input.required',
              severity: 'error',
              message: '支援開始日は必須です。',
              path: ['start'],
            },
          ],
        },
};

const rule = defineRule({
  id: 'example.fee',
  title: '支援額と名簿の期限',
  sources: [CITE],
  input: startInput,
  parameters: [fee, levels],
  examples: [],
  evaluate: (input, env) => {
    const amount = env.value(fee);
    const due = env.deadline(
      '名簿の提出期限',
      { kind: 'daysAfter', days: 10 },
      isoDate(input.start),
    );
    if (input.start === '2000-01-01') throw new Error(`boom ${input.secret ?? ''}`);
    return { decision: { amount, due, levels: env.value(levels).length } };
  },
});

describe('defineRule', () => {
  it('evaluates with the encoded values and explains itself', () => {
    const r = rule({ start: '2025-06-03' }, { referenceDate: '2025-06-10' });
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual({ amount: 3000, due: '2025-06-13', levels: 2 });
    expect(r.sources).toEqual(rule.sources);
    expect(r.parameters.map((p) => [p.id, p.value, p.origin])).toEqual([
      ['example.fee', 3000, undefined],
      ['example.levels', ['support1', 'support2'], undefined],
    ]);
    expect(r.trace).toContainEqual({
      kind: 'date',
      label: '名簿の提出期限',
      phrase: '10日以内',
      from: '2025-06-03',
      to: '2025-06-13',
      convention: '初日不算入',
    });
  });

  it('is a descriptor too', () => {
    expect(rule.id).toBe('example.fee');
    expect(rule.evaluate).toBe(rule);
    expect(rule.parameters).toEqual([fee, levels]);
  });

  it('honours a value override and a dated override', () => {
    const plain = rule(
      { start: '2025-06-03' },
      { referenceDate: '2025-06-10', parameters: { 'example.fee': 3500 } },
    );
    expect(plain.decision).toMatchObject({ amount: 3500 });
    expect(plain.parameters[0]).toMatchObject({
      id: 'example.fee',
      value: 3500,
      origin: 'override',
    });
    const dated = { 'example.fee': { values: [{ from: '2026-04-01', value: 3500 }] } };
    expect(
      rule({ start: '2026-03-03' }, { referenceDate: '2026-03-31', parameters: dated }).decision,
    ).toMatchObject({
      amount: 3000,
    });
    const after = rule(
      { start: '2026-04-03' },
      { referenceDate: '令和8年4月1日', parameters: dated },
    );
    expect(after.decision).toMatchObject({ amount: 3500 });
    expect(after.trace?.[0]).toMatchObject({
      kind: 'parameter',
      id: 'example.fee',
      origin: 'override',
      effectiveFrom: '2026-04-01',
    });
  });

  it('rejects an override of the wrong shape with a clear finding', () => {
    for (const bad of [
      '3500',
      { values: [] },
      { values: [{ from: '2026-02-30', value: 1 }] },
      [1],
      null,
      { value: 'x' },
    ]) {
      const r = rule(
        { start: '2025-06-03' },
        { referenceDate: '2025-06-10', parameters: { 'example.fee': bad } },
      );
      expect(r.status).toBe('invalid');
      expect(r.findings[0]).toMatchObject({
        code: 'context.parameters.invalid',
        path: ['context', 'parameters', 'example.fee'],
      });
    }
    const list = rule(
      { start: '2025-06-03' },
      { referenceDate: '2025-06-10', parameters: { 'example.levels': [1] } },
    );
    expect(list.status).toBe('invalid');
    const ok = rule(
      { start: '2025-06-03' },
      { referenceDate: '2025-06-10', parameters: { 'example.levels': ['care1'] } },
    );
    expect(ok.decision).toMatchObject({ levels: 1 });
  });

  it('reports an override of a parameter it does not read as info', () => {
    const r = rule(
      { start: '2025-06-03' },
      { referenceDate: '2025-06-10', parameters: { 'other.x': 1 } },
    );
    expect(r.status).toBe('decided');
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'context.parameters.unused', severity: 'info' }),
    );
  });

  it('turns an unavailable parameter into a cited finding', () => {
    const r = rule({ start: '2025-04-03' }, { referenceDate: '2025-04-10' });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]).toMatchObject({ code: 'parameter.outOfRange', citation: CITE });
  });

  it('never throws, and never echoes the input', () => {
    const r = rule(
      { start: '2000-01-01', secret: 'MARKER-架空' },
      { referenceDate: '2025-06-10', parameters: { 'example.fee': 1 } },
    );
    expect(r.findings.map((f) => f.code)).toEqual(['internal.error']);
    expect(JSON.stringify(r)).not.toContain('MARKER');
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap MARKER');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    for (const context of [
      hostile,
      { referenceDate: '2025-06-10', parameters: hostile },
      null,
      'x',
      undefined,
    ]) {
      const out = rule({ start: '2025-06-03' }, context);
      expect(out.status).toBe('invalid');
      expect(JSON.stringify(out)).not.toContain('MARKER');
    }
    expect(rule(hostile, { referenceDate: '2025-06-10' }).status).toBe('invalid');
    expect(rule(undefined, { referenceDate: '2025-06-10' }).findings[0]?.code).toBe(
      'input.required',
    );
  });
});

describe('overrides of object-valued parameters', () => {
  const table = defineParameter<{ a: { x: number; y: number }; b: number }>({
    id: 'example.table',
    description: '料金表',
    citation: CITE,
    values: [
      { from: isoDate('2025-05-01'), value: { a: { x: 1, y: 2 }, b: 3 } },
      { from: isoDate('2026-04-01'), value: { a: { x: 10, y: 20 }, b: 30 } },
    ],
  });
  const read = defineRule({
    id: 'example.table',
    title: '料金表を読む',
    sources: [CITE],
    input: { parse: () => ({ ok: true, data: {} }) },
    parameters: [table],
    examples: [],
    evaluate: (_input, env) => ({ decision: env.value(table) }),
  });
  const at = (referenceDate: string, override: unknown) =>
    read({}, { referenceDate, parameters: { 'example.table': override } }).decision;

  it('changes only the keys a partial object names, in every dated value', () => {
    expect(at('2025-06-01', { a: { y: 5 } })).toEqual({ a: { x: 1, y: 5 }, b: 3 });
    expect(at('2026-06-01', { a: { y: 5 } })).toEqual({ a: { x: 10, y: 5 }, b: 30 });
  });

  it('patches the value in force at a dated override', () => {
    const dated = { values: [{ from: '2026-05-01', value: { b: 99 } }] };
    expect(at('2026-04-15', dated)).toEqual({ a: { x: 10, y: 20 }, b: 30 });
    expect(at('2026-05-01', dated)).toEqual({ a: { x: 10, y: 20 }, b: 99 });
  });

  it('refuses unknown keys and wrong types, and never pollutes prototypes', () => {
    for (const bad of [
      { c: 1 },
      { a: { x: 'one' } },
      JSON.parse('{"__proto__": {"polluted": 1}}'),
    ]) {
      expect(
        read({}, { referenceDate: '2025-06-01', parameters: { 'example.table': bad } }).status,
      ).toBe('invalid');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('a parameter that declares what it accepts', () => {
  const deadline = defineParameter<DeadlineRule>({
    id: 'example.deadline',
    description: '連絡期限',
    citation: CITE,
    values: [{ from: isoDate('2024-04-01'), value: { kind: 'weeksAfter', weeks: 2 } }],
    accepts: isDeadlineRule,
  });
  const due = defineRule({
    id: 'example.due',
    title: '期限',
    sources: [CITE],
    input: { parse: () => ({ ok: true, data: {} }) },
    parameters: [deadline],
    examples: [],
    evaluate: (_input, env) => ({
      decision: env.deadline('連絡期限', env.value(deadline), isoDate('2025-04-01')),
    }),
  });
  const ctx = (value: unknown) => ({
    referenceDate: '2025-04-01',
    parameters: { 'example.deadline': value },
  });

  it('takes another kind of phrase (2週間以内 → 10日以内)', () => {
    expect(due({}, ctx({ kind: 'daysAfter', days: 10 })).decision).toBe('2025-04-11');
    expect(due({}, ctx({ weeks: 1 })).decision).toBe('2025-04-08');
  });

  it('refuses what it does not accept', () => {
    for (const bad of [
      { kind: 'daysAfter', days: -3 },
      { kind: 'soon' },
      { kind: 'daysAfter', days: 1, weeks: 1 },
    ]) {
      expect(due({}, ctx(bad)).status).toBe('invalid');
    }
  });
});
