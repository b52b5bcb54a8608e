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
 * 評価表を新規作成時にも求めるかは {@link evaluationSheetAtCreate} で決める。
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
 * 新規作成時にも評価表（介護予防支援・介護予防ケアマネジメントサービス評価表）を求めるか。
 *
 * 読み方: 資料は評価表を【必須】に挙げ、新規作成時と更新時を区別していない。文言どおり、新規作成時にも求める（`true`）。
 * 新規作成では評価すべき前回の計画がないことがあるが、資料はその場合の扱いを書いていない。
 * 別の読み方: 評価表は前回計画の評価なので更新時だけ求める（`false`）。
 *
 * @source kumamoto-kanyo-2024 ３（２）≪提出を求める資料≫【必須】
 * @example
 * ```ts
 * // 別の読み方（評価表は更新時だけ）:
 * checkDocuments(input, { referenceDate: '2024-10-01', parameters: { 'kumamoto.evaluationSheetAtCreate': false } });
 * ```
 */
export const evaluationSheetAtCreate: DatedParameter<boolean> = defineParameter<boolean>({
  id: 'kumamoto.evaluationSheetAtCreate',
  description: '新規作成時にも評価表の提出を求めるか',
  citation: SECTIONS.requiredDocuments,
  values: [{ from: isoDate('2024-04-01'), value: true }],
  reading:
    '【必須】の一覧は新規作成時と更新時を区別しないため、文言どおり新規作成時にも評価表を求める。' +
    '別の読み方: 評価表は前回計画の評価なので、前回計画のない新規作成時には求めない（false）。',
});
