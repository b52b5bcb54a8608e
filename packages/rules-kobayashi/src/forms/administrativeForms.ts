import { CARE_LEVEL_CODES_KYOTAKU } from '@kaigo/core';
import * as z from 'zod';
import {
  booleanField,
  codeField,
  countField,
  dateField,
  insuredNumberField,
  textField,
  yearMonthField,
} from '@kaigo/forms';
import { KOBAYASHI_ACTIVITY_CODES, KOBAYASHI_KYOTAKU_ARRANGEMENT_CODES } from './codes';
import { kobayashiForm, kobayashiSource, listField, officeHeaderShape, schemaOf } from './fields';
import type {
  KobayashiInvoice,
  KobayashiParticipationApplication,
  KobayashiTargetRoster,
} from './types';

/**
 * 参加申込書（事業所が市（長寿介護課）に提出。R7.5～随時。申込確認後に契約）。
 * 要領２（１）の契約事業所の要件を申告する欄を持つ形にモデル化した（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiParticipationApplicationForm, {
 *   officeName: '架空訪問介護事業所',
 *   officeNumber: '4500000001',
 *   officeKind: 'homon',
 *   appliedOn: '2025-05-12',
 *   locatedInCity: true,
 *   usesAssessmentManual: true,
 *   usesUnifiedForms: true,
 *   hokatsuSystemInstalled: true,
 *   hokatsuSystemDataLinked: true,
 * }).ok; // => true
 * ```
 */
export const kobayashiParticipationApplicationForm = kobayashiForm({
  id: 'kobayashi.participationApplication',
  title: '参加申込書',
  typeName: 'KobayashiParticipationApplication',
  source: kobayashiSource('３ 事業の流れ', '「参加申込書」を市に提出'),
  description:
    'サービス提供事業所・居宅介護支援事業所が事業に参加するとき市に提出する。提出期限は R7.5～随時。',
  schema: schemaOf<KobayashiParticipationApplication>(
    z.strictObject({
      ...officeHeaderShape,
      appliedOn: dateField({ label: '申込日' }),
      address: textField({ label: '所在地' }, 300).optional(),
      representative: textField({ label: '代表者' }, 100).optional(),
      contactPerson: textField({ label: '担当者' }, 100).optional(),
      phone: textField({ label: '電話番号' }, 20).optional(),
      locatedInCity: booleanField({ label: '市内に住所を有する' }),
      usesAssessmentManual: booleanField({
        label: '「自立支援型アセスメントマニュアル」を用いてアセスメントを行う',
      }),
      usesUnifiedForms: booleanField({ label: '市の統一様式にて計画書等を作成する' }),
      hokatsuSystemInstalled: booleanField({
        label: '包括支援システムを導入している（サービス提供事業所のみ）',
      }).optional(),
      hokatsuSystemDataLinked: booleanField({
        label: '包括支援システムでデータ連携している（サービス提供事業所のみ）',
      }).optional(),
    }),
  ),
});

/**
 * 対象者名簿（事業所が市に提出。サービス提供事業所は支援開始後10日以内、居宅介護支援事業所は担当者会議前まで）。
 * 市（長寿介護課）はこれをもとに「対象者一覧」を作り包括と共有する（モデル化した様式）。
 *
 * @example
 * ```ts
 * validate(kobayashiTargetRosterForm, {
 *   officeName: '架空通所介護事業所',
 *   officeNumber: '4500000002',
 *   officeKind: 'tsusho',
 *   submittedOn: '2025-06-05',
 *   entries: [{ insuredNumber: '0000000001', careLevel: '12', supportStartDate: '2025-06-02' }],
 * }).ok; // => true
 * ```
 */
export const kobayashiTargetRosterForm = kobayashiForm({
  id: 'kobayashi.targetRoster',
  title: '対象者名簿',
  typeName: 'KobayashiTargetRoster',
  source: kobayashiSource('３ 事業の流れ', '「対象者名簿」を市に提出'),
  description:
    '事業所が対象者を市に届け出る名簿。以降、新規対象者については随時提出する（サービス提供事業所: 支援開始後10日以内、居宅介護支援事業所: 担当者会議前まで）。',
  schema: schemaOf<KobayashiTargetRoster>(
    z.strictObject({
      ...officeHeaderShape,
      submittedOn: dateField({ label: '提出日' }),
      entries: listField(
        z.strictObject({
          insuredNumber: insuredNumberField({ label: '被保険者番号' }),
          userName: textField({ label: '利用者氏名' }, 100).optional(),
          careLevel: codeField(CARE_LEVEL_CODES_KYOTAKU, { label: '要介護状態区分等' }),
          supportStartDate: dateField({ label: '支援開始日' }).optional(),
          supportEndDate: dateField({ label: '支援終了日（予定）' }).optional(),
          careMeetingDate: dateField({ label: '担当者会議の日' }).optional(),
          shortTermIntensiveC: booleanField({ label: '短期集中予防サービスC' }).optional(),
          kyotakuArrangement: codeField(KOBAYASHI_KYOTAKU_ARRANGEMENT_CODES, {
            label: '委託居宅・指定居宅の別',
          }).optional(),
          planOfficeName: textField({ label: 'プラン担当事業所' }, 200).optional(),
        }),
        '対象者',
        1000,
      ),
    }),
  ),
});

/**
 * 請求書・明細書（事業所が市に提出。翌月10日まで）。明細は利用者ごと・取組ごとに1行（モデル化した様式）。
 * 単価と合計の計算・照合は `@kaigo/rules-kobayashi` の請求のルールが行う。
 *
 * @example
 * ```ts
 * validate(kobayashiInvoiceForm, {
 *   officeName: '架空居宅介護支援事業所',
 *   officeNumber: '4500000003',
 *   officeKind: 'kyotaku',
 *   billingMonth: '2025-06',
 *   invoicedOn: '2025-07-08',
 *   lines: [{ insuredNumber: '0000000001', activity: 'preAssessment', date: '2025-06-10', amount: 3000 }],
 *   total: 3000,
 * }).ok; // => true
 * ```
 */
export const kobayashiInvoiceForm = kobayashiForm({
  id: 'kobayashi.invoice',
  title: '請求書・明細書',
  typeName: 'KobayashiInvoice',
  source: kobayashiSource('３ 事業の流れ', '請求書・明細書を市に提出'),
  description: '事業所が支援の取組を市に請求する請求書と明細書。提出期限は翌月10日まで。',
  schema: schemaOf<KobayashiInvoice>(
    z.strictObject({
      ...officeHeaderShape,
      billingMonth: yearMonthField({ label: '請求対象年月' }),
      invoicedOn: dateField({ label: '請求日' }),
      lines: listField(
        z.strictObject({
          insuredNumber: insuredNumberField({ label: '被保険者番号' }),
          userName: textField({ label: '利用者氏名' }, 100).optional(),
          activity: codeField(KOBAYASHI_ACTIVITY_CODES, { label: '取組' }),
          date: dateField({ label: '実施日' }),
          amount: countField({ label: '金額（円）' }),
        }),
        '明細',
        1000,
      ),
      total: countField({ label: '合計金額（円）' }),
    }),
  ),
});
