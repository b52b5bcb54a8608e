import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../date/isoDate';
import type { RuleInput } from '../rule/ruleInput';
import { DEFAULT_AGENDA_HORIZON_DAYS } from './defaultHorizon';
import { defineAgenda } from './defineAgenda';
import { createAgendaTally } from './agendaTally';
import { runAgenda } from './runAgenda';
import { streamAgenda } from './streamAgenda';
import type { AgendaItemDraft } from './types';

interface ToyCase {
  readonly due?: string;
  readonly done?: string;
  readonly boom?: boolean;
}

const toyInput: RuleInput<ToyCase> = {
  parse: (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ok: true, data: value as ToyCase }
      : {
          ok: false,
          findings: [
            { code: 'input.type', severity: 'error', message: 'オブジェクトで指定してください。' },
          ],
        },
};

const citation = { document: 'kobayashi-jiritsu-2025', section: '３' } as const;

const toy = defineAgenda<ToyCase>({
  id: 'toy.agenda',
  title: '試しの予定表',
  caseInput: toyInput,
  items: (c, env): AgendaItemDraft[] => {
    if (c.boom) throw new Error('boom');
    const base = { id: 'submit', ruleId: 'toy.rule', what: '提出', citation };
    if (c.due === undefined) return [{ ...base, status: 'unknown', missing: ['起点の日'] }];
    const due = c.due as IsoDate;
    if (c.done) return [{ ...base, due, status: 'met', late: c.done > due }];
    return [{ ...base, due, status: due < env.referenceDate ? 'overdue' : 'pending' }];
  },
});

const ctx = { referenceDate: '2025-07-01' };

describe('runAgenda', () => {
  it('sorts by due date, unknown last, stable for ties, and marks dueSoon within the horizon', () => {
    // #region runAgenda
    const r = runAgenda(
      toy,
      [
        { caseRef: 'K-003', input: {} },
        { caseRef: 'K-001', input: { due: '2025-07-10' } },
        { caseRef: 'K-002', input: { due: '2025-06-20' } },
        { caseRef: 'K-004', input: { due: '2025-07-10' } },
        { caseRef: 'K-005', input: { due: '2025-06-01', done: '2025-06-05' } },
        { caseRef: 'K-006', input: { due: '2025-09-01' } },
      ],
      ctx,
    );
    expect(r.items.map((i) => [i.caseRef, i.status])).toEqual([
      ['K-005', 'met'],
      ['K-002', 'overdue'],
      ['K-001', 'dueSoon'],
      ['K-004', 'dueSoon'],
      ['K-003', 'unknown'],
    ]);
    expect(r.summary.byStatus).toEqual({ overdue: 1, dueSoon: 2, pending: 1, met: 1, unknown: 1 });
    expect(r.summary.beyondHorizon).toBe(1); // K-006 (2025-09-01) is beyond 14 days
    // #endregion runAgenda
    expect(r.items[0]?.late).toBe(true);
    expect(r.items[4]?.missing).toEqual(['起点の日']);
    expect(r.summary.byRule).toEqual({ 'toy.rule': 6 });
  });

  it('uses a 14-day default horizon, inclusive, and honours horizonDays', () => {
    expect(DEFAULT_AGENDA_HORIZON_DAYS).toBe(14);
    const cases = [
      { caseRef: 'A', input: { due: '2025-07-15' } },
      { caseRef: 'B', input: { due: '2025-07-16' } },
    ];
    expect(runAgenda(toy, cases, ctx).items.map((i) => i.caseRef)).toEqual(['A']);
    const wide = runAgenda(toy, cases, { ...ctx, horizonDays: 30 });
    expect(wide.items.map((i) => i.status)).toEqual(['dueSoon', 'dueSoon']);
    const none = runAgenda(toy, cases, { ...ctx, horizonDays: 0 });
    expect(none.items).toEqual([]);
    expect(none.summary.byStatus.pending).toBe(2);
  });

  it('reports bad cases per case and goes on', () => {
    const r = runAgenda(
      toy,
      [
        null,
        { caseRef: '', input: {} },
        { caseRef: 'x'.repeat(201), input: {} },
        { caseRef: 42, input: {} },
        { caseRef: 'K-010', input: 'not an object' },
        { caseRef: 'K-011', input: { boom: true } },
        {
          get caseRef(): string {
            throw new Error('getter');
          },
        },
        { caseRef: 'K-012', input: { due: '2025-07-02' } },
      ],
      ctx,
    );
    expect(r.items.map((i) => i.caseRef)).toEqual(['K-012']);
    expect(r.cases.map((c) => c.findings[0]?.code ?? 'ok')).toEqual([
      'agenda.case.type',
      'agenda.caseRef.invalid',
      'agenda.caseRef.invalid',
      'agenda.caseRef.invalid',
      'input.type',
      'internal.error',
      'agenda.case.unreadable',
      'ok',
    ]);
    expect(r.cases[4]?.findings[0]?.path).toEqual(['input']);
    expect(r.summary.cases).toEqual({ total: 8, invalid: 7 });
  });

  it('never throws on a bad caseload or context', () => {
    expect(runAgenda(toy, 'nope', ctx).findings[0]?.code).toBe('agenda.caseload.type');
    expect(runAgenda(toy, [], {}).findings[0]?.code).toBe('context.referenceDate.missing');
    expect(runAgenda(toy, [], { ...ctx, horizonDays: 1.5 }).findings[0]?.code).toBe(
      'context.horizonDays.invalid',
    );
    expect(runAgenda(toy, [], null).findings[0]?.code).toBe('context.type');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(runAgenda(toy, revoked.proxy, ctx).findings[0]?.code).toBe('agenda.caseload.type');
  });

  it('keeps caseRef opaque (never parsed, passed through as given)', () => {
    const ref = ' 2025-07-01,"K"\n';
    expect(
      runAgenda(toy, [{ caseRef: ref, input: { due: '2025-07-01' } }], ctx).items[0]?.caseRef,
    ).toBe(ref);
  });
});

describe('streamAgenda', () => {
  it('yields one outcome per case, lazily, from any iterable', () => {
    let produced = 0;
    function* cases(): Generator<unknown> {
      for (let i = 0; i < 20_000; i++) {
        produced++;
        yield { caseRef: `K-${i}`, input: { due: '2025-07-05' } };
      }
    }
    const it = streamAgenda(toy, cases(), ctx);
    const first = it.next();
    expect(first.done).toBe(false);
    expect(produced).toBe(1);
    let n = 1;
    let items = first.value?.items.length ?? 0;
    for (const c of it) {
      n++;
      items += c.items.length;
    }
    expect(items).toBe(20_000);
    expect(n).toBe(20_000);
  });

  it('stops with a finding when the iterable throws', () => {
    function* broken(): Generator<unknown> {
      yield { caseRef: 'K-1', input: {} };
      throw new Error('io');
    }
    const out = [...streamAgenda(toy, broken(), ctx)];
    expect(out.map((c) => c.status)).toEqual(['ok', 'invalid']);
    expect(out[1]?.findings[0]?.code).toBe('agenda.caseload.unreadable');
  });

  it('yields a single index -1 outcome for a bad context', () => {
    const out = [...streamAgenda(toy, [{ caseRef: 'K', input: {} }], { referenceDate: 'x' })];
    expect(out).toHaveLength(1);
    expect(out[0]?.index).toBe(-1);
  });

  it('groups cases (office, ささえりあ, care manager) into a status sheet per group, with per-case counts', () => {
    // #region agendaGroups
    const r = runAgenda(
      toy,
      [
        { caseRef: 'K-1', group: 'O-2', input: { due: '2025-06-20' } },
        { caseRef: 'K-2', group: 'O-1', input: { due: '2025-07-05' } },
        { caseRef: 'K-3', group: 'O-1', input: { due: '2025-09-01' } },
        { caseRef: 'K-4', input: { due: '2025-06-01', done: '2025-06-01' } },
        { caseRef: 'K-5', group: '__proto__', input: {} },
      ],
      ctx,
    );
    expect(Object.keys(r.summary.byGroup)).toEqual(['O-1', 'O-2', '__proto__']);
    expect(r.summary.byGroup['O-1']).toEqual({
      cases: 2,
      byStatus: { overdue: 0, dueSoon: 1, pending: 1, met: 0, unknown: 0 },
      byRule: { 'toy.rule': 2 },
      nextDue: '2025-07-05',
    });
    expect(r.summary.byGroup['O-2']?.byStatus.overdue).toBe(1);
    expect(r.items.find((i) => i.caseRef === 'K-2')?.group).toBe('O-1');
    expect(r.cases[2]?.byStatus.pending).toBe(1); // 見通し期間より後の項目も事例の集計に数える
    expect(r.groupLabel).toBe('担当'); // 宣言に groupLabel がないときの既定
    // #endregion agendaGroups
  });

  it('reports a group that is not a short string as a case finding', () => {
    const r = runAgenda(
      toy,
      [
        { caseRef: 'K', group: 7, input: {} },
        { caseRef: 'L', group: '', input: {} },
      ],
      ctx,
    );
    expect(r.cases.map((c) => c.findings[0]?.code)).toEqual([
      'agenda.group.invalid',
      'agenda.group.invalid',
    ]);
    expect(r.summary.byGroup).toEqual({});
  });

  it('tallies a stream without holding it (createAgendaTally gives runAgenda’s summary)', () => {
    const cases = [
      { caseRef: 'K-1', group: 'A', input: { due: '2025-06-20' } },
      { caseRef: 'K-2', input: {} },
    ];
    const tally = createAgendaTally();
    for (const c of streamAgenda(toy, cases, ctx)) tally.add(c);
    expect(tally.summary()).toEqual(runAgenda(toy, cases, ctx).summary);
  });
});
