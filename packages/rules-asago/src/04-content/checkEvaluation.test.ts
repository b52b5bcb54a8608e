import { describe, expect, it } from 'vitest';
import { checkEvaluation } from './checkEvaluation';

const BOTH = ['subject', 'careManager'];
const ctx = (referenceDate: string) => ({ referenceDate });

describe('checkEvaluation', () => {
  it.each([
    ['pre', '2024-05-09', false],
    ['pre', '2024-05-10', true],
    ['pre', '2024-06-10', true],
    ['pre', '2024-06-11', false],
    ['interim1', '2024-11-30', false],
    ['interim1', '2024-12-01', true],
    ['interim1', '2024-12-31', true],
    ['interim1', '2025-01-01', false],
    ['interim2', '2025-09-30', false],
    ['interim2', '2025-10-01', true],
    ['interim2', '2025-10-31', true],
    ['interim2', '2025-11-01', false],
    ['post', '2026-09-30', false],
    ['post', '2026-10-01', true],
    ['post', '2026-10-31', true],
    ['post', '2026-11-01', false],
  ])('%s on %s within window: %s', (kind, day, inside) => {
    const r = checkEvaluation(
      { kind, evaluatedOn: day, sheets: BOTH, submittedOn: '2024-06-10' },
      ctx('2026-12-01'),
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.withinWindow).toBe(inside);
    expect(r.decision?.acceptable).toBe(inside);
    if (!inside)
      expect(r.findings.map((f) => f.code)).toContain(
        day < (r.decision?.window?.from ?? '')
          ? 'evaluation.beforeWindow'
          : 'evaluation.afterWindow',
      );
  });

  it('reports the days early or late in the message', () => {
    const r = checkEvaluation(
      { kind: 'interim1', evaluatedOn: '2025-01-03', sheets: BOTH },
      ctx('2025-01-04'),
    );
    expect(r.findings[0]?.message).toContain('3日過ぎています');
  });

  it('requires both sheets', () => {
    const r = checkEvaluation(
      { kind: 'interim1', evaluatedOn: '2024-12-10', sheets: ['subject'] },
      ctx('2024-12-11'),
    );
    expect(r.decision).toMatchObject({
      sheetsComplete: false,
      missingSheets: ['careManager'],
      acceptable: false,
    });
    expect(r.findings[0]?.message).toContain('いきいき長生き応援シート（ケアマネジャー用）');
  });

  it('flags unknown sheet ids without echoing them', () => {
    const r = checkEvaluation(
      { kind: 'interim1', evaluatedOn: '2024-12-10', sheets: [...BOTH, 'ZQXsecretQXZ'] },
      ctx('2024-12-11'),
    );
    expect(r.decision?.acceptable).toBe(true);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['evaluation.sheetUnknown', ['sheets', 2]],
    ]);
    expect(JSON.stringify(r)).not.toContain('ZQX');
  });

  it.each([
    ['2024-06-10', true],
    ['2024-06-11', false],
  ])('事前評価 submitted on %s on time: %s', (submittedOn, onTime) => {
    const r = checkEvaluation(
      { kind: 'pre', evaluatedOn: '2024-06-01', sheets: BOTH, submittedOn },
      ctx('2024-06-20'),
    );
    expect(r.decision?.submittedOnTime).toBe(onTime);
    expect(r.decision?.acceptable).toBe(onTime);
  });

  it('a missing submission date after the deadline is undetermined, not late', () => {
    const r = checkEvaluation(
      { kind: 'pre', evaluatedOn: '2024-06-01', sheets: BOTH },
      ctx('2024-06-11'),
    );
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual([{ path: ['submittedOn'], label: '事務局への提出日' }]);
  });

  it('before the deadline a missing submission date is not needed', () => {
    const r = checkEvaluation(
      { kind: 'pre', evaluatedOn: '2024-06-01', sheets: BOTH },
      ctx('2024-06-10'),
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.submittedOnTime).toBeNull();
  });

  it('missing date and sheets → undetermined with both listed', () => {
    const r = checkEvaluation({ kind: 'post' }, ctx('2026-11-01'));
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path[0])).toEqual(['evaluatedOn', 'sheets']);
  });

  it('an error decides even when something else is missing', () => {
    const r = checkEvaluation({ kind: 'post', evaluatedOn: '2026-11-05' }, ctx('2026-11-06'));
    expect(r.status).toBe('decided');
    expect(r.decision?.acceptable).toBe(false);
    expect(r.missing.map((m) => m.path[0])).toEqual(['sheets']);
  });

  it('facility admission: 事後評価 at that point is within its window; the regular October is not required', () => {
    const events = [{ kind: 'facilityAdmission', date: '2025-03-01' }];
    const atThatPoint = checkEvaluation(
      { kind: 'post', evaluatedOn: '2025-03-01', sheets: BOTH, events },
      ctx('2025-03-02'),
    );
    expect(atThatPoint.decision).toMatchObject({
      required: true,
      withinWindow: true,
      acceptable: true,
      window: { from: '2025-03-01', to: '2027-03-31' },
    });
    const dayBefore = checkEvaluation(
      { kind: 'post', evaluatedOn: '2025-02-28', sheets: BOTH, events },
      ctx('2025-03-02'),
    );
    expect(dayBefore.decision?.withinWindow).toBe(false);
  });

  it('death: a later interim evaluation is not required (warning when dated after the death)', () => {
    const r = checkEvaluation(
      {
        kind: 'interim2',
        evaluatedOn: '2025-10-10',
        sheets: BOTH,
        events: [{ kind: 'death', date: '2025-06-30' }],
      },
      ctx('2025-10-11'),
    );
    expect(r.decision).toMatchObject({
      required: false,
      window: null,
      withinWindow: null,
      acceptable: true,
    });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['evaluation.notRequired', 'info'],
      ['evaluation.afterLeaving', 'warning'],
    ]);
  });

  it('bad input: invalid, no throw, no echo', () => {
    const m = 'ZQX大阪市北区QXZ';
    for (const input of [
      undefined,
      [],
      { kind: m },
      { kind: 'pre', evaluatedOn: m, sheets: [m], submittedOn: m, events: [{ kind: m, date: m }] },
      { kind: 'pre', sheets: 'subject' },
    ]) {
      const r = checkEvaluation(input, ctx('2024-06-01'));
      expect(r.status).toBe('invalid');
      expect(JSON.stringify(r)).not.toContain('ZQX');
    }
  });
});
