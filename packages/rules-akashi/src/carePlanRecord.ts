import { enumField, dateField, textField, withMeta } from '@kaigo/forms';
import { akashiDisasterPreparednessSchema } from './forms/index';
import * as z from 'zod';

/**
 * ケアマネジメントの種類（文書の用語）。`preventiveCareManagement` 介護予防ケアマネジメント（第１号介護予防支援）、
 * `preventiveSupport` 指定介護予防支援、`homeCareSupport` 指定居宅介護支援。
 *
 * @source akashi-policy-2023 １（１）第1項、１（２）
 */
export const CARE_MANAGEMENT_KINDS = [
  'preventiveCareManagement',
  'preventiveSupport',
  'homeCareSupport',
] as const;

/** ケアマネジメントの種類（{@link CARE_MANAGEMENT_KINDS} の要素）。 */
export type CareManagementKind = (typeof CARE_MANAGEMENT_KINDS)[number];

/**
 * ケアマネジメントの種類の日本語名。
 *
 * @source akashi-policy-2023 １（１）第1項、１（２）
 */
export const CARE_MANAGEMENT_KIND_LABELS: Readonly<Record<CareManagementKind, string>> = {
  preventiveCareManagement: '介護予防ケアマネジメント（第１号介護予防支援）',
  preventiveSupport: '指定介護予防支援',
  homeCareSupport: '指定居宅介護支援',
};

/**
 * 目標の分類（生活機能の3つの視点）。`bodyFunction` 心身機能、`activity` 活動、`participation` 参加。
 *
 * @source akashi-policy-2023 １（１）第5項、３（２）考え方 第2項
 */
export const FUNCTIONING_DOMAINS = ['bodyFunction', 'activity', 'participation'] as const;

/** 目標の分類（{@link FUNCTIONING_DOMAINS} の要素）。 */
export type FunctioningDomain = (typeof FUNCTIONING_DOMAINS)[number];

/**
 * 目標の分類の日本語名（文書の表記）。
 *
 * @source akashi-policy-2023 １（１）第5項
 */
export const FUNCTIONING_DOMAIN_LABELS: Readonly<Record<FunctioningDomain, string>> = {
  bodyFunction: '心身機能',
  activity: '活動',
  participation: '参加',
};

/**
 * ケアプランの作成区分。`new` 新規作成、`renewal` 更新、`change` 変更。
 *
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援（「ケアプラン作成（更新を含む）時」）
 */
export const PLAN_KINDS = ['new', 'renewal', 'change'] as const;

/** ケアプランの作成区分（{@link PLAN_KINDS} の要素）。 */
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * 作成区分の日本語名。
 *
 * @source akashi-policy-2023 ５ 災害時の避難行動の支援
 */
export const PLAN_KIND_LABELS: Readonly<Record<PlanKind, string>> = {
  new: '新規作成',
  renewal: '更新',
  change: '変更',
};

/**
 * ケアプランの目標1件。`domains` は目標が主に働きかける視点（心身機能・活動・参加、複数可）で、
 * 作成者が付ける分類（SDK のモデル化。文書に様式はない）。目標の文言（`text`）は判定に使わず、メッセージにも出さない。
 *
 * @source akashi-policy-2023 １（１）第5項
 */
export const carePlanGoalSchema = withMeta(
  z.strictObject({
    /** 目標の文言（判定に使わない）。 */
    text: textField({ label: '目標' }, 1000).optional(),
    /** 目標の視点（心身機能・活動・参加、複数可）。 */
    domains: withMeta(z.array(enumField(FUNCTIONING_DOMAINS, { label: '目標の視点' })).max(3), {
      label: '目標の視点（心身機能・活動・参加）',
    }).optional(),
  }),
  { label: '目標' },
);

/**
 * 明石市のルールが読むケアプランの記録（モデル化）。心身機能・活動・参加のバランス
 * （{@link checkFunctionActivityParticipationBalance}）と災害に備えた情報（{@link checkDisasterPreparedness}）の
 * 入力。各欄は任意で、未入力は判定に必要なら不足入力として返す。
 *
 * @source akashi-policy-2023 １（１）第5項、５ 災害時の避難行動の支援
 */
export const carePlanRecordSchema = z.strictObject({
  /** ケアマネジメントの種類。 */
  kind: enumField(CARE_MANAGEMENT_KINDS, { label: 'ケアマネジメントの種類' }).optional(),
  /** ケアプランの作成区分（新規作成・更新・変更）。 */
  planKind: enumField(PLAN_KINDS, { label: 'ケアプランの作成区分' }).optional(),
  /** ケアプラン作成日。 */
  createdOn: dateField({ label: 'ケアプラン作成日' }).optional(),
  /** 前回のケアプラン作成日。 */
  previousCreatedOn: dateField({
    label: '前回のケアプラン作成日',
    description:
      '更新・変更のとき、前のケアプランの作成日（災害に備えた情報の再確認の判定に使う）。',
  }).optional(),
  /** 目標。 */
  goals: withMeta(z.array(carePlanGoalSchema).max(100), { label: '目標' }).optional(),
  /** 災害に備えた情報（`akashi.disasterPreparedness` 様式）。 */
  disasterPreparedness: akashiDisasterPreparednessSchema.optional(),
});

/** 明石市のルールが読むケアプランの記録（{@link carePlanRecordSchema} の型）。 */
export type CarePlanRecord = z.infer<typeof carePlanRecordSchema>;
