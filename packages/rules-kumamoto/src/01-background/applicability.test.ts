import { describe, expect, it } from 'vitest';
import { checkApplicability, verificationTriggers } from './applicability';

const ctx = { referenceDate: '2024-10-01' };
const base = {
  author: 'designatedOfficeDirect',
  planEvent: 'create',
  planDate: '2024-09-02',
  residenceAreaSasaeria: 'ささえりあ架空台',
} as const;

describe('checkApplicability', () => {
  it.each(['create', 'update'] as const)(
    '%s by a directly contracted office triggers verification',
    (planEvent) => {
      const r = checkApplicability({ ...base, planEvent }, ctx);
      expect(r.status).toBe('decided');
      expect(r.decision).toEqual({
        triggersVerification: true,
        reason: 'applies',
        recipient: 'residenceAreaSasaeria',
      });
      expect(r.parameters).toEqual([
        expect.objectContaining({
          id: 'kumamoto.verificationTriggers',
          effectiveFrom: '2024-04-01',
        }),
      ]);
    },
  );
  it('a plan change other than an update is not a trigger (the seed names 作成・更新 only)', () => {
    const r = checkApplicability({ ...base, planEvent: 'change' }, ctx);
    expect(r.decision).toEqual({ triggersVerification: false, reason: 'planEventNotCovered' });
    expect(r.findings[0]).toMatchObject({
      code: 'applicability.planEventNotCovered',
      severity: 'info',
    });
  });
  it('the alternative reading (change included) is a parameter override', () => {
    const r = checkApplicability(
      { ...base, planEvent: 'change' },
      { ...ctx, parameters: { [verificationTriggers.id]: ['create', 'update', 'change'] } },
    );
    expect(r.decision?.triggersVerification).toBe(true);
    expect(r.parameters[0]).toMatchObject({ id: verificationTriggers.id, origin: 'override' });
  });
  it('starts on 2024-04-01: the day before is out, the day itself is in', () => {
    const before = checkApplicability({ ...base, planDate: '2024-03-31' }, ctx);
    expect(before.decision).toEqual({ triggersVerification: false, reason: 'beforeStart' });
    expect(before.findings[0]?.citation?.section).toBe('１ 経緯');
    const first = checkApplicability({ ...base, planDate: '2024-04-01' }, ctx);
    expect(first.decision?.triggersVerification).toBe(true);
  });
  it.each(['consignedOffice', 'communityCenter'] as const)(
    'a plan by %s is not this verification (the seed does not cover it)',
    (author) => {
      const r = checkApplicability({ author, planEvent: 'update', planDate: '2024-09-02' }, ctx);
      expect(r.decision).toEqual({ triggersVerification: false, reason: 'notDirectContract' });
      expect(r.findings[0]).toMatchObject({
        severity: 'info',
        code: 'applicability.notDirectContract',
      });
      expect(r.findings[0]?.message).toContain('定めていません');
    },
  );
  it('the recipient is the ささえりあ of the user residence 圏域; a different one is an error', () => {
    const ok = checkApplicability({ ...base, submittedTo: 'ささえりあ架空台' }, ctx);
    expect(ok.decision?.submittedToRecipient).toBe(true);
    const wrong = checkApplicability({ ...base, submittedTo: 'ささえりあ事業所側' }, ctx);
    expect(wrong.decision?.submittedToRecipient).toBe(false);
    expect(wrong.findings[0]).toMatchObject({
      code: 'applicability.wrongRecipient',
      severity: 'error',
      path: ['submittedTo'],
    });
  });
  it('missing is not no: unknown author, event, date or 圏域 → undetermined', () => {
    expect(checkApplicability({}, ctx)).toMatchObject({ status: 'undetermined' });
    expect(checkApplicability({}, ctx).missing.map((m) => m.path[0])).toEqual([
      'author',
      'planEvent',
      'planDate',
    ]);
    const r = checkApplicability({ ...base, residenceAreaSasaeria: undefined }, ctx);
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]?.path).toEqual(['residenceAreaSasaeria']);
    expect(checkApplicability({ ...base, residenceAreaSasaeria: '  ' }, ctx).status).toBe(
      'undetermined',
    );
  });
  it.each([
    null,
    1,
    'x',
    [],
    { author: 'x' },
    { planDate: '2024-02-30' },
    { ...base, extra: true },
  ])('bad input %j → invalid, no throw', (input) => {
    const r = checkApplicability(input, ctx);
    expect(r.status).toBe('invalid');
    expect(r.findings.every((f) => f.severity === 'error')).toBe(true);
  });
  it('never echoes input strings', () => {
    const m = 'ZQX熊本太郎QXZ';
    for (const input of [
      { ...base, residenceAreaSasaeria: m, submittedTo: `${m}2` },
      { author: m, planEvent: m, planDate: m, residenceAreaSasaeria: m },
      { ...base, residenceAreaSasaeria: m.repeat(20) },
    ]) {
      expect(JSON.stringify(checkApplicability(input, ctx))).not.toContain('熊本太郎');
    }
  });
});
