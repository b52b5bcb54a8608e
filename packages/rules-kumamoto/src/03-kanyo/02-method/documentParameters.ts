import { defineParameter, isoDate } from '@kaigo/core';
import type { DatedParameter } from '@kaigo/core';
import { SECTIONS } from '../../sourceDocument';

/** 提出を求める資料1件（様式 id は @kaigo/forms の全国様式 id）。 */
export interface RequestedDocument {
  /** 様式 id（例: `national.basicChecklist`）。 */
  readonly formId: string;
  /** 資料どおりの名称。 */
  readonly label: string;
}

/** 評価表（前回計画の評価）の様式 id。 */
export const EVALUATION_FORM_ID = 'national.preventionEvaluation';

/**
 * 提出を求める資料【必須】（３（２）≪提出を求める資料≫）。資料の順。
 * 評価表を新規作成時にも求めるかは {@link evaluationSheetAtCreate} で決める（既定は更新時だけ）。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪提出を求める資料≫【必須】
 * @example
 * ```ts
 * requiredDocuments.values[0]?.value.map((d) => d.formId);
 * // => ['national.userBasicInfo', 'national.basicChecklist', 'national.preventionPlan', 'national.preventionEvaluation']
 * ```
 */
export const requiredDocuments: DatedParameter<readonly RequestedDocument[]> = defineParameter<
  readonly RequestedDocument[]
>({
  id: 'kumamoto.requiredDocuments',
  description: '提出を求める資料【必須】',
  citation: SECTIONS.requiredDocuments,
  values: [
    {
      from: isoDate('2024-04-01'),
      value: [
        { formId: 'national.userBasicInfo', label: '利用者基本情報' },
        { formId: 'national.basicChecklist', label: '基本チェックリスト' },
        { formId: 'national.preventionPlan', label: '介護予防サービス・支援計画書' },
        {
          formId: EVALUATION_FORM_ID,
          label: '介護予防支援・介護予防ケアマネジメントサービス評価表',
        },
      ],
    },
  ],
});

/**
 * 提出を求める資料【任意】: 経過記録（地域包括支援センターからの求めに応じて提出）。
 * 経過記録は支援経過の記録で、SDK では第5表（居宅介護支援経過）の様式 id `national.carePlan5` で表す。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪提出を求める資料≫【任意】
 * @example
 * ```ts
 * optionalDocuments.values[0]?.value[0]?.label; // => '経過記録'
 * ```
 */
export const optionalDocuments: DatedParameter<readonly RequestedDocument[]> = defineParameter<
  readonly RequestedDocument[]
>({
  id: 'kumamoto.optionalDocuments',
  description: '提出を求める資料【任意】（ささえりあの求めに応じて提出）',
  citation: SECTIONS.optionalDocuments,
  values: [
    {
      from: isoDate('2024-04-01'),
      value: [{ formId: 'national.carePlan5', label: '経過記録' }],
    },
  ],
  reading:
    '経過記録は支援経過の記録と読み、様式 id national.carePlan5（第5表 経過記録）で表す。' +
    '求めがあれば提出する資料で、求めがなければ提出しなくてよい。',
});

/**
 * 新規作成時にも評価表（介護予防支援・介護予防ケアマネジメントサービス評価表）を求めるか。既定は `false`（更新時に求め、
 * 新規作成時には求めない）。
 *
 * 読み方: 資料は評価表を【必須】に挙げ、新規作成時と更新時を区別していない。しかし評価表は前回の計画の目標の達成状況を
 * 評価するもので、新規作成時には評価する前回の計画がなく（最初の評価の前には存在しない）、文言どおりに読むと新規作成時の
 * 提出はすべて評価表の不足になる。市の職員が運用できる読み方として、更新時（と変更時）に求め、新規作成時には求めない
 * （`false`）。新規作成時は、【必須】の一覧が評価表を挙げていることを `info` の指摘で示す。
 * 別の読み方（文言どおり）: 新規作成時にも求める（`true`。新規作成時に評価表がなければ不足のエラー）。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪提出を求める資料≫【必須】
 * @example
 * ```ts
 * // 別の読み方（文言どおり、新規作成時にも評価表を求める）:
 * checkDocuments(input, { referenceDate: '2024-10-01', parameters: { 'kumamoto.evaluationSheetAtCreate': true } });
 * ```
 */
export const evaluationSheetAtCreate: DatedParameter<boolean> = defineParameter<boolean>({
  id: 'kumamoto.evaluationSheetAtCreate',
  description: '新規作成時にも評価表の提出を求めるか',
  citation: SECTIONS.requiredDocuments,
  values: [{ from: isoDate('2024-04-01'), value: false }],
  reading:
    '評価表は前回計画の評価で、新規作成時にはまだ存在しない（最初の評価の前）。文言どおりでは新規作成時の提出がすべて不足になるため、' +
    '更新時に求め、新規作成時には求めない（false。新規作成時は【必須】の一覧が評価表を挙げていることを info で示す）。' +
    '別の読み方（文言どおり）: 【必須】の一覧は新規作成時と更新時を区別しないので、新規作成時にも求める（true）。',
});
