import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { textField } from '@kaigo/forms';
import { caseHeaderShape, kobayashiForm, kobayashiSource, listField, schemaOf } from './fields';
import type { KobayashiAssessmentAdditionalItems } from './types';

/** 追加項目の領域（基本チェックリストの領域に合わせたモデル）。 */
const AREAS = [
  '生活機能全般',
  '運動',
  '栄養',
  '口腔',
  '閉じこもり',
  '認知',
  'うつ',
  'その他',
] as const;

/**
 * 介護予防のアセスメント【２】追加項目（小林市の統一様式、居宅介護支援事業所が事前アセスメント時に作成）。
 * 【１】は全国様式の基本チェックリスト（`national.basicChecklist`）。追加項目の中身は公開されていないため、
 * 基本チェックリストの領域ごとに「確認項目・聞き取り内容」を記録する形にモデル化した（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiAssessmentAdditionalItemsForm, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-06-02',
 *   items: [{ area: '運動', item: '屋外歩行', finding: '杖で500m程度' }],
 * }).ok; // => true
 * ```
 */
export const kobayashiAssessmentAdditionalItemsForm = kobayashiForm({
  id: 'kobayashi.assessmentAdditionalItems',
  title: '介護予防のアセスメント【２】追加項目',
  typeName: 'KobayashiAssessmentAdditionalItems',
  source: kobayashiSource(
    '４ ウ ➁',
    '介護予防のアセスメント【１】基本チェックリスト・【２】追加項目',
  ),
  description:
    '居宅介護支援事業所が事前アセスメント（プラン作成時）に、基本チェックリスト（【１】）に加えて聞き取る追加項目。',
  schema: schemaOf<KobayashiAssessmentAdditionalItems>(
    z.strictObject({
      ...caseHeaderShape,
      items: listField(
        z.strictObject({
          area: withMeta(z.enum(AREAS), { label: '領域' }),
          item: textField({ label: '確認項目' }, 200),
          finding: textField({ label: '聞き取り内容・状況' }, 2000),
        }),
        '追加項目',
      ),
      notes: textField({ label: '特記事項' }, 2000).optional(),
    }),
  ),
});
