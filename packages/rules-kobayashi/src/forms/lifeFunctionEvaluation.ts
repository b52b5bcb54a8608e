import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { textField } from '@kaigo/forms';
import { caseHeaderShape, kobayashiForm, kobayashiSource, listField, schemaOf } from './fields';
import type { KobayashiLifeFunctionEvaluation } from './types';

/**
 * 生活機能評価（アセスメント）（小林市の統一様式、居宅介護支援事業所が事前アセスメント時に作成）。
 * 生活行為ごとの現状の自立度と改善の可能性を記録する形にモデル化した（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiLifeFunctionEvaluationForm, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-06-02',
 *   evaluations: [{ activity: '買い物', level: '一部介助', potential: '有' }],
 * }).ok; // => true
 * ```
 */
export const kobayashiLifeFunctionEvaluationForm = kobayashiForm({
  id: 'kobayashi.lifeFunctionEvaluation',
  title: '生活機能評価（アセスメント）',
  typeName: 'KobayashiLifeFunctionEvaluation',
  source: kobayashiSource('４ ウ ④', '生活機能評価（アセスメント）'),
  description: '居宅介護支援事業所が事前アセスメント（プラン作成時）に作成する生活機能の評価。',
  schema: schemaOf<KobayashiLifeFunctionEvaluation>(
    z.strictObject({
      ...caseHeaderShape,
      evaluations: listField(
        z.strictObject({
          activity: textField({ label: '生活行為' }, 200),
          level: withMeta(z.enum(['自立', '見守り', '一部介助', '全介助']), { label: '現状' }),
          potential: withMeta(z.enum(['有', '無', '不明']), { label: '改善の可能性' }),
          note: textField({ label: '評価の根拠・備考' }, 1000).optional(),
        }),
        '生活機能評価',
      ),
    }),
  ),
});
