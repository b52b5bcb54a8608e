import { describe, expect, it } from 'vitest';
import { checkRehabVisitTarget, checkSaikenProgrammeTarget } from './checkProgrammeTargets';
import { AKASHI_PROGRAMMES } from './programmes';

const ctx = { referenceDate: '2024-05-01' };
const MARK = 'ZZ秘密マーカー';

describe('checkRehabVisitTarget', () => {
  it.each(['support1', 'support2', 'jigyoTaishosha'])(
    '%s, new, with consent → within target',
    (careLevel) => {
      const r = checkRehabVisitTarget({ careLevel, startingNewService: true, consent: true }, ctx);
      expect(r.decision?.withinTarget).toBe(true);
      expect(r.findings).toEqual([]);
      expect(r.parameters[0]?.id).toBe('akashi.rehabVisit.targetLevels');
    },
  );
  it('要介護 or not new or no consent → outside (info only)', () => {
    for (const input of [
      { careLevel: 'care1', startingNewService: true, consent: true },
      { careLevel: 'support1', startingNewService: false, consent: true },
      { careLevel: 'support1', startingNewService: true, consent: false },
    ]) {
      const r = checkRehabVisitTarget(input, ctx);
      expect(r.decision?.withinTarget).toBe(false);
      expect(r.findings.map((f) => f.severity)).toEqual(['info']);
    }
  });
  it('a known exclusion decides even when other answers are missing', () => {
    const r = checkRehabVisitTarget({ careLevel: 'care2' }, ctx);
    expect(r.status).toBe('decided');
    expect(r.decision?.criteria.map((c) => c.met)).toEqual([false, undefined, undefined]);
  });
  it('unanswered consent is not “no” → undetermined', () => {
    const r = checkRehabVisitTarget({ careLevel: 'support2', startingNewService: true }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path[0])).toEqual(['consent']);
  });
  it('before 2023-04-01 no parameter is in force', () => {
    expect(
      checkRehabVisitTarget(
        { careLevel: 'support1', startingNewService: true, consent: true, asOf: '2023-03-31' },
        ctx,
      ).status,
    ).toBe('invalid');
  });
  it.each([
    [MARK],
    [{ careLevel: MARK }],
    [{ consent: MARK }],
    [{ careLevel: 'support1', note: MARK }],
  ])('bad input %j → invalid without echo', (input) => {
    const r = checkRehabVisitTarget(input, ctx);
    expect(r.status).toBe('invalid');
    for (const f of r.findings) expect(f.message).not.toContain(MARK);
  });
});

describe('checkSaikenProgrammeTarget', () => {
  it.each([
    ['support1', true],
    ['support2', true],
    ['jigyoTaishosha', true],
    ['nonApplicable', false],
    ['care1', false],
    ['care5', false],
  ])('%s → %s', (careLevel, expected) => {
    expect(checkSaikenProgrammeTarget({ careLevel }, ctx).decision?.withinTarget).toBe(expected);
  });
  it('missing care level → undetermined', () => {
    expect(checkSaikenProgrammeTarget({}, ctx).status).toBe('undetermined');
  });
});

describe('AKASHI_PROGRAMMES', () => {
  it('lists the three programmes of section ４ in order, each cited', () => {
    expect(AKASHI_PROGRAMMES.map((p) => p.citation.section.slice(0, 4))).toEqual([
      '４（１）',
      '４（２）',
      '４（３）',
    ]);
    expect(AKASHI_PROGRAMMES.every((p) => p.citation.document === 'akashi-policy-2023')).toBe(true);
  });
});

describe('programme targets — overrides', () => {
  it('reading 要支援者等 as 要支援者 only (context.parameters) excludes 事業対象者', () => {
    const input = { careLevel: 'jigyoTaishosha', startingNewService: true, consent: true };
    expect(checkRehabVisitTarget(input, ctx).decision?.withinTarget).toBe(true);
    const r = checkRehabVisitTarget(input, {
      ...ctx,
      parameters: { 'akashi.rehabVisit.targetLevels': ['support1', 'support2'] },
    });
    expect(r.decision?.withinTarget).toBe(false);
    expect(r.decision?.criteria[0]?.criterion).toBe('要支援者等（要支援1・要支援2）');
  });
});
