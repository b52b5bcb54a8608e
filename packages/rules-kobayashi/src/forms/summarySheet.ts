import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { countField, dateField, textField } from '@kaigo/forms';
import {
  achievementField,
  caseHeaderShape,
  kobayashiForm,
  kobayashiSource,
  listField,
  periodField,
  schemaOf,
} from './fields';
import type { KobayashiSummarySheet } from './types';

/**
 * 総括表（小林市の統一様式、居宅介護支援事業所が事後アセスメント（評価・総括表作成時）に作成）。
 * 支援期間の目標ごとの達成状況、事前・事後の基本チェックリスト該当項目数、総合的な評価と今後の方針を記録する形に
 * モデル化した（モデル化した様式）。要領は「支援期間終了前の総括表を作成」とする（３（２））。
 *
 * @example
 * ```ts
 * validate(kobayashiSummarySheetForm, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-11-20',
 *   evaluatedOn: '2025-11-20',
 *   supportPeriod: { from: '2025-06-01', to: '2025-11-30' },
 *   goals: [{ goal: '週1回スーパーへ歩いて行く', achievement: '達成' }],
 *   overallEvaluation: '歩行が安定した',
 *   policy: '終了',
 * }).ok; // => true
 * ```
 */
export const kobayashiSummarySheetForm = kobayashiForm({
  id: 'kobayashi.summarySheet',
  title: '総括表',
  typeName: 'KobayashiSummarySheet',
  source: kobayashiSource(
    '４ ウ 事後アセスメント ①',
    '事後アセスメント(評価 総括表作成時) ①総括表',
  ),
  description:
    '居宅介護支援事業所が支援期間の終了前（評価時）に作成する総括表。事後アセスメントとして提出する。',
  schema: schemaOf<KobayashiSummarySheet>(
    z.strictObject({
      ...caseHeaderShape,
      evaluatedOn: dateField({ label: '評価日' }),
      supportPeriod: periodField('支援期間'),
      goals: listField(
        z.strictObject({
          goal: textField({ label: '目標' }, 500),
          achievement: achievementField(),
          reason: textField({ label: '達成・未達成の要因' }, 1000).optional(),
        }),
        '目標の達成状況',
      ),
      checklistCountBefore: countField(
        { label: '基本チェックリスト該当項目数（事前）' },
        25,
      ).optional(),
      checklistCountAfter: countField(
        { label: '基本チェックリスト該当項目数（事後）' },
        25,
      ).optional(),
      overallEvaluation: textField({ label: '総合的な評価' }, 2000),
      policy: withMeta(z.enum(['終了', '継続', '変更']), { label: '今後の方針' }),
    }),
  ),
});
