import { CARE_LEVEL_CODES_KIHON } from '@kaigo/core';
import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { booleanField, codeField, countField, dateField } from '../primitives/primitives';
import {
  ATTENDING_PHYSICIAN_FLAG_CODES,
  CHECKLIST_RESULT_CODES,
  CONSULTATION_METHOD_CODES,
  CONSULTATION_VISIT_CODES,
  CURRENT_SITUATION_CODES,
  DELEGATION_CODES,
  DEMENTIA_INDEPENDENCE_CODES,
  DISABILITY_INDEPENDENCE_CODES,
  DISEASE_COURSE_CODES,
  HOUSING_TYPE_CODES,
  PRESENCE_CODES,
  PREVENTION_PLAN_TYPE_CODES,
  SEX_CODES,
} from './codes';
import {
  csvVersionField,
  groupField,
  insuredNumberV4Field,
  insurerNumberField,
  phoneField,
  rowsField,
  freeText,
  v4,
  rowObject,
} from './fields';

const no = v4('UPKIHON');
const sub1 = v4('UPKIHON_SUB1');
const sub2 = v4('UPKIHON_SUB2');
const flag = (label: string, n: number) =>
  booleanField({ label, itemNo: no(n), description: 'CSV では 1 該当 / 0 非該当' }).optional();

const emergencyContact = rowObject({
  name: freeText('氏名', 'UPKIHON No.46・50・54・58').optional(),
  relationship: freeText('続柄', 'UPKIHON No.47・51・55・59').optional(),
  address: freeText('住所', 'UPKIHON No.48・52・56・60').optional(),
  phone: phoneField({ label: '電話番号', itemNo: 'UPKIHON No.49・53・57・61' }).optional(),
});

const timeScheduleRow = rowObject({
  time: freeText('時間', sub1(5)).optional(),
  personActivity: freeText('本人の生活状況', sub1(6)).optional(),
  caregiverActivity: freeText('介護者・家族の生活状況', sub1(7)).optional(),
});

const medicalHistoryRow = rowObject({
  onsetDate: freeText('年月日', sub2(5)).optional(),
  diseaseName: freeText('病名', sub2(6)).optional(),
  institutionAndDoctor: freeText('医療機関・医師名', sub2(7)).optional(),
  attendingPhysicianFlag: codeField(ATTENDING_PHYSICIAN_FLAG_CODES, {
    label: '主治医・意見作成者フラグ',
    itemNo: sub2(8),
  }).optional(),
  institutionPhone: phoneField({ label: '医療機関・医師電話番号', itemNo: sub2(9) }).optional(),
  course: codeField(DISEASE_COURSE_CODES, { label: '経過', itemNo: sub2(10) }).optional(),
  treatmentDetails: freeText('治療中の内容', sub2(11)).optional(),
});

/**
 * 利用者基本情報（介護予防支援・介護予防ケアマネジメント）のスキーマ。V4 CSV の UPKIHON No.1〜71 と
 * 別表1（UPKIHON_SUB1 タイムスケジュール）・別表2（UPKIHON_SUB2 現病歴・既往歴）を1つにまとめる。
 */
export const userBasicInfoSchema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    consultationDate: dateField({ label: '相談日', itemNo: no(4) }),
    planType: codeField(PREVENTION_PLAN_TYPE_CODES, { label: '計画種類', itemNo: no(5) }),
    delegation: codeField(DELEGATION_CODES, {
      label: '委託の有無',
      itemNo: no(6),
      description: '必須の○の列が判読できないため任意とする',
    }).optional(),
    authorName: freeText('作成担当者', no(7)).optional(),
    consultationMethod: codeField(CONSULTATION_METHOD_CODES, {
      label: '相談方法',
      itemNo: no(8),
    }).optional(),
    consultationMethodOther: freeText('相談方法(その他の内容)', no(9)).optional(),
    consultationVisit: codeField(CONSULTATION_VISIT_CODES, {
      label: '相談回数',
      itemNo: no(10),
    }).optional(),
    previousConsultationDate: dateField({ label: '前回相談日', itemNo: no(11) }).optional(),
    currentSituation: codeField(CURRENT_SITUATION_CODES, {
      label: '利用者の現況',
      itemNo: no(12),
    }).optional(),
    currentSituationNote: freeText('利用者の現況(状況補足)', no(13)).optional(),
    nameKana: freeText('利用者氏名フリガナ', no(14)),
    name: freeText('利用者氏名', no(15)),
    sex: codeField(SEX_CODES, { label: '利用者性別', itemNo: no(16) }),
    birthDate: dateField({ label: '利用者生年月日', itemNo: no(17) }),
    address: freeText('利用者住所', no(18)).optional(),
    phone: phoneField({ label: '利用者電話番号', itemNo: no(19) }).optional(),
    fax: phoneField({ label: '利用者Fax番号', itemNo: no(20) }).optional(),
    disabilityIndependenceLevel: codeField(DISABILITY_INDEPENDENCE_CODES, {
      label: '障害高齢者の日常生活自立度',
      itemNo: no(21),
    }).optional(),
    dementiaIndependenceLevel: codeField(DEMENTIA_INDEPENDENCE_CODES, {
      label: '認知症高齢者の日常生活自立度',
      itemNo: no(22),
    }).optional(),
    careLevel: codeField(CARE_LEVEL_CODES_KIHON, {
      label: '要介護状態区分',
      itemNo: no(23),
    }).optional(),
    certValidFrom: dateField({
      label: '認定有効期間開始日',
      itemNo: no(24),
      description: '様式の名称は「認定有効期限開始日」（原文のまま）',
    }).optional(),
    certValidTo: dateField({ label: '認定有効期間終了日', itemNo: no(25) }).optional(),
    previousCareLevel: codeField(CARE_LEVEL_CODES_KIHON, {
      label: '前回の介護度',
      itemNo: no(26),
    }).optional(),
    kihonChecklistResult: codeField(CHECKLIST_RESULT_CODES, {
      label: '基本チェックリスト記入結果',
      itemNo: no(27),
    }).optional(),
    kihonChecklistDate: dateField({ label: '基本チェックリスト記入日', itemNo: no(28) }).optional(),
    disabilityCertPhysical: flag('障害等認定(身障)', 29),
    disabilityCertIntellectual: flag('障害等認定(療育)', 30),
    disabilityCertMental: flag('障害等認定(精神)', 31),
    disabilityCertIntractable: flag('障害等認定(難病)', 32),
    disabilityCertNotes: freeText('障害等認定特記事項', no(33)).optional(),
    housingType: codeField(HOUSING_TYPE_CODES, { label: '居住形態', itemNo: no(34) }).optional(),
    ownRoomFloor: countField({ label: '自室の階数', itemNo: no(35) }, 99).optional(),
    homeModification: codeField(PRESENCE_CODES, {
      label: '住宅改修の有無',
      itemNo: no(36),
    }).optional(),
    incomeNationalPension: flag('経済状況(国民年金)', 37),
    incomeEmployeesPension: flag('経済状況(厚生年金)', 38),
    incomeDisabilityPension: flag('経済状況(障害年金)', 39),
    incomePublicAssistance: flag('経済状況(生活保護)', 40),
    incomeNotes: freeText('経済状況詳細', no(41)).optional(),
    visitorName: freeText('来所者(相談者)氏名', no(42)).optional(),
    visitorAddress: freeText('来所者(相談者)住所', no(43)).optional(),
    visitorPhone: phoneField({ label: '来所者(相談者)電話番号', itemNo: no(44) }).optional(),
    visitorRelationship: freeText('来所者(相談者)続柄', no(45)).optional(),
    emergencyContacts: rowsField(
      emergencyContact,
      { label: '緊急連絡先', itemNo: 'UPKIHON No.46〜61', description: 'CSV は4枠固定' },
      4,
    ).optional(),
    familyDiagramImageFile: freeText('家族構成 画像ファイル名', no(62)).optional(),
    familyRelationsNotes: freeText('家族関係等の状況', no(63)).optional(),
    lifeHistory: freeText('今までの生活', no(64)).optional(),
    dailyLifeOverview: freeText('１日の生活・すごし方(生活全般)', no(65)).optional(),
    hobbies: freeText('趣味・楽しみ・特技', no(66)).optional(),
    communityRelations: freeText('友人・地域との関係', no(67)).optional(),
    currentFormalServices: freeText('現在利用している公的サービス', no(68)).optional(),
    currentInformalServices: freeText('現在利用している非公的サービス', no(69)).optional(),
    consentDate: dateField({ label: '同意日', itemNo: no(70) }).optional(),
    consentName: freeText('同意者氏名', no(71)).optional(),
    timeSchedule: rowsField(
      timeScheduleRow,
      { label: '別表1 １日の生活・すごし方（タイムスケジュール）', itemNo: 'UPKIHON_SUB1' },
      100,
    ).optional(),
    medicalHistory: rowsField(
      medicalHistoryRow,
      { label: '別表2 現病歴・既往歴', itemNo: 'UPKIHON_SUB2' },
      100,
    ).optional(),
  },
  { label: '利用者基本情報' },
);

/** 利用者基本情報の入力。 */
export type UserBasicInfo = z.infer<typeof userBasicInfoSchema>;

/**
 * 利用者基本情報（介護予防支援・介護予防ケアマネジメント）。地域包括支援センター（または委託先の居宅介護支援事業所）が
 * 初回相談時と再相談時に作成する。必須はV4 CSV の必須項目（No.2〜5、14〜17）。
 *
 * @example
 * ```ts
 * validate(userBasicInfoForm, input).ok;
 * ```
 */
export const userBasicInfoForm = defineForm({
  id: 'national.userBasicInfo',
  title: '利用者基本情報',
  typeName: 'UserBasicInfo',
  version: 'V4.1',
  source: {
    document: 'mhlw-careplan-csv-v4',
    section: '別紙 利用者基本情報（UPKIHON、UPKIHON_SUB1、UPKIHON_SUB2）',
  },
  modelled: false,
  description:
    '介護予防支援・介護予防ケアマネジメントの利用者基本情報。別表1（タイムスケジュール）と別表2（現病歴・既往歴）を配列で持つ。',
  schema: userBasicInfoSchema,
});
