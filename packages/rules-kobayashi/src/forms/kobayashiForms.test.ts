import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { labelAt } from '@kaigo/forms';
import { validate } from '@kaigo/forms';
import { city } from '../city';
import {
  kobayashiForms,
  kobayashiInvoiceForm,
  kobayashiParticipationApplicationForm,
  kobayashiSummarySheetForm,
  kobayashiTargetRosterForm,
} from './index';

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
};
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every object key path of a schema (arrays walked through index 0). */
function leafPaths(schema: z.ZodType, path: (string | number)[] = []): (string | number)[][] {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'nullable') return leafPaths(d.innerType!, path);
  if (d.type === 'array') return leafPaths(d.element!, [...path, 0]);
  if (d.type === 'object') {
    return Object.entries(d.shape ?? {}).flatMap(([k, v]) => [
      [...path, k],
      ...leafPaths(v, [...path, k]),
    ]);
  }
  return [];
}

const EXPECTED_IDS = [
  'kobayashi.assessmentAdditionalItems',
  'kobayashi.riskCheck1',
  'kobayashi.riskCheck2',
  'kobayashi.lifeFunctionEvaluation',
  'kobayashi.factorAnalysis',
  'kobayashi.summarySheet',
  'kobayashi.careMenuAssessmentHomon',
  'kobayashi.careMenuAssessmentTsusho',
  'kobayashi.dailyLivingAssessment',
  'kobayashi.servicePlanEvaluationHomon',
  'kobayashi.servicePlanEvaluationTsusho',
  'kobayashi.individualPlanHomon',
  'kobayashi.individualPlanTsusho',
  'kobayashi.participationApplication',
  'kobayashi.targetRoster',
  'kobayashi.invoice',
];

describe('小林市の様式', () => {
  it('has every form named in section 4 and the administrative forms, once each', () => {
    const ids = kobayashiForms.map((f) => f.id);
    expect([...ids].sort()).toEqual([...EXPECTED_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(kobayashiForms.map((f) => [f.id, f] as const))(
    '%s is marked modelled, cited, registered and fully labelled',
    (id, form) => {
      expect(form.modelled).toBe(true);
      expect(form.city).toBe('小林市');
      expect(form.description).toContain('モデル化した様式');
      expect(form.source.document).toBe('kobayashi-jiritsu-2025');
      expect(form.typeName).toMatch(/^[A-Za-z0-9]+$/);
      expect(city.form(id)).toBe(form);
      for (const p of leafPaths(form.schema)) {
        const label = labelAt(form.schema, p);
        expect(label, p.join('.')).not.toBe('');
        expect(label, p.join('.')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    },
  );
  it('accepts a filled invoice and rejects wrong codes without echoing input', () => {
    const ok = validate(kobayashiInvoiceForm, {
      officeName: '架空居宅介護支援事業所',
      officeNumber: '4500000003',
      officeKind: 'kyotaku',
      billingMonth: '2025-06',
      invoicedOn: '2025-07-08',
      lines: [
        {
          insuredNumber: '0000000001',
          activity: 'preAssessment',
          date: '2025-06-10',
          amount: 3000,
        },
      ],
      total: 3000,
    });
    expect(ok.ok).toBe(true);
    const bad = validate(kobayashiInvoiceForm, {
      officeName: 'MARKER-氏名',
      officeNumber: 'MARKER-番号',
      officeKind: 'MARKER-種類',
      billingMonth: 'MARKER-月',
      invoicedOn: 'MARKER-日',
      lines: [{ insuredNumber: 'MARKER-被保険者', activity: 'MARKER', date: 'x', amount: -1 }],
      total: 0,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.issues.map((i) => i.path.join('.'))).toEqual(
        expect.arrayContaining([
          'officeNumber',
          'officeKind',
          'lines.0.activity',
          'lines.0.amount',
        ]),
      );
      for (const i of bad.issues) expect(i.message).not.toContain('MARKER');
      expect(bad.issues.find((i) => i.path.join('.') === 'lines.0.activity')?.label).toBe(
        '明細 › 1行目 › 取組',
      );
    }
  });
  it('roster: care level uses the national 要介護状態区分 codes', () => {
    const base = {
      officeName: '架空通所介護事業所',
      officeNumber: '4500000002',
      officeKind: 'tsusho',
      submittedOn: '2025-06-05',
    };
    expect(
      validate(kobayashiTargetRosterForm, {
        ...base,
        entries: [{ insuredNumber: '0000000001', careLevel: '12', supportStartDate: '2025-06-02' }],
      }).ok,
    ).toBe(true);
    expect(
      validate(kobayashiTargetRosterForm, {
        ...base,
        entries: [{ insuredNumber: '0000000001', careLevel: '要支援1' }],
      }).ok,
    ).toBe(false);
  });
  it('participation application: hokatsu system fields are optional (居宅 has none)', () => {
    expect(
      validate(kobayashiParticipationApplicationForm, {
        officeName: '架空居宅介護支援事業所',
        officeNumber: '4500000003',
        officeKind: 'kyotaku',
        appliedOn: '2025-05-12',
        locatedInCity: true,
        usesAssessmentManual: true,
        usesUnifiedForms: true,
      }).ok,
    ).toBe(true);
  });
  it('summary sheet: missing required fields are named in Japanese', () => {
    const r = validate(kobayashiSummarySheetForm, { insuredNumber: '0000000001' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const labels = r.issues.map((i) => i.label);
      expect(labels).toEqual(
        expect.arrayContaining(['作成日', '評価日', '支援期間', '総合的な評価']),
      );
    }
  });
});
