import { describe, expect, it } from 'vitest';
import { MARKER, resultText } from '@kaigo/testkit';
import { auditeeAddressOf, auditeeGroups, checkAuditee } from './auditees';

const ctx = { referenceDate: '2024-04-08' };

// 伊勢原市 ４（２）対象者「伊勢原市内に住所を有する居宅介護支援事業所に所属するケアマネジャー／伊勢原市内に住所を
// 有する施設サービス及び居宅系施設サービス等に所属するケアマネジャー／伊勢原市地域包括支援センター職員」
describe('checkAuditee (４（２）対象者)', () => {
  it('lists the three groups of ４（２） with a citation and a reading', () => {
    expect(auditeeGroups.values[0]?.value.map((g) => [g.id, g.affiliation, g.condition])).toEqual([
      ['homeCareSupportOfficeCareManager', 'homeCareSupportOffice', 'addressInIsehara'],
      ['facilityCareManager', 'facilityService', 'addressInIsehara'],
      ['communityCenterStaff', 'communityCenter', 'iseharaCenter'],
    ]);
    expect(auditeeGroups.citation.section).toBe('４（２）');
    expect(auditeeAddressOf.values[0]?.value).toBe('office');
    expect(auditeeAddressOf.reading).toContain('別の読み');
  });

  it.each([
    ['homeCareSupportOffice', 'homeCareSupportOfficeCareManager'],
    ['facilityService', 'facilityCareManager'],
  ] as const)('%s in Isehara → in scope (%s)', (affiliation, group) => {
    const r = checkAuditee({ affiliation, officeAddressInIsehara: true }, ctx);
    expect(r.decision).toEqual({ inScope: true, group });
    expect(r.findings).toEqual([]);
  });

  it('伊勢原市地域包括支援センター職員 → in scope, no address condition', () => {
    const r = checkAuditee({ affiliation: 'communityCenter', iseharaCommunityCenter: true }, ctx);
    expect(r.decision).toEqual({ inScope: true, group: 'communityCenterStaff' });
    const other = checkAuditee(
      {
        affiliation: 'communityCenter',
        iseharaCommunityCenter: false,
        officeAddressInIsehara: true,
      },
      ctx,
    );
    expect(other.decision).toEqual({ inScope: false });
    expect(other.findings[0]).toMatchObject({
      code: 'isehara.auditees.notInScope',
      severity: 'info',
      path: ['iseharaCommunityCenter'],
    });
  });

  it('an office outside Isehara, or an affiliation not listed → not in scope (info only)', () => {
    const outside = checkAuditee(
      { affiliation: 'homeCareSupportOffice', officeAddressInIsehara: false },
      ctx,
    );
    expect(outside.decision).toEqual({ inScope: false });
    expect(outside.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['isehara.auditees.notInScope', 'info', ['officeAddressInIsehara']],
    ]);
    const other = checkAuditee({ affiliation: 'other' }, ctx);
    expect(other.decision).toEqual({ inScope: false });
    expect(other.findings[0]?.path).toEqual(['affiliation']);
  });

  it('absent facts → undetermined, with what is missing', () => {
    const none = checkAuditee({}, ctx);
    expect(none.status).toBe('undetermined');
    expect(none.missing).toEqual([{ path: ['affiliation'], label: '所属先の種類' }]);
    const noAddress = checkAuditee({ affiliation: 'facilityService' }, ctx);
    expect(noAddress.status).toBe('undetermined');
    expect(noAddress.missing).toEqual([
      {
        path: ['officeAddressInIsehara'],
        label: '所属する事業所・施設が伊勢原市内に住所を有するか',
      },
    ]);
    const center = checkAuditee({ affiliation: 'communityCenter' }, ctx);
    expect(center.missing[0]?.path).toEqual(['iseharaCommunityCenter']);
  });

  // 伊勢原市 ４（２）「伊勢原市内に住所を有する」: the alternative reading (the care manager's own address).
  it('the alternative reading reads the care manager’s address', () => {
    const alt = { ...ctx, parameters: { [auditeeAddressOf.id]: 'careManager' } };
    const input = {
      affiliation: 'homeCareSupportOffice',
      officeAddressInIsehara: true,
      careManagerAddressInIsehara: false,
    } as const;
    expect(checkAuditee(input, ctx).decision?.inScope).toBe(true);
    const r = checkAuditee(input, alt);
    expect(r.decision?.inScope).toBe(false);
    expect(r.parameters).toContainEqual(
      expect.objectContaining({ id: auditeeAddressOf.id, origin: 'override' }),
    );
    expect(
      checkAuditee({ affiliation: 'homeCareSupportOffice', officeAddressInIsehara: true }, alt)
        .missing[0]?.path,
    ).toEqual(['careManagerAddressInIsehara']);
  });

  it('is invalid before the 要領 takes effect', () => {
    expect(checkAuditee({ affiliation: 'other' }, { referenceDate: '2024-03-01' }).status).toBe(
      'invalid',
    );
  });

  it.each([
    undefined,
    { affiliation: 'hospital' },
    { affiliation: MARKER },
    { officeAddressInIsehara: 'yes' },
    { affiliation: 'other', name: MARKER },
  ])('bad input %j → invalid, no echo', (input) => {
    const r = checkAuditee(input, ctx);
    expect(r.status).toBe('invalid');
    expect(resultText(r)).not.toContain(MARKER);
  });
});
