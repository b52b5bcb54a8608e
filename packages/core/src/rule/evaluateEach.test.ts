import { describe, expect, it } from 'vitest';
import { isoDate } from '../date/isoDate';
import { defineParameter } from '../params/datedParameter';
import { ruleResult } from '../result/build';
import type { RuleResult } from '../result/types';
import { cite } from '../sources/cite';
import { defineRule } from './defineRule';
import { evaluateEach } from './evaluateEach';
import type { RuleDescriptor } from './ruleDescriptor';

const CITE = cite('kobayashi-jiritsu-2025', '３（２）');
const days = defineParameter<number>({
  id: 'example.days',
  description: '提出までの日数',
  citation: CITE,
  values: [{ from: isoDate('2025-05-01'), value: 10 }],
});

const due = defineRule<{ start: string }, { due: string }>({
  id: 'example.due',
  title: '提出期限',
  sources: [CITE],
  input: {
    parse: (v) =>
      typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'string'
        ? { ok: true, data: v as { start: string } }
        : {
            ok: false,
            findings: [
              { code: 'input.required', severity: 'error', message: '必須です。', path: ['start'] },
            ],
          },
  },
  parameters: [days],
  examples: [],
  evaluate: (input, env) => ({
    decision: {
      due: env.deadline(
        '提出期限',
        { kind: 'daysAfter', days: env.value(days) },
        isoDate(input.start),
      ),
    },
  }),
});

const context = { referenceDate: '2025-06-01' };

describe('evaluateEach', () => {
  it('streams compact results in order without keeping them', () => {
    // #region evaluateEach
    const late: number[] = [];
    const summary = evaluateEach(
      due,
      [{ start: '2025-06-01' }, {}, { start: '2025-06-20' }],
      context,
      (r, i) => {
        if (r.status !== 'decided') late.push(i);
      },
    );
    expect(summary.count).toBe(3);
    expect(summary.statuses).toEqual({ decided: 2, undetermined: 0, invalid: 1 });
    expect(late).toEqual([1]);
    // #endregion evaluateEach
  });

  it('gives the same decision and findings as the rule, without parameters or trace', () => {
    const seen: unknown[] = [];
    evaluateEach(due, [{ start: '2025-06-01' }, 3], context, (r) => seen.push(r));
    expect(seen).toEqual([
      {
        rule: 'example.due',
        status: 'decided',
        decision: { due: '2025-06-11' },
        findings: [],
        missing: [],
      },
      {
        rule: 'example.due',
        status: 'invalid',
        findings: due.evaluate(3, context).findings,
        missing: [],
      },
    ]);
  });

  it('gives full results on request', () => {
    const seen: RuleResult<{ due: string }>[] = [];
    evaluateEach(due, [{ start: '2025-06-01' }], context, (r) => seen.push(r), { result: 'full' });
    expect(seen).toEqual([due.evaluate({ start: '2025-06-01' }, context)]);
    expect(seen[0]?.trace?.length).toBeGreaterThan(0);
  });

  it('reports an invalid context on every result, read once', () => {
    const statuses: string[] = [];
    const s = evaluateEach(due, [{ start: '2025-06-01' }, {}], { referenceDate: 'x' }, (r) =>
      statuses.push(r.findings[0]?.code ?? ''),
    );
    expect(statuses).toEqual(['context.referenceDate.invalid', 'context.referenceDate.invalid']);
    expect(s.statuses.invalid).toBe(2);
  });

  it('applies parameter overrides of the shared context', () => {
    const seen: unknown[] = [];
    evaluateEach(
      due,
      [{ start: '2025-06-01' }],
      { ...context, parameters: { 'example.days': 14 } },
      (r) => seen.push(r.decision),
    );
    expect(seen).toEqual([{ due: '2025-06-15' }]);
  });

  it('reports inputs that cannot be iterated instead of throwing', () => {
    const never = (): void => {
      throw new Error('not called');
    };
    expect(
      evaluateEach(due, 42 as unknown as Iterable<unknown>, context, never).findings[0]?.code,
    ).toBe('batch.inputs.type');
    function* broken(): Generator<unknown> {
      yield { start: '2025-06-01' };
      throw new Error('disk');
    }
    const s = evaluateEach(due, broken(), context, () => undefined);
    expect(s.count).toBe(1);
    expect(s.findings.map((f) => f.code)).toEqual(['batch.inputs.unreadable']);
  });

  it('works with descriptors that are not declared with defineRule', () => {
    const plain: RuleDescriptor<boolean> = {
      id: 'example.plain',
      title: '例',
      sources: [CITE],
      examples: [],
      evaluate: () => ruleResult({ rule: 'example.plain', sources: [CITE], decision: true }),
    };
    const seen: unknown[] = [];
    evaluateEach(plain, [1], context, (r) => seen.push(r));
    expect(seen).toEqual([
      { rule: 'example.plain', status: 'decided', decision: true, findings: [], missing: [] },
    ]);
  });
});
