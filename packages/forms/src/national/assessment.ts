import { CARE_LEVEL_CODES_KYOTAKU, cite, defineCodeTable } from '@kaigo/core';
import type * as z from 'zod';
import { defineForm } from '../meta/formDefinition';
import { codeField, dateField } from '../primitives/primitives';
import { DEMENTIA_INDEPENDENCE_CODES, DISABILITY_INDEPENDENCE_CODES } from './codes';
import { LEN, groupField, text } from './fields';

/**
 * 居宅サービス計画作成の状況（課題分析標準項目 No.1 に令和5年改正で加わった項目）。
 *
 * @example
 * ```ts
 * codeLabel(PLAN_CREATION_STATUS_CODES, 'first'); // => '初回'
 * ```
 */
export const PLAN_CREATION_STATUS_CODES = defineCodeTable(
  'planCreationStatus',
  '居宅サービス計画作成の状況',
  cite('mhlw-roki-29-1999', '別紙4 課題分析標準項目 No.1（令和5年改正）'),
  [
    { code: 'first', label: '初回' },
    { code: 'notFirst', label: '初回以外' },
  ] as const,
);

const item = (no: number, label: string) =>
  text(label, `課題分析標準項目 No.${no}`, LEN.long).optional();

/**
 * 課題分析（アセスメント）のスキーマ。課題分析標準項目23項目（令和5年改正）を固定のキーで持ち、
 * 各項目は自由記述。アセスメント様式が各項目を扱っていることを示すための共通の枠。
 */
export const assessmentSchema = groupField(
  {
    assessmentDate: dateField({ label: 'アセスメント実施日' }),
    userName: text('利用者名', undefined, LEN.name),
    assessorName: text('アセスメント実施者', undefined, LEN.name).optional(),
    planCreationStatus: codeField(PLAN_CREATION_STATUS_CODES, {
      label: '居宅サービス計画作成の状況',
      itemNo: '課題分析標準項目 No.1',
    }).optional(),
    disabilityIndependenceLevel: codeField(DISABILITY_INDEPENDENCE_CODES, {
      label: '障害高齢者の日常生活自立度',
      itemNo: '課題分析標準項目 No.5',
    }).optional(),
    dementiaIndependenceLevel: codeField(DEMENTIA_INDEPENDENCE_CODES, {
      label: '認知症高齢者の日常生活自立度',
      itemNo: '課題分析標準項目 No.6',
    }).optional(),
    careLevel: codeField(CARE_LEVEL_CODES_KYOTAKU, {
      label: '要介護状態区分',
      itemNo: '課題分析標準項目 No.8',
    }).optional(),
    items: groupField(
      {
        basicInfo: item(1, '基本情報（受付、利用者等基本情報）'),
        lifeHistoryAndCurrentSituation: item(2, 'これまでの生活と現在の状況'),
        socialSecurityUse: item(3, '利用者の社会保障制度の利用情報'),
        currentSupportAndResources: item(4, '現在利用している支援や社会資源の状況'),
        independenceDisability: item(5, '日常生活自立度（障害）'),
        independenceDementia: item(6, '日常生活自立度（認知症）'),
        chiefComplaintAndIntentions: item(7, '主訴・意向'),
        certificationInfo: item(8, '認定情報'),
        assessmentReason: item(9, '今回のアセスメントの理由'),
        health: item(10, '健康状態'),
        adl: item(11, 'ADL'),
        iadl: item(12, 'IADL'),
        cognitionAndJudgement: item(13, '認知機能や判断能力'),
        communication: item(14, 'コミュニケーションにおける理解と表出の状況'),
        dailyRhythm: item(15, '生活リズム'),
        excretion: item(16, '排泄の状況'),
        hygiene: item(17, '清潔の保持に関する状況'),
        oral: item(18, '口腔内の状況'),
        mealIntake: item(19, '食事摂取の状況'),
        socialParticipation: item(20, '社会との関わり'),
        family: item(21, '家族等の状況'),
        livingEnvironment: item(22, '居住環境'),
        otherConsiderations: item(23, 'その他留意すべき事項・状況'),
      },
      { label: '課題分析標準項目' },
    ),
  },
  { label: '課題分析（アセスメント）' },
);

/** 課題分析（アセスメント）の入力。 */
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * 課題分析標準項目（23項目、令和5年10月16日改正）によるアセスメント／フェイスシート。基本情報に関する項目
 * （No.1〜9）と課題分析（アセスメント）に関する項目（No.10〜23）。No.2〜4 の名称は未照合。旧項目とは番号で
 * 対応しない（改正で内容が組み替えられた）ので、番号による移行はしないこと。
 *
 * @example
 * ```ts
 * validate(assessmentForm, input).ok;
 * ```
 */
export const assessmentForm = defineForm({
  id: 'national.assessment',
  title: '課題分析標準項目（アセスメント）',
  typeName: 'Assessment',
  version: '2023.1',
  source: {
    document: 'mhlw-roki-29-1999',
    section: '別紙4 課題分析標準項目（令和5年10月16日改正）',
  },
  modelled: false,
  description:
    '23項目の自由記述と、構造化できる一部（作成の状況、日常生活自立度、要介護状態区分）。',
  schema: assessmentSchema,
});
