import { describe, expect, it } from 'vitest';
import { checkCareManagementCase } from './checkCareManagementCase';
import type { ProcessStep } from './processTable';
import { PROCESS_STEPS } from './processTable';

const ctx = { referenceDate: '2024-08-01' };
const MARK = 'ZZ秘密マーカー明石太郎';

/** 表の順に1日ずつ進む手順の記録（架空のケース）。 */
function stepsFrom(
  steps: readonly ProcessStep[],
  start = 1,
): { step: ProcessStep; date: string }[] {
  return steps.map((step, i) => ({
    step,
    date: `2024-05-${String(start + i).padStart(2, '0')}`,
  }));
}

const codes = (r: ReturnType<typeof checkCareManagementCase>): string[] =>
  r.findings.map((f) => f.code);

describe('checkCareManagementCase — ケアマネジメントＡ', () => {
  it('a complete, delegated A case conforms', () => {
    const r = checkCareManagementCase(
      { type: 'A', delegated: true, closed: true, steps: stepsFrom(PROCESS_STEPS) },
      ctx,
    );
    expect(r.status).toBe('decided');
    expect(r.decision).toMatchObject({
      type: 'A',
      runByCity: true,
      delegationAllowed: true,
      missingSteps: [],
      pendingSteps: [],
      conforms: true,
    });
    expect(r.findings).toEqual([]);
    expect(r.parameters.map((p) => p.id)).toEqual([
      'akashi.careManagement.processTable',
      'akashi.careManagement.typesRun',
      'akashi.careManagement.delegableTypes',
      'akashi.careManagement.bracketedStepMissingSeverity',
      'akashi.careManagement.stepOrder',
    ]);
  });
  it('reports a skipped サービス担当者会議 (○) as missing when a later step is recorded', () => {
    const r = checkCareManagementCase(
      {
        type: 'A',
        delegated: false,
        steps: stepsFrom(['assessment', 'draftPlan', 'explanationConsent', 'planDelivery']),
      },
      ctx,
    );
    expect(r.decision?.missingSteps).toEqual(['serviceMeeting']);
    expect(r.decision?.pendingSteps).toEqual(['serviceProvision', 'monitoring']);
    expect(r.decision?.conforms).toBe(false);
    expect(codes(r)).toEqual([
      'akashi.careManagement.missingStep',
      'akashi.careManagement.pendingSteps',
    ]);
    expect(r.findings[0]?.message).toContain('サービス担当者会議');
  });
  it('treats steps after the last recorded one as pending (in progress), not missing', () => {
    const r = checkCareManagementCase(
      { type: 'A', delegated: true, steps: stepsFrom(['assessment']) },
      ctx,
    );
    expect(r.decision?.missingSteps).toEqual([]);
    expect(r.decision?.pendingSteps).toEqual(PROCESS_STEPS.slice(1));
    expect(r.decision?.conforms).toBe(true);
    expect(r.findings.map((f) => f.severity)).toEqual(['info']);
  });
  it('a closed case with no モニタリング misses it (boundary: closed turns pending into missing)', () => {
    const steps = stepsFrom(PROCESS_STEPS.slice(0, 6));
    const open = checkCareManagementCase({ type: 'A', delegated: true, steps }, ctx);
    const closed = checkCareManagementCase(
      { type: 'A', delegated: true, closed: true, steps },
      ctx,
    );
    expect(open.decision?.pendingSteps).toEqual(['monitoring']);
    expect(open.decision?.conforms).toBe(true);
    expect(closed.decision?.missingSteps).toEqual(['monitoring']);
    expect(closed.decision?.conforms).toBe(false);
  });
  it('an empty step list is decided: everything pending, or everything missing when closed', () => {
    const open = checkCareManagementCase({ type: 'A', delegated: false, steps: [] }, ctx);
    expect(open.status).toBe('decided');
    expect(open.decision?.pendingSteps).toHaveLength(7);
    const closed = checkCareManagementCase(
      { type: 'A', delegated: false, closed: true, steps: [] },
      ctx,
    );
    expect(closed.decision?.missingSteps).toHaveLength(7);
  });
});

describe('checkCareManagementCase — ケアマネジメントＣ', () => {
  const cSteps = stepsFrom([
    'assessment',
    'explanationConsent',
    'planDelivery',
    'serviceProvision',
    'monitoring',
  ]);
  it('a non-delegated C case without 原案作成 and 担当者会議 (×) conforms', () => {
    const r = checkCareManagementCase(
      { type: 'C', delegated: false, closed: true, steps: cSteps },
      ctx,
    );
    expect(r.decision?.conforms).toBe(true);
    expect(r.findings).toEqual([]);
  });
  it('a delegated C case is flagged: only A may be delegated', () => {
    const r = checkCareManagementCase(
      { type: 'C', delegated: true, closed: true, steps: cSteps },
      ctx,
    );
    expect(r.status).toBe('decided');
    expect(r.decision?.delegationAllowed).toBe(false);
    expect(r.decision?.conforms).toBe(false);
    expect(codes(r)).toEqual(['akashi.careManagement.delegationNotAllowed']);
    expect(r.findings[0]?.citation?.section).toBe('３（２）実施主体');
  });
  it('× steps that were done are info only (不要, not forbidden)', () => {
    const r = checkCareManagementCase(
      { type: 'C', delegated: false, closed: true, steps: stepsFrom(PROCESS_STEPS) },
      ctx,
    );
    expect(r.decision?.notNeededStepsDone).toEqual(['draftPlan', 'serviceMeeting']);
    expect(r.decision?.conforms).toBe(true);
    expect(r.findings.every((f) => f.severity === 'info')).toBe(true);
  });
  it('a missing （○） ケアプラン確定・交付 is a warning (legend does not define （○）)', () => {
    const r = checkCareManagementCase(
      {
        type: 'C',
        delegated: false,
        steps: stepsFrom(['assessment', 'explanationConsent', 'serviceProvision']),
      },
      ctx,
    );
    expect(r.decision?.bracketedStepsMissing).toEqual(['planDelivery']);
    expect(r.decision?.missingSteps).toEqual([]);
    expect(r.decision?.conforms).toBe(true);
    const f = r.findings.find((x) => x.code === 'akashi.careManagement.bracketedStepMissing');
    expect(f?.severity).toBe('warning');
  });
});

describe('checkCareManagementCase — ケアマネジメントＢ', () => {
  it('is reported as a type 明石市 does not run; △ steps may be absent', () => {
    const r = checkCareManagementCase(
      {
        type: 'B',
        delegated: false,
        closed: true,
        steps: stepsFrom([
          'assessment',
          'draftPlan',
          'explanationConsent',
          'planDelivery',
          'serviceProvision',
        ]),
      },
      ctx,
    );
    expect(r.decision?.runByCity).toBe(false);
    expect(r.decision?.missingSteps).toEqual([]);
    expect(codes(r)).toEqual(['akashi.careManagement.typeNotRun']);
    expect(r.findings[0]?.severity).toBe('error');
  });
  it('a delegated B case gets both the type and the delegation finding', () => {
    const r = checkCareManagementCase({ type: 'B', delegated: true, steps: [] }, ctx);
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'akashi.careManagement.typeNotRun',
        'akashi.careManagement.delegationNotAllowed',
      ]),
    );
  });
});

describe('checkCareManagementCase — order and dates', () => {
  it('same-day consecutive steps are in order; one day earlier is not', () => {
    const same = checkCareManagementCase(
      {
        type: 'A',
        delegated: true,
        steps: [
          { step: 'assessment', date: '2024-05-01' },
          { step: 'draftPlan', date: '2024-05-01' },
        ],
      },
      ctx,
    );
    expect(same.decision?.outOfOrder).toEqual([]);
    const early = checkCareManagementCase(
      {
        type: 'A',
        delegated: true,
        steps: [
          { step: 'assessment', date: '2024-05-02' },
          { step: 'draftPlan', date: '2024-05-01' },
        ],
      },
      ctx,
    );
    expect(early.decision?.outOfOrder).toEqual([
      { step: 'draftPlan', date: '2024-05-01', expectedBefore: ['assessment'] },
    ]);
    const f = early.findings.find((x) => x.code === 'akashi.careManagement.outOfOrder');
    // 明石市 ３（３）: the seed gives only the table, no stated order → warning, not error
    expect(f?.severity).toBe('warning');
    expect(f?.path).toEqual(['steps', 1]);
    expect(f?.message).toContain('順序を文章では定めていない');
    expect(early.decision?.conforms).toBe(true);
  });
  it('service provision before consent is out of order', () => {
    const r = checkCareManagementCase(
      {
        type: 'C',
        delegated: false,
        steps: [
          { step: 'assessment', date: '2024-05-01' },
          { step: 'serviceProvision', date: '2024-05-03' },
          { step: 'explanationConsent', date: '2024-05-10' },
        ],
      },
      ctx,
    );
    expect(r.decision?.outOfOrder.map((v) => v.step)).toEqual(['serviceProvision']);
  });
  it('repeated モニタリング is allowed', () => {
    const r = checkCareManagementCase(
      {
        type: 'A',
        delegated: true,
        steps: [
          ...stepsFrom(PROCESS_STEPS),
          { step: 'monitoring', date: '2024-06-10' },
          { step: 'monitoring', date: '2024-07-10' },
        ],
      },
      ctx,
    );
    expect(r.decision?.conforms).toBe(true);
  });
  it('a step on the reference date is fine; one day after is an error', () => {
    const on = checkCareManagementCase(
      { type: 'A', delegated: true, steps: [{ step: 'assessment', date: '2024-08-01' }] },
      ctx,
    );
    expect(on.decision?.futureSteps).toEqual([]);
    const after = checkCareManagementCase(
      { type: 'A', delegated: true, steps: [{ step: 'assessment', date: '2024-08-02' }] },
      ctx,
    );
    expect(after.decision?.futureSteps).toEqual(['assessment']);
    expect(after.findings[0]?.path).toEqual(['steps', 0, 'date']);
  });
  it('policy in force from 2023-04-01: a case starting 2023-03-31 cannot be judged', () => {
    const before = checkCareManagementCase(
      { type: 'A', delegated: true, steps: [{ step: 'assessment', date: '2023-03-31' }] },
      ctx,
    );
    expect(before.status).toBe('invalid');
    expect(before.findings[0]?.code).toBe('parameter.outOfRange');
    const first = checkCareManagementCase(
      { type: 'A', delegated: true, steps: [{ step: 'assessment', date: '2023-04-01' }] },
      ctx,
    );
    expect(first.status).toBe('decided');
    expect(first.parameters[0]?.effectiveFrom).toBe('2023-04-01');
  });
});

describe('checkCareManagementCase — missing and bad input', () => {
  it('missing type / delegated / steps → undetermined, never “no”', () => {
    const r = checkCareManagementCase({}, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path[0])).toEqual(['type', 'delegated', 'steps']);
    const onlyDelegation = checkCareManagementCase({ type: 'C', steps: [] }, ctx);
    expect(onlyDelegation.status).toBe('undetermined');
    expect(onlyDelegation.missing.map((m) => m.path[0])).toEqual(['delegated']);
  });
  it('still reports what it can while undetermined (type B without the delegation answer)', () => {
    const r = checkCareManagementCase({ type: 'B' }, ctx);
    expect(r.status).toBe('undetermined');
    expect(codes(r)).toEqual(['akashi.careManagement.typeNotRun']);
  });
  it.each([
    ['not an object', MARK],
    ['null', null],
    ['unknown type', { type: 'D', delegated: false, steps: [] }],
    ['full-width type', { type: 'Ａ', delegated: false, steps: [] }],
    ['delegated as text', { type: 'A', delegated: MARK, steps: [] }],
    ['unknown step', { type: 'A', delegated: true, steps: [{ step: MARK, date: '2024-05-01' }] }],
    ['bad date', { type: 'A', delegated: true, steps: [{ step: 'assessment', date: MARK }] }],
    [
      'impossible date',
      { type: 'A', delegated: true, steps: [{ step: 'assessment', date: '2024-02-30' }] },
    ],
    ['unknown key', { type: 'A', delegated: true, steps: [], note: MARK }],
  ])('invalid input (%s) → invalid, no throw, no echo', (_name, input) => {
    const r = checkCareManagementCase(input, ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.severity).toBe('error');
      expect(f.message).not.toContain('ZZ秘密マーカー');
    }
  });
  it('bad context → invalid', () => {
    expect(checkCareManagementCase({ type: 'A' }, { referenceDate: MARK }).status).toBe('invalid');
    expect(checkCareManagementCase({ type: 'A' }, undefined).status).toBe('invalid');
  });
});

describe('checkCareManagementCase — overrides and trace', () => {
  const cCase = {
    type: 'C',
    delegated: true,
    closed: true,
    steps: stepsFrom(['assessment', 'explanationConsent', 'planDelivery', 'serviceProvision']),
  };
  it('what if C could be delegated too (context.parameters)', () => {
    expect(checkCareManagementCase(cCase, ctx).decision?.delegationAllowed).toBe(false);
    const r = checkCareManagementCase(cCase, {
      ...ctx,
      parameters: { 'akashi.careManagement.delegableTypes': ['A', 'C'] },
    });
    expect(r.decision?.delegationAllowed).toBe(true);
    expect(codes(r)).not.toContain('akashi.careManagement.delegationNotAllowed');
  });
  it('an override from a later date applies only to cases that start on or after it', () => {
    const parameters = {
      'akashi.careManagement.bracketedStepMissingSeverity': {
        values: [{ from: '2024-06-01', value: 'error' }],
      },
    };
    const input = {
      type: 'C',
      delegated: false,
      steps: stepsFrom(['assessment', 'explanationConsent', 'serviceProvision']),
    };
    const bracketed = (r: ReturnType<typeof checkCareManagementCase>): string | undefined =>
      r.findings.find((f) => f.code === 'akashi.careManagement.bracketedStepMissing')?.severity;
    expect(bracketed(checkCareManagementCase(input, { ...ctx, parameters }))).toBe('warning');
    const june = {
      ...input,
      steps: input.steps.map((s) => ({ ...s, date: s.date.replace('-05-', '-06-') })),
    };
    expect(bracketed(checkCareManagementCase(june, { ...ctx, parameters }))).toBe('error');
  });
  it('traces the parameters read at the first step date and whether the case conforms', () => {
    const r = checkCareManagementCase(cCase, ctx);
    expect(r.trace?.filter((s) => s.kind === 'parameter').map((s) => s.at)).toEqual([
      '2024-05-01',
      '2024-05-01',
      '2024-05-01',
      '2024-05-01',
      '2024-05-01',
    ]);
    expect(r.trace).toContainEqual(
      expect.objectContaining({ code: 'akashi.careManagement.conforms', outcome: false }),
    );
  });
});

describe('checkCareManagementCase — step order parameter (３（３）: the seed gives only the table)', () => {
  // 明石市 ３（３）【介護予防ケアマネジメントのタイプ別プロセス】: the column order is read as the process order.
  const early = {
    type: 'A',
    delegated: true,
    steps: [
      { step: 'assessment', date: '2024-05-02' },
      { step: 'draftPlan', date: '2024-05-01' },
      { step: 'serviceMeeting', date: '2024-05-03' },
    ],
  };
  it('out of order is a warning that leaves conforms true', () => {
    const r = checkCareManagementCase(early, ctx);
    expect(r.findings.filter((f) => f.code === 'akashi.careManagement.outOfOrder')).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['steps', 1] }),
    ]);
    expect(r.decision?.conforms).toBe(true);
    expect(r.parameters).toContainEqual(
      expect.objectContaining({ id: 'akashi.careManagement.stepOrder', value: PROCESS_STEPS }),
    );
  });
  it('an empty order (override) turns the order check off', () => {
    const r = checkCareManagementCase(early, {
      ...ctx,
      parameters: { 'akashi.careManagement.stepOrder': [] },
    });
    expect(r.decision?.outOfOrder).toEqual([]);
    expect(codes(r)).not.toContain('akashi.careManagement.outOfOrder');
  });
  it('a partial order checks only the steps it lists', () => {
    const r = checkCareManagementCase(early, {
      ...ctx,
      parameters: { 'akashi.careManagement.stepOrder': ['draftPlan', 'assessment'] },
    });
    expect(r.decision?.outOfOrder).toEqual([]);
    const other = checkCareManagementCase(
      { ...early, steps: [...early.steps, { step: 'monitoring', date: '2024-04-30' }] },
      {
        ...ctx,
        parameters: { 'akashi.careManagement.stepOrder': ['serviceMeeting', 'monitoring'] },
      },
    );
    expect(other.decision?.outOfOrder.map((v) => v.step)).toEqual(['monitoring']);
  });
  it.each([
    ['unknown step', ['assessment', 'lunch']],
    ['repeated step', ['assessment', 'assessment']],
    ['not a list', 'assessment'],
  ])('an order override with %s is rejected', (_name, value) => {
    const r = checkCareManagementCase(early, {
      ...ctx,
      parameters: { 'akashi.careManagement.stepOrder': value },
    });
    expect(r.status).toBe('invalid');
    expect(r.findings[0]?.code).toBe('context.parameters.invalid');
  });
});

describe('checkCareManagementCase — ケアマネジメントＣ のモニタリング（表は○、本文は「基本的にサービス利用開始時のみ」）', () => {
  // 明石市 ３（３）類型: 「ケアマネジメントＣ（基本的にサービス利用開始時のみ行うケアマネジメント）」 vs the table row
  // 「○ × × ○ （○） ○ ○」 whose last cell (モニタリング) is ○.
  const closedC = {
    type: 'C',
    delegated: false,
    closed: true,
    steps: stepsFrom(['assessment', 'explanationConsent', 'planDelivery', 'serviceProvision']),
  };
  it('a closed C case without モニタリング is an error whose message names the conflict', () => {
    const r = checkCareManagementCase(closedC, ctx);
    expect(r.decision?.missingSteps).toEqual(['monitoring']);
    const f = r.findings.find((x) => x.code === 'akashi.careManagement.missingStep');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('基本的にサービス利用開始時のみ行うケアマネジメント');
    expect(f?.message).toContain('食い違い');
  });
  it('the note is only for C モニタリング, not for A', () => {
    const a = checkCareManagementCase(
      { ...closedC, type: 'A', steps: stepsFrom(PROCESS_STEPS.slice(0, 6)) },
      ctx,
    );
    const f = a.findings.find((x) => x.code === 'akashi.careManagement.missingStep');
    expect(f?.message).not.toContain('食い違い');
  });
  it('reading the text instead (C.monitoring notNeeded by override) removes the error', () => {
    const r = checkCareManagementCase(closedC, {
      ...ctx,
      parameters: { 'akashi.careManagement.processTable': { C: { monitoring: 'notNeeded' } } },
    });
    expect(r.decision?.missingSteps).toEqual([]);
    expect(r.decision?.conforms).toBe(true);
  });
});
