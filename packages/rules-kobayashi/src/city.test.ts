import { describe, expect, it } from 'vitest';
import { MARKER } from '../test/helpers';
import { buildInvoice, city, listDeadlines, lookupFee, parameters, rules } from './index';

describe('city (defineCity)', () => {
  it('lists the rules in the order of the 要領 and every parameter', () => {
    expect(city.id).toBe('kobayashi');
    expect(city.sources.map((s) => s.id)).toEqual(['kobayashi-jiritsu-2025']);
    expect(rules.map((r) => r.id)).toEqual([
      'kobayashi.eligibility',
      'kobayashi.contractRequirements',
      'kobayashi.fee',
      'kobayashi.invoice',
      'kobayashi.deadlines',
      'kobayashi.nextStep',
      'kobayashi.documentCompleteness',
      'kobayashi.programCoverage',
    ]);
    expect(parameters).toBe(city.parameters);
    expect(city.rule('deadlines')).toBe(listDeadlines);
  });
});

describe('overrides through the context', () => {
  it('what if the 事前アセスメント fee were 3,500円 from 2026-04-01', () => {
    const table = city.parameter('kobayashi.fees')?.values[0]?.value as {
      serviceProvider: Record<string, number>;
      careManagement: Record<string, number>;
    };
    const value = {
      serviceProvider: { ...table.serviceProvider, preAssessment: 3500 },
      careManagement: { ...table.careManagement, preAssessment: 3500 },
    };
    const context = (referenceDate: string) => ({
      referenceDate,
      parameters: { 'kobayashi.fees': { values: [{ from: '2026-04-01', value }] } },
    });
    const input = (date: string) => ({ officeKind: 'kyotaku', activity: 'preAssessment', date });
    const after = lookupFee(input('2026-04-01'), context('2026-04-01'));
    expect(after.decision?.amount).toBe(3500);
    expect(after.parameters[0]?.origin).toBe('override');
    const before = lookupFee(input('2026-03-31'), context('2026-04-01'));
    expect(before.decision?.amount).toBe(3000);
    expect(before.parameters[0]?.origin).toBeUndefined();
  });

  it('a badly shaped override is an error finding, not a throw', () => {
    const r = lookupFee(
      { officeKind: 'kyotaku', activity: 'preAssessment', date: '2025-07-01' },
      { referenceDate: '2025-07-01', parameters: { 'kobayashi.fees': 'many' } },
    );
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('context.parameters.invalid');
  });
});

describe('trace', () => {
  it('shows the deadline arithmetic: 支援開始後10日以内 2025-06-03 → 2025-06-13, initial day not counted', () => {
    const r = listDeadlines(
      { officeKind: 'tsusho', shortTermIntensiveC: false, events: { supportStart: '2025-06-03' } },
      { referenceDate: '2025-06-05' },
    );
    expect(r.trace).toContainEqual({
      kind: 'date',
      label: '「対象者名簿」を市に提出の期限 — 支援開始後10日以内',
      phrase: '10日以内',
      from: '2025-06-03',
      to: '2025-06-13',
      convention: '初日不算入',
    });
    expect(r.trace).toContainEqual(
      expect.objectContaining({ kind: 'parameter', id: 'kobayashi.deadlineSchedule' }),
    );
  });

  it('never carries input strings (利用者の識別子)', () => {
    const r = buildInvoice(
      {
        officeKind: 'kyotaku',
        billingMonth: '2025-06',
        budgetRemaining: 1000,
        activities: [{ userRef: MARKER, activity: 'preAssessment', date: '2025-06-10' }],
      },
      { referenceDate: '2025-07-01' },
    );
    expect(r.decision?.lines[0]?.userRef).toBe(MARKER);
    expect(JSON.stringify(r.trace)).not.toContain('MARKER');
    expect(r.trace).toContainEqual(
      expect.objectContaining({ kind: 'condition', code: 'invoice.overBudget', outcome: true }),
    );
  });
});
