import { cite } from '@kaigo/core';
import * as z from 'zod';
import { defineForm } from '@kaigo/forms';
import { codeField, dateField, textField } from '@kaigo/forms';
import { ASAGO_SUPPORT_LEVEL_CODES } from './codes';

const SOURCE = cite(
  'asago-ikiiki-2024',
  '６ CSwatchによる『いきいき長生きケアマネジメント』の応援手順 準備 ◎CSwatchへの提出書類 ①',
  '①朝来市情報共有シート',
);

/**
 * 朝来市情報共有シートのスキーマ（最小限のモデル化）。要領は名称だけを挙げ、記載項目を示していないため、
 * 作成日・要支援状態区分・共有する情報（自由記述）だけを持つ。
 */
export const asagoInformationSharingSheetSchema = z.strictObject({
  createdOn: dateField({ label: '作成日', source: SOURCE }).optional(),
  supportLevel: codeField(ASAGO_SUPPORT_LEVEL_CODES, {
    label: '要支援状態区分',
    source: ASAGO_SUPPORT_LEVEL_CODES.source,
  }).optional(),
  sharedInformation: textField(
    {
      label: '共有する情報',
      description: '記載項目は要領に示されていない（モデル化した欄）。',
      source: SOURCE,
    },
    4000,
  ).optional(),
});

/** 朝来市情報共有シート（{@link asagoInformationSharingSheetSchema} の型）。 */
export type AsagoInformationSharingSheet = z.infer<typeof asagoInformationSharingSheetSchema>;

/**
 * 朝来市: 朝来市情報共有シート（最小限のモデル化）。CSwatch への提出書類の①。公式の様式ではない。
 */
export const asagoInformationSharingSheetForm = defineForm({
  id: 'asago.informationSharingSheet',
  title: '朝来市情報共有シート（モデル化）',
  typeName: 'AsagoInformationSharingSheet',
  version: '1',
  source: SOURCE,
  modelled: true,
  city: '朝来市',
  description:
    'CSwatch への提出書類①。要領は名称のみで記載項目を示さないため、作成日・要支援状態区分・共有する情報だけの最小限のモデル。',
  schema: asagoInformationSharingSheetSchema,
});
