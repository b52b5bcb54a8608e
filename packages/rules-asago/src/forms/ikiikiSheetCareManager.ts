import { cite } from '@kaigo/core';
import * as z from 'zod';
import { defineForm } from '@kaigo/forms';
import { codeField, dateField, textField } from '@kaigo/forms';
import { ASAGO_EVALUATION_KIND_CODES } from './codes';

const EVALUATION = cite(
  'asago-ikiiki-2024',
  '４ 内容 評価 ◎評価項目',
  '【ケアマネジメントを評価する項目】・いきいき長生き応援シート（ケアマネジャー用）',
);
const SUPPORTER_GOALS = cite(
  'asago-ikiiki-2024',
  '４ 内容 目標 (イ) 支援者の目標',
  '・自立支援に必要な視点の獲得 ・リスクを見据えたケアマネジメントの実施',
);

/**
 * いきいき長生き応援シート（ケアマネジャー用）のスキーマ（モデル化）。評価の種類と実施日、
 * 支援者の目標2項目（自立支援に必要な視点の獲得、リスクを見据えたケアマネジメントの実施）の記述からなる。
 */
export const asagoIkiikiSheetCareManagerSchema = z.strictObject({
  evaluationKind: codeField(ASAGO_EVALUATION_KIND_CODES, {
    label: '評価の種類',
    source: EVALUATION,
  }),
  evaluatedOn: dateField({ label: '評価の実施日', source: EVALUATION }).optional(),
  independenceViewpoints: textField(
    {
      label: '自立支援に必要な視点の獲得',
      description: '支援者の目標（イ）の1つ目についてのケアマネジメントの評価（モデル化した欄）。',
      source: SUPPORTER_GOALS,
    },
    2000,
  ).optional(),
  riskAwareCareManagement: textField(
    {
      label: 'リスクを見据えたケアマネジメントの実施',
      description: '支援者の目標（イ）の2つ目についてのケアマネジメントの評価（モデル化した欄）。',
      source: SUPPORTER_GOALS,
    },
    2000,
  ).optional(),
});

/** いきいき長生き応援シート（ケアマネジャー用）（{@link asagoIkiikiSheetCareManagerSchema} の型）。 */
export type AsagoIkiikiSheetCareManager = z.infer<typeof asagoIkiikiSheetCareManagerSchema>;

/**
 * 朝来市: いきいき長生き応援シート（ケアマネジャー用）（モデル化した様式）。事前・中間・事後評価で担当ケアマネジャーが
 * 自らのケアマネジメントを評価する。様式は公開されていないため、要領の支援者の目標から構成した。公式の様式ではない。
 */
export const asagoIkiikiSheetCareManagerForm = defineForm({
  id: 'asago.ikiikiSheetCareManager',
  title: 'いきいき長生き応援シート（ケアマネジャー用）（モデル化）',
  typeName: 'AsagoIkiikiSheetCareManager',
  version: '1',
  source: EVALUATION,
  modelled: true,
  city: '朝来市',
  description:
    'ケアマネジメントを評価する項目。支援者の目標（自立支援に必要な視点の獲得、リスクを見据えたケアマネジメントの実施）。様式が非公開のため要領の記載からモデル化した。',
  schema: asagoIkiikiSheetCareManagerSchema,
});
