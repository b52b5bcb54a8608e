import { describe, expect, it } from 'vitest';
import { city } from '../city';
import { validate } from '@kaigo/forms';
import {
  asagoForms,
  asagoIkiikiSheetCareManagerForm,
  asagoIkiikiSheetSubjectForm,
  asagoInformationSharingSheetForm,
} from './index';

describe('朝来市 forms', () => {
  it('are registered, modelled and cite the 要領', () => {
    expect(asagoForms.map((f) => f.id)).toEqual([
      'asago.ikiikiSheetSubject',
      'asago.ikiikiSheetCareManager',
      'asago.informationSharingSheet',
    ]);
    for (const f of asagoForms) {
      expect(f.modelled).toBe(true);
      expect(f.city).toBe('朝来市');
      expect(f.source.document).toBe('asago-ikiiki-2024');
      expect(f.typeName).toMatch(/^[A-Za-z]+$/);
      expect(city.form(f.id)).toBe(f);
    }
  });

  it('対象者用 carries the 基本チェックリスト and the user goals', () => {
    const r = validate(asagoIkiikiSheetSubjectForm, {
      evaluationKind: 'pre',
      evaluatedOn: '2024-05-20',
      supportLevel: 'support1',
      basicChecklist: { answers: { q01: 'yes', q16: 'no' }, heightCm: 150, weightKg: 45 },
      awarenessImprovement: '散歩を日課にしたいと話す（架空）',
      lifestyleImprovement: '週2回の買い物を自分で行う（架空）',
    });
    expect(r.ok).toBe(true);
    expect(
      validate(asagoIkiikiSheetSubjectForm, { evaluationKind: 'post', basicChecklistTotal: 7 }).ok,
    ).toBe(true);
  });

  it('ケアマネジャー用 carries the supporter goals', () => {
    expect(
      validate(asagoIkiikiSheetCareManagerForm, {
        evaluationKind: 'interim1',
        evaluatedOn: '2024-12-10',
        independenceViewpoints: '本人の強みを計画に位置づけた（架空）',
        riskAwareCareManagement: '転倒リスクを見据えた（架空）',
      }).ok,
    ).toBe(true);
  });

  it('情報共有シート is minimal', () => {
    expect(validate(asagoInformationSharingSheetForm, { createdOn: '2024-06-01' }).ok).toBe(true);
  });

  it('rejects bad values with labelled Japanese messages that never echo input', () => {
    const m = 'ZQX朝来花子QXZ';
    const r = validate(asagoIkiikiSheetSubjectForm, {
      evaluationKind: m,
      evaluatedOn: m,
      supportLevel: 'care1',
      basicChecklistTotal: 26,
      basicChecklist: { answers: { q01: m } },
      extra: m,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path[0]).sort()).toEqual([
      'basicChecklist',
      'basicChecklistTotal',
      'evaluatedOn',
      'evaluationKind',
      'extra',
      'supportLevel',
    ]);
    expect(r.issues.find((i) => i.path[0] === 'basicChecklistTotal')?.message).toContain(
      '基本チェックリストの合計点',
    );
    expect(JSON.stringify(r)).not.toContain('ZQX');
    const missing = validate(asagoIkiikiSheetCareManagerForm, {});
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]?.path).toEqual(['evaluationKind']);
  });
});
