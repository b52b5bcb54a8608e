import { describe, expect, it } from 'vitest';
import { CTX, MARKER, expectNoMarker } from '../../test/helpers';
import { checkContractRequirements } from './contractRequirements';

const ALL_YES = {
  locatedInCity: true,
  usesAssessmentManual: true,
  usesUnifiedForms: true,
  hokatsuSystemInstalled: true,
  hokatsuSystemDataLinked: true,
};

describe('checkContractRequirements (２（１）)', () => {
  it.each(['homon', 'tsusho'])(
    '%s: a service provider meeting all five requirements',
    (officeKind) => {
      const r = checkContractRequirements({ officeKind, ...ALL_YES }, CTX);
      expect(r.decision?.meetsAll).toBe(true);
      expect(r.decision?.requirements.every((x) => x.status === 'met')).toBe(true);
      expect(r.parameters[0]?.id).toBe('kobayashi.contractRequirements');
    },
  );
  it('居宅: the 包括支援システム requirements do not apply', () => {
    const r = checkContractRequirements(
      {
        officeKind: 'kyotaku',
        locatedInCity: true,
        usesAssessmentManual: true,
        usesUnifiedForms: true,
      },
      CTX,
    );
    expect(r.decision?.meetsAll).toBe(true);
    expect(
      r.decision?.requirements.filter((x) => x.status === 'notApplicable').map((x) => x.id),
    ).toEqual(['hokatsuSystemInstalled', 'hokatsuSystemDataLinked']);
  });
  it('reports each unmet requirement with its citation', () => {
    const r = checkContractRequirements(
      { officeKind: 'homon', ...ALL_YES, usesUnifiedForms: false, hokatsuSystemDataLinked: false },
      CTX,
    );
    expect(r.decision?.meetsAll).toBe(false);
    const unmet = r.findings.filter((f) => f.code === 'contract.requirementUnmet');
    expect(unmet.map((f) => f.path?.[0])).toEqual(['usesUnifiedForms', 'hokatsuSystemDataLinked']);
    expect(unmet[1]?.citation?.quote).toContain('サービス提供事業所のみ');
    expect(unmet[0]?.message).toContain('統一様式');
  });
  it('an office outside the city is reported', () => {
    const r = checkContractRequirements(
      { officeKind: 'kyotaku', ...ALL_YES, locatedInCity: false },
      CTX,
    );
    expect(r.decision?.meetsAll).toBe(false);
    expect(r.findings[0]?.citation?.section).toBe('２ 事業概要');
  });
  it('unknown answers → undetermined, listing them; an unmet one still decides', () => {
    const r = checkContractRequirements({ officeKind: 'tsusho', locatedInCity: true }, CTX);
    expect(r.status).toBe('undetermined');
    expect(r.missing.map((m) => m.path[0])).toEqual([
      'usesAssessmentManual',
      'usesUnifiedForms',
      'hokatsuSystemInstalled',
      'hokatsuSystemDataLinked',
    ]);
    const d = checkContractRequirements({ officeKind: 'tsusho', usesAssessmentManual: false }, CTX);
    expect(d.decision?.meetsAll).toBe(false);
  });
  it('accepts the 参加申込書 data as is (other fields are ignored)', () => {
    const r = checkContractRequirements(
      {
        officeName: '架空通所介護事業所',
        officeNumber: '4500000002',
        officeKind: 'tsusho',
        appliedOn: '2025-05-12',
        ...ALL_YES,
      },
      CTX,
    );
    expect(r.decision?.meetsAll).toBe(true);
  });
  it('bad input: no throw, clear finding, no marker', () => {
    for (const input of [undefined, 7, { officeKind: MARKER, locatedInCity: MARKER }, {}]) {
      const r = checkContractRequirements(input, CTX);
      expect(r.status).toBe('invalid');
      expectNoMarker(r);
    }
    expect(checkContractRequirements({}, CTX).findings[0]?.message).toContain('事業所の種類');
  });
});
