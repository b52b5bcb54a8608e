import { defineCodeTable, cite } from '@kaigo/core';
import * as z from 'zod';
import { withMeta } from '../meta/fieldMeta';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField, timeField, yearMonthField } from '../primitives/primitives';
import { APPLICABLE_FLAG_CODES } from './codes';
import {
  codeStringField,
  csvVersionField,
  groupField,
  identifierField,
  insuredNumberV4Field,
  insurerNumberField,
  intField,
  officeCodeField,
  rowsField,
  serviceCodeField,
  endTimeField,
  freeText,
  updaterCodeField,
  v4,
  rowObject,
} from './fields';

const no = v4('UPPLAN/UPJSK');

/**
 * 第6表の区分（予定 = UPPLAN、実績 = UPJSK。レイアウトは同じ）。
 *
 * @example
 * ```ts
 * codeLabel(SERVICE_USAGE_KIND_CODES, 'actual'); // => '実績'
 * ```
 */
export const SERVICE_USAGE_KIND_CODES = defineCodeTable(
  'serviceUsageKind',
  'サービス利用票の区分（予定／実績）',
  cite('mhlw-careplan-csv-v4', '別紙 第6表（サービス利用票）、実績情報'),
  [
    { code: 'plan', label: '予定' },
    { code: 'actual', label: '実績' },
  ] as const,
);

const carePlan6Row = rowObject({
  units: intField({ label: '単位数', itemNo: no(8), description: '割引後単位数' }, 6).optional(),
  shortStayDaysBeforeMonth: intField(
    { label: '前月までの短期入所利用日数', itemNo: no(9) },
    5,
  ).optional(),
  serviceDate: dateField({ label: 'サービス利用日', itemNo: no(10) }),
  proratedDaysMask: withMeta(z.string().regex(/^[01]{31}$/), {
    label: '日割対象日',
    itemNo: no(11),
    description: '31文字。日割で算定できる日を 1',
  }).optional(),
  startTime: timeField({
    label: 'サービス開始時刻',
    itemNo: no(12),
    description: '時間表示のないサービスは未設定（CSV では 9999）',
  }).optional(),
  endTime: endTimeField({
    label: 'サービス終了時刻',
    itemNo: no(13),
    description: '時間表示のないサービスは未設定（CSV では 9999）',
  }).optional(),
  count: intField({ label: 'サービス回数', itemNo: no(14) }, 2),
  serviceCode: serviceCodeField({ label: 'サービスコード', itemNo: no(15) }),
  taisCode: codeStringField({ label: 'TAISコード', itemNo: no(16) }, 12).optional(),
  equipmentNotificationCode: codeStringField(
    { label: '福祉用具届出コード', itemNo: no(17) },
    12,
  ).optional(),
  equipmentName: freeText('用具名称（機種名）', no(18)).optional(),
  detailDiscriminator: intField(
    {
      label: '明細判別コード',
      itemNo: no(19),
      description: '項目長はレイアウトにない（桁数を制限しない）',
    },
    undefined,
  ).optional(),
  providerCode: officeCodeField({ label: 'サービス事業者コード', itemNo: no(20) }),
  providerName: freeText('サービス事業所名', no(21)).optional(),
  satelliteBranch: codeStringField({ label: 'サテライト枝番', itemNo: no(22) }, 2).optional(),
  over30Days: codeField(APPLICABLE_FLAG_CODES, { label: '３０日超区分', itemNo: no(23) }),
});

/**
 * サービス利用票（第6表）のスキーマ。V4 CSV の UPPLAN（予定）／UPJSK（実績）No.1〜25。
 * 1つの入力 = 1人の1対象年月。行は（サービスコード × 利用日 × 時間帯）ごと。
 */
export const carePlan6Schema = groupField(
  {
    kind: codeField(SERVICE_USAGE_KIND_CODES, {
      label: '予定／実績',
      description: 'UPPLAN = 予定、UPJSK = 実績',
    }),
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    createdDate: dateField({ label: '作成年月日', itemNo: no(4) }),
    targetMonth: yearMonthField({ label: '対象年月', itemNo: no(5) }),
    planAgencyCode: officeCodeField({
      label: 'プラン担当業者コード',
      itemNo: no(6),
      description: '居宅支援事業者番号',
    }).optional(),
    planManagerName: freeText('プラン担当者名', no(7)).optional(),
    rows: rowsField(carePlan6Row, { label: 'サービス利用', itemNo: 'UPPLAN/UPJSK No.8〜23' }, 3000),
    updaterCode: updaterCodeField(no(24)),
    identifier: identifierField(no(25)),
  },
  { label: 'サービス利用票' },
);

/** 第6表の入力。 */
export type CarePlan6 = z.infer<typeof carePlan6Schema>;

/**
 * サービス利用票（兼居宅（介護予防）サービス計画）（第6表）。予定は居宅介護支援事業所が毎月作成し、
 * 実績はサービス事業所が同じ形式で返す。見出し欄の値（氏名、要介護状態区分、区分支給限度基準額など）は
 * V4 CSV では利用者補足情報（{@link userSupplementForm}）で受け渡す。
 *
 * @example
 * ```ts
 * validate(carePlan6Form, input).ok;
 * ```
 */
export const carePlan6Form = defineForm({
  id: 'national.carePlan6',
  title: 'サービス利用票（第6表）',
  typeName: 'CarePlan6',
  version: 'V4.1',
  source: {
    document: 'mhlw-careplan-csv-v4',
    section: '別紙 第6表（サービス利用票）、実績情報（UPPLAN、UPJSK）',
  },
  modelled: false,
  description: '予定（UPPLAN）と実績（UPJSK）を kind で区別する。時刻は HH:MM（CSV は HHMM）。',
  schema: carePlan6Schema,
});
