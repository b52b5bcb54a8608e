import { describe, expect, it } from 'vitest';
import { CTX, MARKER, codes, expectNoMarker } from '../../test/helpers';
import { nextStep } from './roles';

const UP_TO_SUPPORT = ['application', 'contract', 'targetRoster', 'userList', 'hokatsuSupport'];

describe('nextStep (３ 事業の流れ)', () => {
  it('a fresh service provider starts with the 参加申込書, owned by the office', () => {
    const r = nextStep({ officeKind: 'homon', completedSteps: [] }, CTX);
    expect(r.decision?.variant).toBe('serviceProvider');
    expect(r.decision?.next).toMatchObject({
      id: 'application',
      owner: 'office',
      ownerLabel: 'サービス提供事業所',
    });
    expect(r.decision?.paymentAllowed).toBe(false);
  });
  it('after the application the city (長寿介護課) contracts', () => {
    const r = nextStep({ officeKind: 'tsusho', completedSteps: ['application'] }, CTX);
    expect(r.decision?.next).toMatchObject({ id: 'contract', ownerLabel: '長寿介護課' });
  });
  it('payment waits for the 包括 confirmation of the 対象者一覧', () => {
    const r = nextStep(
      { officeKind: 'tsusho', completedSteps: [...UP_TO_SUPPORT, 'assessmentEntry', 'invoice'] },
      CTX,
    );
    expect(r.decision?.next).toMatchObject({
      id: 'hokatsuConfirmation',
      ownerLabel: '包括（プラン担当者）',
    });
    expect(r.decision?.paymentAllowed).toBe(false);
    expect(r.decision?.paymentBlockedBy).toEqual(['hokatsuConfirmation']);
    const ok = nextStep(
      {
        officeKind: 'tsusho',
        completedSteps: [...UP_TO_SUPPORT, 'assessmentEntry', 'invoice', 'hokatsuConfirmation'],
      },
      CTX,
    );
    expect(ok.decision?.paymentAllowed).toBe(true);
    expect(ok.decision?.next).toMatchObject({ id: 'payment', ownerLabel: '長寿介護課' });
  });
  it('委託居宅 enters the forms into the system', () => {
    const r = nextStep(
      { officeKind: 'kyotaku', kyotakuArrangement: 'itaku', completedSteps: UP_TO_SUPPORT },
      CTX,
    );
    expect(r.decision?.next?.id).toBe('formsEntry');
    expect(r.decision?.next?.action).toContain('システムへ入力');
    expect(r.decision?.next?.ownerLabel).toBe('居宅介護支援事業所');
  });
  it('指定居宅 submits copies to 包括, who shares them with the city', () => {
    const r = nextStep(
      { officeKind: 'kyotaku', kyotakuArrangement: 'shitei', completedSteps: UP_TO_SUPPORT },
      CTX,
    );
    expect(r.decision?.next?.action).toContain('包括に写しを提出');
    const r2 = nextStep(
      {
        officeKind: 'kyotaku',
        kyotakuArrangement: 'shitei',
        completedSteps: [...UP_TO_SUPPORT, 'formsCopyToHokatsu'],
      },
      CTX,
    );
    expect(r2.decision?.next).toMatchObject({ id: 'copiesSharedWithCity', owner: 'hokatsu' });
  });
  it('all done → next is null', () => {
    const r = nextStep(
      {
        officeKind: 'homon',
        completedSteps: [
          ...UP_TO_SUPPORT,
          'assessmentEntry',
          'hokatsuConfirmation',
          'invoice',
          'payment',
        ],
      },
      CTX,
    );
    expect(r.decision?.next).toBeNull();
    expect(r.findings).toEqual([]);
  });
  it('payment recorded before the confirmation is an error; other out-of-order steps warn', () => {
    const r = nextStep(
      { officeKind: 'homon', completedSteps: ['application', 'invoice', 'payment'] },
      CTX,
    );
    expect(codes(r)).toEqual(['flow.outOfOrder', 'flow.paidBeforeConfirmation']);
    expect(r.findings[1]?.severity).toBe('error');
  });
  it('a step of another flow is reported', () => {
    const r = nextStep(
      { officeKind: 'homon', completedSteps: ['application', 'formsCopyToHokatsu'] },
      CTX,
    );
    expect(codes(r)).toContain('flow.stepNotInFlow');
  });
  it('居宅 without 委託/指定 → undetermined', () => {
    const r = nextStep({ officeKind: 'kyotaku', completedSteps: [] }, CTX);
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]?.label).toBe('委託居宅・指定居宅の別');
  });
  it('bad input: no throw, clear findings, no marker', () => {
    for (const input of [
      null,
      { officeKind: 'homon' },
      { officeKind: MARKER, kyotakuArrangement: MARKER, completedSteps: [MARKER] },
    ]) {
      const r = nextStep(input, CTX);
      expect(r.status).toBe('invalid');
      expectNoMarker(r);
    }
  });
});
