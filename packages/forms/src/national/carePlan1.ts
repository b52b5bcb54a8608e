import { CARE_LEVEL_CODES_KYOTAKU } from '@kaigo/core';
import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField } from '../primitives/primitives';
import { CERT_STATUS_CODES, LIVING_SUPPORT_REASON_CODES, PLAN_CATEGORY_CODES } from './codes';
import {
  csvVersionField,
  groupField,
  identifierField,
  insuredNumberV4Field,
  insurerNumberField,
  officeCodeField,
  postalCodeField,
  freeText,
  updaterCodeField,
  v4,
} from './fields';

const no = v4('UP1KYO');

/** 居宅サービス計画書（1）（第1表）のスキーマ。V4 CSV の UP1KYO No.1〜28。 */
export const carePlan1Schema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    createdDate: dateField({ label: '作成年月日', itemNo: no(4) }),
    userPostalCode: postalCodeField({ label: '利用者郵便番号', itemNo: no(5) }).optional(),
    userAddress1: freeText('利用者住所１', no(6)).optional(),
    userAddress2: freeText('利用者住所２', no(7)).optional(),
    planAuthorName: freeText('居宅サービス計画作成者氏名', no(8)).optional(),
    agencyName: freeText('介護支援事業者名', no(9)).optional(),
    agencyPostalCode: postalCodeField({
      label: '介護支援事業者郵便番号',
      itemNo: no(10),
    }).optional(),
    agencyAddress1: freeText('介護支援事業者住所１', no(11)).optional(),
    agencyAddress2: freeText('介護支援事業者住所２', no(12)).optional(),
    agencyCode: officeCodeField({
      label: '介護支援事業者コード',
      itemNo: no(13),
      description: '居宅支援事業者番号',
    }),
    planDate: dateField({ label: '居宅サービス計画作成（変更）日', itemNo: no(14) }),
    firstPlanDate: dateField({ label: '初回居宅サービス計画作成日', itemNo: no(15) }),
    planCategory: codeField(PLAN_CATEGORY_CODES, {
      label: '計画書区分',
      itemNo: no(16),
    }).optional(),
    certStatus: codeField(CERT_STATUS_CODES, { label: '認定状況区分', itemNo: no(17) }).optional(),
    certDate: dateField({ label: '認定日', itemNo: no(18) }).optional(),
    certValidFrom: dateField({ label: '認定有効期間開始日', itemNo: no(19) }).optional(),
    certValidTo: dateField({ label: '認定有効期間終了日', itemNo: no(20) }).optional(),
    careLevel: codeField(CARE_LEVEL_CODES_KYOTAKU, {
      label: '要介護状態区分',
      itemNo: no(21),
    }).optional(),
    assessmentResultWithIntentions: freeText(
      '利用者及び家族の生活に対する意向を踏まえた課題分析の結果',
      no(22),
    ).optional(),
    certBoardOpinion: freeText('介護認定審査会の意見及びサービスの種類の指定', no(23)).optional(),
    overallPolicy: freeText('総合的な援助の方針', no(24)).optional(),
    livingSupportReason: codeField(LIVING_SUPPORT_REASON_CODES, {
      label: '生活援助中心型の算定理由',
      itemNo: no(25),
    }).optional(),
    livingSupportReasonOther: freeText('その他理由', no(26)).optional(),
    updaterCode: updaterCodeField(no(27)),
    identifier: identifierField(no(28)),
  },
  { label: '居宅サービス計画書（1）' },
);

/** 第1表の入力。 */
export type CarePlan1 = z.infer<typeof carePlan1Schema>;

/**
 * 居宅サービス計画書（1）（第1表）。居宅介護支援事業所の介護支援専門員が、計画の作成・変更時に作成する。
 * 利用者名・生年月日は V4 CSV では利用者補足情報（{@link userSupplementForm}）で受け渡す。
 *
 * @example
 * ```ts
 * validate(carePlan1Form, input).ok;
 * ```
 */
export const carePlan1Form = defineForm({
  id: 'national.carePlan1',
  title: '居宅サービス計画書（1）（第1表）',
  typeName: 'CarePlan1',
  version: 'V4.1',
  source: { document: 'mhlw-careplan-csv-v4', section: '別紙 居宅サービス計画書1表（UP1KYO）' },
  modelled: false,
  description: '老企第29号 第1表。必須は V4 CSV の必須項目（No.2〜4、13〜15）。',
  schema: carePlan1Schema,
});
