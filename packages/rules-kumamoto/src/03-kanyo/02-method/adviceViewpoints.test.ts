import { describe, expect, it } from 'vitest';
import { verificationTriggers } from '../../01-background/applicability';
import { adviceViewpoints, reviewAdviceViewpoints } from './adviceViewpoints';

const ctx = { referenceDate: '2024-09-10' };
const ALL = {
  selfReliance: { result: 'adequate' },
  issuesClear: { result: 'adequate' },
  goalsAppropriate: { result: 'adequate' },
  communityServices: { result: 'adequate' },
  revisionOnUpdate: { result: 'adequate' },
} as const;
const FOUR = {
  selfReliance: ALL.selfReliance,
  issuesClear: ALL.issuesClear,
  goalsAppropriate: ALL.goalsAppropriate,
  communityServices: ALL.communityServices,
};

describe('reviewAdviceViewpoints', () => {
  it('新規作成: four viewpoints apply (the 更新 one does not)', () => {
    const r = reviewAdviceViewpoints({ planEvent: 'create', viewpoints: FOUR }, ctx);
    expect(r.decision).toEqual({
      triggersVerification: true,
      applicable: ['selfReliance', 'issuesClear', 'goalsAppropriate', 'communityServices'],
      answered: ['selfReliance', 'issuesClear', 'goalsAppropriate', 'communityServices'],
      unanswered: [],
      adviceNeeded: [],
      complete: true,
      anyAdviceNeeded: false,
    });
  });
  it('更新: five viewpoints apply; the 更新 one unanswered is listed as missing', () => {
    const r = reviewAdviceViewpoints({ planEvent: 'update', viewpoints: FOUR }, ctx);
    expect(r.decision?.applicable).toHaveLength(5);
    expect(r.decision?.unanswered).toEqual(['revisionOnUpdate']);
    expect(r.decision?.complete).toBe(false);
    expect(r.decision?.anyAdviceNeeded).toBeUndefined();
    expect(r.missing).toEqual([
      {
        path: ['viewpoints', 'revisionOnUpdate'],
        label:
          'ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか',
      },
    ]);
  });
  it('an answer to the 更新 viewpoint at 新規作成 is warned about and ignored', () => {
    const r = reviewAdviceViewpoints(
      {
        planEvent: 'create',
        viewpoints: { ...FOUR, revisionOnUpdate: { result: 'adviceNeeded' } },
      },
      ctx,
    );
    expect(r.decision?.adviceNeeded).toEqual([]);
    expect(r.findings[0]).toMatchObject({ code: 'viewpoints.notApplicable', severity: 'warning' });
    expect(r.findings[0]?.citation?.section).toBe('３（２）≪アドバイス等の視点≫');
  });
  it('one viewpoint needing advice makes anyAdviceNeeded true even with others unanswered', () => {
    const r = reviewAdviceViewpoints(
      {
        planEvent: 'update',
        viewpoints: { communityServices: { result: 'adviceNeeded', note: '架空のメモ' } },
      },
      ctx,
    );
    expect(r.decision).toMatchObject({
      adviceNeeded: ['communityServices'],
      anyAdviceNeeded: true,
      complete: false,
    });
    expect(r.findings.find((f) => f.code === 'viewpoints.adviceNeeded')?.message).toContain(
      '２週間以内',
    );
    expect(JSON.stringify(r)).not.toContain('架空のメモ');
  });
  // 熊本市 ３（１）①「介護予防サービス計画を作成・更新する際に…ケアプラン等…を提出する」・議事２ ≪国の考え≫
  // 「新規作成時や更新時」に検証を行う: the viewpoints of ３（２）≪アドバイス等の視点≫ apply at the verification
  // triggers (新規作成・更新), not at a 変更.
  it('a change (変更) is not a verification trigger: no viewpoint applies, answers are ignored', () => {
    const r = reviewAdviceViewpoints({ planEvent: 'change', viewpoints: ALL }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision).toEqual({
      triggersVerification: false,
      applicable: [],
      answered: [],
      unanswered: [],
      adviceNeeded: [],
      complete: true,
    });
    expect(r.missing).toEqual([]);
    expect(r.findings[0]).toMatchObject({
      code: 'viewpoints.notVerificationEvent',
      severity: 'info',
      path: ['planEvent'],
      citation: { section: '３（１）①' },
    });
    expect(r.findings.slice(1).map((f) => [f.code, f.severity])).toEqual(
      Array.from({ length: 5 }, () => ['viewpoints.notApplicable', 'warning']),
    );
    expect(r.parameters.map((p) => p.id)).toEqual([
      'kumamoto.adviceViewpoints',
      'kumamoto.verificationTriggers',
    ]);
    expect(r.trace).toContainEqual(
      expect.objectContaining({ code: 'viewpoints.verificationEvent', outcome: false }),
    );
    const general = adviceViewpoints.values[0]?.value.filter((v) => v.id !== 'revisionOnUpdate');
    expect(general?.every((v) => v.appliesTo.join() === 'create,update')).toBe(true);
  });
  it('an advice needed at a change does not make anyAdviceNeeded', () => {
    const r = reviewAdviceViewpoints(
      { planEvent: 'change', viewpoints: { goalsAppropriate: { result: 'adviceNeeded' } } },
      ctx,
    );
    expect(r.decision?.adviceNeeded).toEqual([]);
    expect(r.decision?.anyAdviceNeeded).toBeUndefined();
    expect(r.findings.some((f) => f.code === 'viewpoints.adviceNeeded')).toBe(false);
  });
  it('the alternative reading (変更 also verified) widens both the triggers and the viewpoints', () => {
    const widened = adviceViewpoints.values[0]?.value.map((v) =>
      v.id === 'revisionOnUpdate' ? v : { ...v, appliesTo: ['create', 'update', 'change'] },
    );
    const r = reviewAdviceViewpoints(
      { planEvent: 'change', viewpoints: ALL },
      {
        ...ctx,
        parameters: {
          [verificationTriggers.id]: ['create', 'update', 'change'],
          [adviceViewpoints.id]: widened,
        },
      },
    );
    expect(r.decision).toMatchObject({ triggersVerification: true, complete: true });
    expect(r.decision?.applicable).toHaveLength(4);
    // Only the triggers widened: a trigger, but no viewpoint is listed for a change.
    const triggersOnly = reviewAdviceViewpoints(
      { planEvent: 'change', viewpoints: ALL },
      { ...ctx, parameters: { [verificationTriggers.id]: ['create', 'update', 'change'] } },
    );
    expect(triggersOnly.decision).toMatchObject({ triggersVerification: true, applicable: [] });
  });
  it('without the plan event it cannot say which viewpoints apply', () => {
    const r = reviewAdviceViewpoints({ viewpoints: ALL }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]?.path).toEqual(['planEvent']);
  });
  it('reviews before 2024-04-01 are out of range', () => {
    expect(
      reviewAdviceViewpoints(
        { planEvent: 'update', reviewedOn: '2024-03-01', viewpoints: ALL },
        ctx,
      ).status,
    ).toBe('invalid');
  });
  it.each([
    null,
    {},
    { viewpoints: { selfReliance: { result: 'ok' } } },
    { viewpoints: { other: {} } },
    { viewpoints: {}, planEvent: 1 },
  ])('bad input %j → invalid', (input) => {
    const r = reviewAdviceViewpoints(input, ctx);
    expect(r.status).toBe('invalid');
  });
});
