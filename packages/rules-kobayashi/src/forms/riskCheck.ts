import * as z from 'zod';
import { booleanField, textField } from '@kaigo/forms';
import { caseHeaderShape, kobayashiForm, kobayashiSource, listField } from './fields';
import type { KobayashiRiskCheck } from './types';

const riskCheckSchema = (): z.ZodType<KobayashiRiskCheck> =>
  z.strictObject({
    ...caseHeaderShape,
    checks: listField(
      z.strictObject({
        item: textField({ label: 'リスク確認項目' }, 200),
        applicable: booleanField({ label: '該当' }),
        note: textField({ label: '留意事項' }, 1000).optional(),
      }),
      'リスク確認',
    ),
    conclusion: textField({ label: '確認結果（介護予防メニュー実施上の留意点）' }, 2000),
    needsMedicalAdvice: booleanField({ label: '主治医等への確認が必要' }).optional(),
  });

/**
 * 介護予防メニュー リスク確認【１】（小林市の統一様式、居宅介護支援事業所が事前アセスメント時に作成）。
 * 介護予防メニューを実施する前のリスクを確認する。項目は非公開のため「確認項目・該当・留意事項」の繰り返しと
 * 確認結果としてモデル化した（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiRiskCheck1Form, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-06-02',
 *   checks: [{ item: '血圧', applicable: false }],
 *   conclusion: '運動メニュー実施可',
 * }).ok; // => true
 * ```
 */
export const kobayashiRiskCheck1Form = kobayashiForm({
  id: 'kobayashi.riskCheck1',
  title: '介護予防メニュー リスク確認【１】',
  typeName: 'KobayashiRiskCheck1',
  source: kobayashiSource('４ ウ ③', '介護予防メニュー リスク確認【１】・リスク確認【２】'),
  description:
    '居宅介護支援事業所が事前アセスメント（プラン作成時）に作成する、介護予防メニュー実施前のリスク確認の1枚目。',
  schema: riskCheckSchema(),
});

/**
 * 介護予防メニュー リスク確認【２】（小林市の統一様式、居宅介護支援事業所が事前アセスメント時に作成）。
 * 【１】と同じ形にモデル化した（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiRiskCheck2Form, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-06-02',
 *   checks: [],
 *   conclusion: '特になし',
 * }).ok; // => true
 * ```
 */
export const kobayashiRiskCheck2Form = kobayashiForm({
  id: 'kobayashi.riskCheck2',
  title: '介護予防メニュー リスク確認【２】',
  typeName: 'KobayashiRiskCheck2',
  source: kobayashiSource('４ ウ ③', '介護予防メニュー リスク確認【１】・リスク確認【２】'),
  description:
    '居宅介護支援事業所が事前アセスメント（プラン作成時）に作成する、介護予防メニュー実施前のリスク確認の2枚目。',
  schema: riskCheckSchema(),
});
