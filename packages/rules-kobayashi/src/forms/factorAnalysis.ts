import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { booleanField, textField } from '@kaigo/forms';
import { caseHeaderShape, kobayashiForm, kobayashiSource, listField, schemaOf } from './fields';
import type { KobayashiFactorAnalysis } from './types';

/** 因子の分類（ICF の構成要素に合わせたモデル）。 */
const FACTOR_CATEGORIES = ['心身機能・身体構造', '活動', '参加', '環境因子', '個人因子'] as const;

/**
 * 因子分解表（小林市の統一様式、居宅介護支援事業所が事前アセスメント時に作成）。
 * 生活課題ごとに、それを妨げている因子を分解し、改善可能かと対応方針を記録する形にモデル化した（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiFactorAnalysisForm, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-06-02',
 *   issues: [{ lifeIssue: '一人で買い物に行けない', factors: [{ factor: '下肢筋力低下', category: '心身機能・身体構造', improvable: true }] }],
 * }).ok; // => true
 * ```
 */
export const kobayashiFactorAnalysisForm = kobayashiForm({
  id: 'kobayashi.factorAnalysis',
  title: '因子分解表',
  typeName: 'KobayashiFactorAnalysis',
  source: kobayashiSource('４ ウ ⑤', '因子分解表'),
  description:
    '居宅介護支援事業所が事前アセスメント（プラン作成時）に作成する、生活課題の因子の分解。',
  schema: schemaOf<KobayashiFactorAnalysis>(
    z.strictObject({
      ...caseHeaderShape,
      issues: listField(
        z.strictObject({
          lifeIssue: textField({ label: '生活課題' }, 500),
          factors: listField(
            z.strictObject({
              factor: textField({ label: '因子' }, 500),
              category: withMeta(z.enum(FACTOR_CATEGORIES), { label: '分類' }),
              improvable: booleanField({ label: '改善可能' }),
              approach: textField({ label: '対応方針' }, 1000).optional(),
            }),
            '因子',
          ),
        }),
        '生活課題',
      ),
    }),
  ),
});
