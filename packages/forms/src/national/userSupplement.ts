import { CARE_LEVEL_CODES_KYOTAKU } from '@kaigo/core';
import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField, yearMonthField } from '../primitives/primitives';
import { CERT_STATUS_CODES, SEX_CODES } from './codes';
import {
  csvVersionField,
  groupField,
  identifierField,
  insuredNumberV4Field,
  insurerNumberField,
  intField,
  officeCodeField,
  phoneField,
  postalCodeField,
  rowsField,
  serviceTypeCodeField,
  freeText,
  v4,
  rowObject,
} from './fields';

const no = v4('UPHOSOKU');

const typeLimit = rowObject({
  serviceTypeCode: serviceTypeCodeField({
    label: 'サービス種類コード',
    itemNo: 'UPHOSOKU No.20＋4n',
  }),
  limitUnits: intField({ label: '支給限度基準額', itemNo: 'UPHOSOKU No.21＋4n' }, 7).optional(),
  totalUnits: intField({ label: '合計単位数', itemNo: 'UPHOSOKU No.22＋4n' }, 7).optional(),
  overUnits: intField({ label: '限度超単位数', itemNo: 'UPHOSOKU No.23＋4n' }, 7).optional(),
});

/**
 * 利用者補足情報のスキーマ。V4 CSV の UPHOSOKU No.1〜63。第1・2表にひもづくときは `planDate`、
 * 第6・7表にひもづくときは `targetMonth` を持つ（CSV では他方を 00000000 / 000000 にする）。
 */
export const userSupplementSchema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    planDate: dateField({
      label: '居宅サービス計画作成（変更）日',
      itemNo: no(4),
      description: '第1表にひもづくとき。第6・7表にひもづくときは未設定（CSV では 00000000）',
    }).optional(),
    nameKana: freeText('利用者氏名フリガナ', no(5)).optional(),
    name: freeText('利用者氏名', no(6)).optional(),
    sex: codeField(SEX_CODES, { label: '利用者性別', itemNo: no(7) }).optional(),
    birthDate: dateField({ label: '利用者生年月日', itemNo: no(8) }).optional(),
    postalCode: postalCodeField({ label: '利用者郵便番号', itemNo: no(9) }).optional(),
    address1: freeText('利用者住所１', no(10)).optional(),
    address2: freeText('利用者住所２', no(11)).optional(),
    phone: phoneField({ label: '利用者電話番号', itemNo: no(12) }).optional(),
    certDate: dateField({ label: '認定日', itemNo: no(13) }).optional(),
    limitPeriodFrom: dateField({ label: '限度額適用開始年月日', itemNo: no(14) }).optional(),
    limitPeriodTo: dateField({ label: '限度額適用終了年月日', itemNo: no(15) }).optional(),
    certStatus: codeField(CERT_STATUS_CODES, { label: '認定状況区分', itemNo: no(16) }).optional(),
    careLevelChangeDate: dateField({ label: '要介護状態変更日', itemNo: no(17) }).optional(),
    careLevel: codeField(CARE_LEVEL_CODES_KYOTAKU, {
      label: '要介護状態区分',
      itemNo: no(18),
    }).optional(),
    categoryLimitUnits: intField({ label: '区分支給限度基準額', itemNo: no(19) }, 7).optional(),
    typeLimits: rowsField(
      typeLimit,
      {
        label: 'サービス種類別限度額',
        itemNo: 'UPHOSOKU No.20〜55',
        description: 'CSV は9枠固定。サービス種類別限度額管理が必要なときだけ1枠目から使う',
      },
      9,
    ).optional(),
    totalOverUnits: intField({ label: '合計限度超単位数', itemNo: no(56) }, 7).optional(),
    shortStayDaysBeforeMonth: intField(
      { label: '入所前月迄利用日数', itemNo: no(57) },
      5,
    ).optional(),
    shortStayCumulativeDays: intField({ label: '入所累積利用日数', itemNo: no(58) }, 5).optional(),
    previousCareLevel: codeField(CARE_LEVEL_CODES_KYOTAKU, {
      label: '前回要介護状態区分',
      itemNo: no(59),
    }).optional(),
    consentReceiverCode: officeCodeField({
      label: '同意書受付業者',
      itemNo: no(60),
      description: '居宅支援事業者番号',
    }).optional(),
    updaterCode: officeCodeField({ label: '更新業者コード', itemNo: no(61) }).optional(),
    identifier: identifierField(no(62)),
    targetMonth: yearMonthField({
      label: '対象年月',
      itemNo: no(63),
      description: '第6・7表にひもづくとき。第1・2表にひもづくときは未設定（CSV では 000000）',
    }).optional(),
  },
  { label: '利用者補足情報' },
);

/** 利用者補足情報の入力。 */
export type UserSupplement = z.infer<typeof userSupplementSchema>;

/**
 * 利用者補足情報（V4 CSV の UPHOSOKU）。第1・2表または第6・7表の見出し欄の値（氏名、住所、認定情報、
 * 区分支給限度基準額、サービス種類別限度額）を受け渡す。
 *
 * @example
 * ```ts
 * validate(userSupplementForm, input).ok;
 * ```
 */
export const userSupplementForm = defineForm({
  id: 'national.userSupplement',
  title: '利用者補足情報',
  typeName: 'UserSupplement',
  version: 'V4.1',
  source: { document: 'mhlw-careplan-csv-v4', section: '別紙 利用者補足情報（UPHOSOKU）' },
  modelled: false,
  description:
    'V4 CSV の補足ファイル。planDate（第1表）と targetMonth（第6表）のどちらか一方でひもづける（その検査はルール側で行う）。',
  schema: userSupplementSchema,
});
