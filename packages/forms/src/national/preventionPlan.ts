import { SUPPORT_LEVEL_CODES_YOBO } from '@kaigo/core';
import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, countField, dateField } from '../primitives/primitives';
import {
  CERT_STATUS_CODES,
  DELEGATION_CODES,
  NEED_CODES,
  PLAN_CATEGORY_CODES,
  PRESENCE_CODES,
  PREVENTION_PLAN_TYPE_CODES,
} from './codes';
import {
  csvVersionField,
  groupField,
  insuredNumberV4Field,
  insurerNumberField,
  phoneField,
  rowNoField,
  rowsField,
  freeText,
  v4,
  rowObject,
} from './fields';

const no = v4('UPYOBO');
const sub = v4('UPYOBO_SUB');

const area = (label: string, first: number) =>
  groupField(
    {
      currentStatus: freeText('現在の状況', no(first)).optional(),
      intention: freeText('本人・家族の意欲・意向', no(first + 1)).optional(),
      hasIssue: codeField(PRESENCE_CODES, {
        label: '領域における課題の有無',
        itemNo: no(first + 2),
      }).optional(),
      issueBackground: freeText('領域における課題（背景・原因）', no(first + 3)).optional(),
    },
    { label, itemNo: `UPYOBO No.${first}〜${first + 3}` },
  ).optional();

const checklistCount = (label: string, n: number, max: number) =>
  countField(
    { label, itemNo: no(n), description: `基本チェックリストの該当数（／${max}）` },
    max,
  ).optional();

const programNeeded = (label: string, n: number) =>
  codeField(NEED_CODES, { label, itemNo: no(n) }).optional();

const supportPlanRow = rowObject({
  issueNo: rowNoField({ label: '課題ＮＯ', itemNo: sub(5) }).optional(),
  comprehensiveIssue: freeText('総合的課題', sub(6)).optional(),
  goalAndMeasureProposal: freeText('課題に対する目標と具体策の提案', sub(7)).optional(),
  intentionOnMeasures: freeText('具体策についての意向 本人・家族', sub(8)).optional(),
  goal: freeText('目標', sub(9)).optional(),
  supportPlanNo: rowNoField({ label: '支援計画ＮＯ', itemNo: sub(10) }).optional(),
  supportPoint: freeText('目標についての支援のポイント', sub(11)).optional(),
  selfCareFamilyInformal: freeText(
    '本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）',
    sub(12),
  ).optional(),
  insuranceOrProgramService: freeText(
    '介護保険サービス又は地域支援事業（総合事業のサービス）',
    sub(13),
  ).optional(),
  serviceNo: rowNoField({ label: '利用サービスＮＯ', itemNo: sub(14) }).optional(),
  serviceType: freeText('サービス種別', sub(15)).optional(),
  provider: freeText('事業所（利用先）', sub(16)).optional(),
  period: freeText('期間', sub(17)).optional(),
});

/**
 * 介護予防サービス・支援計画書のスキーマ。V4 CSV の UPYOBO No.1〜57 と別表（UPYOBO_SUB 支援計画）の行。
 * 別表の行は CSV と同じく（課題 × 支援計画 × 利用サービス）ごとに1行で、繰り返しの行は ＮＯ 欄以外を空にしてよい。
 */
export const preventionPlanSchema = groupField(
  {
    csvVersion: csvVersionField(no(1)),
    insurerNumber: insurerNumberField(no(2)),
    insuredNumber: insuredNumberV4Field(no(3)),
    planDate: dateField({ label: '計画作成(変更)日', itemNo: no(4) }),
    planType: codeField(PREVENTION_PLAN_TYPE_CODES, { label: '計画種類', itemNo: no(5) }),
    delegation: codeField(DELEGATION_CODES, {
      label: '委託の有無',
      itemNo: no(6),
      description: '必須の○の列が判読できないため任意とする',
    }).optional(),
    referenceNumber: freeText('整理番号', no(7)).optional(),
    userName: freeText('利用者名', no(8)),
    certDate: dateField({ label: '認定年月日', itemNo: no(9) }).optional(),
    certValidFrom: dateField({ label: '認定有効期間開始日', itemNo: no(10) }).optional(),
    certValidTo: dateField({ label: '認定有効期間終了日', itemNo: no(11) }).optional(),
    planCategory: codeField(PLAN_CATEGORY_CODES, {
      label: '計画書区分',
      itemNo: no(12),
    }).optional(),
    certStatus: codeField(CERT_STATUS_CODES, { label: '認定状況区分', itemNo: no(13) }).optional(),
    supportLevel: codeField(SUPPORT_LEVEL_CODES_YOBO, {
      label: '要支援状態区分',
      itemNo: no(14),
    }).optional(),
    centerStaffName: freeText('計画作成者氏名（地域包括支援センター担当者名）', no(15)).optional(),
    careManagerName: freeText('計画作成者氏名（担当介護支援専門員名）', no(16)).optional(),
    authorOfficeName: freeText('計画作成者事業者・事業所名', no(17)).optional(),
    authorOfficeAddress: freeText('計画作成者事業者・事業所住所', no(18)).optional(),
    authorOfficePhone: phoneField({
      label: '計画作成者事業者・事業所電話番号',
      itemNo: no(19),
    }).optional(),
    firstPlanDate: dateField({ label: '初回作成日', itemNo: no(20) }).optional(),
    responsibleCenter: freeText('担当地域包括支援センター', no(21)).optional(),
    targetLifeDay: freeText('目標とする生活(1日)', no(22)).optional(),
    targetLifeYear: freeText('目標とする生活(1年)', no(23)).optional(),
    areas: groupField(
      {
        mobility: area('運動・移動', 24),
        dailyLife: area('日常生活（家庭生活）', 28),
        social: area('社会参加、対人関係・コミュニケーション', 32),
        health: area('健康管理', 36),
      },
      { label: 'アセスメント領域', itemNo: 'UPYOBO No.24〜39' },
    ).optional(),
    healthNotes: freeText('健康状態の留意点', no(40)).optional(),
    policyWhenIdealSupportUnavailable: freeText('妥当な支援の実施に向けた方針', no(41)).optional(),
    overallPolicy: freeText('総合的な方針', no(42)).optional(),
    checklistCounts: groupField(
      {
        exercise: checklistCount('運動不足', 43, 5),
        nutrition: checklistCount('栄養改善', 44, 2),
        oral: checklistCount('口腔内ケア', 45, 3),
        housebound: checklistCount('閉じこもり予防', 46, 2),
        memory: checklistCount('物忘れ予防', 47, 3),
        depression: checklistCount('うつ予防', 48, 5),
      },
      { label: '基本チェックリストの該当数', itemNo: 'UPYOBO No.43〜48' },
    ).optional(),
    programNeeded: groupField(
      {
        exercise: programNeeded('運動不足', 49),
        nutrition: programNeeded('栄養改善', 50),
        oral: programNeeded('口腔内ケア', 51),
        housebound: programNeeded('閉じこもり予防', 52),
        memory: programNeeded('物忘れ予防', 53),
        depression: programNeeded('うつ予防', 54),
      },
      { label: '事業プログラムの要否', itemNo: 'UPYOBO No.49〜54' },
    ).optional(),
    centerOpinion: freeText('地域包括支援センター意見', no(55)).optional(),
    consentDate: dateField({ label: '同意日', itemNo: no(56) }).optional(),
    consentName: freeText('同意者氏名', no(57)).optional(),
    supportPlan: rowsField(
      supportPlanRow,
      { label: '別表 支援計画', itemNo: 'UPYOBO_SUB' },
      300,
    ).optional(),
  },
  { label: '介護予防サービス・支援計画書' },
);

/** 介護予防サービス・支援計画書の入力。 */
export type PreventionPlan = z.infer<typeof preventionPlanSchema>;

/**
 * 介護予防サービス・支援計画書（別表 支援計画を含む）。地域包括支援センター担当者または委託先の介護支援専門員が、
 * 4つの領域のアセスメントののちに作成する。必須は V4 CSV の必須項目（No.2〜5、8）。
 *
 * @example
 * ```ts
 * validate(preventionPlanForm, input).ok;
 * ```
 */
export const preventionPlanForm = defineForm({
  id: 'national.preventionPlan',
  title: '介護予防サービス・支援計画書',
  typeName: 'PreventionPlan',
  version: 'V4.1',
  source: {
    document: 'mhlw-careplan-csv-v4',
    section: '別紙 介護予防サービス・支援計画書（UPYOBO、UPYOBO_SUB）',
  },
  modelled: false,
  description:
    '介護予防支援・介護予防ケアマネジメントの計画書。別表（支援計画）を行の配列で持つ。基本チェックリストの該当数は項目群 B〜G に対応する。',
  schema: preventionPlanSchema,
});
