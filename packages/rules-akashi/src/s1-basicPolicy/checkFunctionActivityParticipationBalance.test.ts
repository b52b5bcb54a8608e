import { describe, expect, it } from 'vitest';
import { checkFunctionActivityParticipationBalance as check } from './checkFunctionActivityParticipationBalance';

const ctx = { referenceDate: '2024-06-01' };
const MARK = 'ZZ秘密マーカー明石花子';
const plan = (goals: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  kind: 'preventiveCareManagement',
  createdOn: '2024-05-10',
  goals,
  ...extra,
});

describe('checkFunctionActivityParticipationBalance', () => {
  it('goals only tagged 心身機能 → warning, never error', () => {
    const r = check(plan([{ domains: ['bodyFunction'] }, { domains: ['bodyFunction'] }]), ctx);
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual({
      applies: true,
      domains: ['bodyFunction'],
      onlyBodyFunction: true,
      lacking: ['activity', 'participation'],
    });
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['akashi.balance.onlyBodyFunction', 'warning'],
    ]);
    expect(r.findings[0]?.citation?.section).toBe('１（１）第5項');
    expect(r.parameters[0]?.id).toBe('akashi.balance.applicableKinds');
  });
  it('all three viewpoints → no finding', () => {
    const r = check(
      plan([{ domains: ['bodyFunction', 'activity'] }, { text: MARK, domains: ['participation'] }]),
      ctx,
    );
    expect(r.decision?.onlyBodyFunction).toBe(false);
    expect(r.decision?.lacking).toEqual([]);
    expect(r.findings).toEqual([]);
  });
  it('one 活動 goal is enough to avoid the warning; the absent 参加 is info', () => {
    const r = check(plan([{ domains: ['bodyFunction'] }, { domains: ['activity'] }]), ctx);
    expect(r.decision?.onlyBodyFunction).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['akashi.balance.domainNotAddressed', 'info'],
    ]);
    expect(r.findings[0]?.message).toContain('参加');
  });
  it('no finding ever has severity error', () => {
    for (const goals of [
      [{ domains: ['bodyFunction'] }],
      [{ domains: ['activity'] }],
      [{ domains: ['participation'] }],
      [{ domains: ['bodyFunction'] }, {}],
    ]) {
      const r = check(plan(goals), ctx);
      expect(r.findings.some((f) => f.severity === 'error')).toBe(false);
    }
  });
  it('an untagged goal that could change the answer → undetermined (missing is not no)', () => {
    const r = check(plan([{ domains: ['bodyFunction'] }, { text: MARK }]), ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path)).toEqual([['goals', 1, 'domains']]);
    const empty = check(plan([{ domains: ['bodyFunction'] }, { domains: [] }]), ctx);
    expect(empty.status).toBe('undetermined');
  });
  it('an untagged goal that cannot change the answer → decided, still listed as missing', () => {
    const r = check(plan([{ domains: ['participation'] }, {}]), ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.onlyBodyFunction).toBe(false);
    expect(r.missing).toHaveLength(1);
    expect(r.findings).toEqual([]);
  });
  it('no goals or no kind → undetermined', () => {
    expect(check(plan([]), ctx).status).toBe('undetermined');
    expect(check(plan(undefined), ctx).missing[0]?.path).toEqual(['goals']);
    expect(check({ goals: [{ domains: ['bodyFunction'] }] }, ctx).missing[0]?.path).toEqual([
      'kind',
    ]);
  });
  it('指定居宅介護支援 and 指定介護予防支援 plans are outside the literal reading of １（１）第5項', () => {
    for (const kind of ['homeCareSupport', 'preventiveSupport']) {
      const r = check(plan([{ domains: ['bodyFunction'] }], { kind }), ctx);
      expect(r.decision?.applies).toBe(false);
      expect(r.findings.map((f) => f.severity)).toEqual(['info']);
    }
  });
  it('plans created before 2023-04-01 cannot be judged; from that day they can', () => {
    expect(
      check(plan([{ domains: ['bodyFunction'] }], { createdOn: '2023-03-31' }), ctx).status,
    ).toBe('invalid');
    expect(
      check(plan([{ domains: ['bodyFunction'] }], { createdOn: '2023-04-01' }), ctx).status,
    ).toBe('decided');
  });
  it.each([
    ['string', MARK],
    ['unknown domain', plan([{ domains: [MARK] }])],
    ['goal text not a string', plan([{ text: 1, domains: ['activity'] }])],
    ['unknown key', plan([{ domains: ['activity'] }], { name: MARK })],
    ['unknown kind', plan([{ domains: ['activity'] }], { kind: MARK })],
    ['too many domains', plan([{ domains: ['activity', 'activity', 'activity', 'activity'] }])],
  ])('bad input (%s) → invalid without echo', (_n, input) => {
    const r = check(input, ctx);
    expect(r.status).toBe('invalid');
    for (const f of r.findings) expect(f.message).not.toContain('ZZ秘密マーカー');
  });
  it('goal text never appears in messages', () => {
    const r = check(plan([{ text: MARK, domains: ['bodyFunction'] }]), ctx);
    for (const f of r.findings) expect(f.message).not.toContain('ZZ秘密マーカー');
  });
});

describe('checkFunctionActivityParticipationBalance — overrides', () => {
  it('the wider reading (指定介護予防支援 too) through context.parameters', () => {
    const input = plan([{ domains: ['bodyFunction'] }], { kind: 'preventiveSupport' });
    const r = check(input, {
      ...ctx,
      parameters: {
        'akashi.balance.applicableKinds': ['preventiveCareManagement', 'preventiveSupport'],
      },
    });
    expect(r.decision?.applies).toBe(true);
    expect(r.decision?.onlyBodyFunction).toBe(true);
    expect(r.parameters[0]?.origin).toBe('override');
  });
});
