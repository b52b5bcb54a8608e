import { describe, expect, it } from 'vitest';
import { checkDisasterPreparedness as check } from './checkDisasterPreparedness';

const ctx = { referenceDate: '2024-06-10' };
const MARK = 'ZZ秘密マーカー078-000-0000';
const FULL = {
  confirmedOn: '2024-05-28',
  emergencyContact: `長男（架空）${MARK}`,
  evacuationDestination: `市立小学校（架空）${MARK}`,
  evacuationPlace: `市立小学校体育館（架空）${MARK}`,
  evacuationRoute: `自宅から北へ徒歩8分${MARK}`,
  evacuationHelper: `民生委員（架空）${MARK}`,
  contact: `長男の携帯電話${MARK}`,
};
const plan = (
  disasterPreparedness: Record<string, unknown> | undefined,
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  planKind: 'renewal',
  createdOn: '2024-06-01',
  previousCreatedOn: '2023-06-01',
  ...(disasterPreparedness ? { disasterPreparedness } : {}),
  ...extra,
});
const noEcho = (r: ReturnType<typeof check>): void => {
  for (const f of r.findings) expect(f.message).not.toContain('ZZ秘密マーカー');
};

describe('checkDisasterPreparedness', () => {
  it('a renewal with every item confirmed and recorded is complete', () => {
    const r = check(plan(FULL), ctx);
    expect(r.status).toBe('decided');
    expect(r.decision).toMatchObject({
      applies: true,
      missingItems: [],
      missingDetails: [],
      confirmedForThisPlan: true,
      complete: true,
    });
    // 明石市 ５ 第3段落「家族を含めた支援者とも共有」: always an info item, never part of `complete`
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['akashi.disaster.shareWithSupporters', 'info'],
    ]);
    expect(r.parameters.map((p) => p.id)).toEqual([
      'akashi.disaster.items',
      'akashi.disaster.planKinds',
    ]);
    noEcho(r);
  });
  it('missing 避難先 is an error; missing 避難経路 is a warning', () => {
    const rest = { ...FULL, evacuationDestination: undefined, evacuationRoute: undefined };
    const r = check(plan(rest), ctx);
    expect(r.decision?.missingItems).toEqual(['evacuationDestination']);
    expect(r.decision?.missingDetails).toEqual(['evacuationRoute']);
    expect(r.decision?.complete).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity, f.path?.[1]])).toEqual([
      ['akashi.disaster.itemMissing', 'error', 'evacuationDestination'],
      ['akashi.disaster.detailMissing', 'warning', 'evacuationRoute'],
      ['akashi.disaster.shareWithSupporters', 'info', undefined],
    ]);
    expect(r.findings[0]?.message).toContain('【避難先】');
    noEcho(r);
  });
  it('blank or whitespace-only text counts as not recorded', () => {
    const r = check(plan({ ...FULL, emergencyContact: '　 ', contact: '' }), ctx);
    expect(r.decision?.missingItems).toEqual(['emergencyContact']);
    expect(r.decision?.missingDetails).toEqual(['contact']);
  });
  it('a plan record without the disaster section misses every item, and the confirmation date is missing', () => {
    const r = check(plan(undefined), ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path)).toEqual([['disasterPreparedness', 'confirmedOn']]);
    expect(r.findings.filter((f) => f.severity === 'error')).toHaveLength(2);
    expect(r.findings.filter((f) => f.severity === 'warning')).toHaveLength(4);
  });
  describe('confirmation date boundaries', () => {
    it('on the creation day is fine; one day after is a warning', () => {
      expect(
        check(plan({ ...FULL, confirmedOn: '2024-06-01' }), ctx).decision?.confirmedForThisPlan,
      ).toBe(true);
      const late = check(plan({ ...FULL, confirmedOn: '2024-06-02' }), ctx);
      expect(late.decision?.confirmedForThisPlan).toBe(false);
      expect(late.decision?.complete).toBe(false);
      expect(late.findings.map((f) => [f.code, f.severity])).toEqual([
        ['akashi.disaster.confirmedAfterPlan', 'warning'],
        ['akashi.disaster.shareWithSupporters', 'info'],
      ]);
    });
    it('on the previous plan day is not a reconfirmation; the day after is', () => {
      const stale = check(plan({ ...FULL, confirmedOn: '2023-06-01' }), ctx);
      expect(stale.findings.map((f) => f.code)).toEqual([
        'akashi.disaster.notReconfirmed',
        'akashi.disaster.shareWithSupporters',
      ]);
      expect(stale.decision?.confirmedForThisPlan).toBe(false);
      const fresh = check(plan({ ...FULL, confirmedOn: '2023-06-02' }), ctx);
      expect(fresh.decision?.confirmedForThisPlan).toBe(true);
    });
    it('without a previous plan date only the creation date bounds the confirmation', () => {
      const r = check(
        plan({ ...FULL, confirmedOn: '2020-01-01' }, { previousCreatedOn: undefined }),
        ctx,
      );
      expect(r.decision?.confirmedForThisPlan).toBe(true);
    });
  });
  it('a 変更 (change) is not named by the seed: findings become info and applies is false', () => {
    const r = check(plan({ emergencyContact: '長女（架空）' }, { planKind: 'change' }), ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.applies).toBe(false);
    expect(r.decision?.complete).toBe(false);
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(r.findings[0]?.code).toBe('akashi.disaster.notRequiredForPlanKind');
  });
  it('a 新規作成 is covered like a renewal', () => {
    const r = check(plan({ ...FULL }, { planKind: 'new', previousCreatedOn: undefined }), ctx);
    expect(r.decision?.applies).toBe(true);
    expect(r.decision?.complete).toBe(true);
  });
  it('missing plan kind or creation date → undetermined', () => {
    const r = check({ disasterPreparedness: FULL }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path[0])).toEqual(['planKind', 'createdOn']);
  });
  it('plans created before the policy (2023-04-01) are not judged', () => {
    const r = check(plan(FULL, { createdOn: '2023-03-31', previousCreatedOn: undefined }), ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('parameter.outOfRange');
    const first = check(
      plan(
        { ...FULL, confirmedOn: '2023-04-01' },
        { createdOn: '2023-04-01', previousCreatedOn: undefined },
      ),
      ctx,
    );
    expect(first.status).toBe('decided');
  });
  it.each([
    ['array', [MARK]],
    ['number item', plan({ ...FULL, emergencyContact: 12345 })],
    ['bad confirmation date', plan({ ...FULL, confirmedOn: MARK })],
    ['unknown item key', plan({ ...FULL, [MARK]: MARK })],
    ['unknown plan kind', plan(FULL, { planKind: MARK })],
    ['impossible creation date', plan(FULL, { createdOn: '2024-02-30' })],
  ])('bad input (%s) → invalid without echo', (_n, input) => {
    const r = check(input, ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings.length).toBeGreaterThan(0);
    noEcho(r);
  });
  it('bad context → invalid', () => {
    expect(check(plan(FULL), {}).status).toBe('invalid');
  });
});

describe('checkDisasterPreparedness — 家族を含めた支援者とも共有 (info)', () => {
  // 明石市 ５ 災害時の避難行動の支援 第3段落「確認した内容は、ケアプランへの記載等により家族を含めた支援者とも共有する」
  it('is an info item citing the sentence, for new, renewal and change plans alike', () => {
    for (const planKind of ['new', 'renewal', 'change']) {
      const r = check(plan(FULL, { planKind }), ctx);
      const f = r.findings.find((x) => x.code === 'akashi.disaster.shareWithSupporters');
      expect(f?.severity, planKind).toBe('info');
      expect(f?.message).toContain('家族を含めた支援者とも共有');
      expect(f?.citation?.quote).toContain('家族を含めた支援者とも共有する');
      noEcho(r);
    }
  });
  it('does not change completeness and is not reported when the plan kind or date is unknown', () => {
    expect(check(plan(FULL), ctx).decision?.complete).toBe(true);
    const r = check({ disasterPreparedness: FULL }, ctx);
    expect(r.findings.map((f) => f.code)).not.toContain('akashi.disaster.shareWithSupporters');
  });
});

describe('checkDisasterPreparedness — overrides and trace', () => {
  it('a what-if reading that includes 変更 (context.parameters) makes a change plan subject to the check', () => {
    const input = plan(FULL, { planKind: 'change' });
    expect(check(input, ctx).decision?.applies).toBe(false);
    const r = check(input, {
      ...ctx,
      parameters: { 'akashi.disaster.planKinds': ['new', 'renewal', 'change'] },
    });
    expect(r.decision?.applies).toBe(true);
    expect(r.decision?.complete).toBe(true);
    expect(r.parameters.find((p) => p.id === 'akashi.disaster.planKinds')?.origin).toBe('override');
  });
  it('a bad override is an invalid result, not a throw', () => {
    const r = check(plan(FULL), { ...ctx, parameters: { 'akashi.disaster.planKinds': 3 } });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('context.parameters.invalid');
  });
  it('traces the parameters read at the creation date and the conditions that decided', () => {
    const r = check(plan({ ...FULL, confirmedOn: '2024-06-02' }), ctx);
    expect(r.trace).toContainEqual(
      expect.objectContaining({ kind: 'parameter', id: 'akashi.disaster.items', at: '2024-06-01' }),
    );
    expect(r.trace).toContainEqual(
      expect.objectContaining({ code: 'akashi.disaster.confirmedAfterPlan', outcome: true }),
    );
    expect(JSON.stringify(r.trace)).not.toContain('ZZ秘密マーカー');
  });
});
