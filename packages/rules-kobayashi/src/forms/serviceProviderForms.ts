import * as z from 'zod';
import { withMeta } from '@kaigo/forms';
import { booleanField, dateField, textField } from '@kaigo/forms';
import {
  achievementField,
  caseHeaderShape,
  kobayashiForm,
  kobayashiSource,
  listField,
  periodField,
  schemaOf,
} from './fields';
import type {
  KobayashiCareMenuAssessment,
  KobayashiDailyLivingAssessment,
  KobayashiIndividualPlan,
  KobayashiServicePlanEvaluation,
} from './types';

type ServiceType = 'homon' | 'tsusho';
const SERVICE: Record<
  ServiceType,
  { label: string; suffix: string; ascii: string; section: string }
> = {
  homon: { label: '訪問用', suffix: 'Homon', ascii: 'Homon', section: '４ ア' },
  tsusho: { label: '通所用', suffix: 'Tsusho', ascii: 'Tsusho', section: '４ イ' },
};

function careMenuAssessment(type: ServiceType) {
  const s = SERVICE[type];
  return kobayashiForm({
    id: `kobayashi.careMenuAssessment${s.suffix}`,
    title: `介護メニューアセスメント（${s.label}）`,
    typeName: `KobayashiCareMenuAssessment${s.ascii}`,
    source: kobayashiSource(`${s.section} ①`, `介護メニューアセスメント（${s.label}）`),
    description: `${type === 'homon' ? '訪問型' : '通所型'}事業所が事前・事後アセスメント時に作成し、包括支援システムに入力する。介護メニューごとに現状と支援の要否を記録する形にモデル化した。`,
    schema: schemaOf<KobayashiCareMenuAssessment>(
      z.strictObject({
        ...caseHeaderShape,
        phase: withMeta(z.enum(['事前', '事後']), { label: '事前・事後の別' }),
        menus: listField(
          z.strictObject({
            menu: textField({ label: '介護メニュー' }, 200),
            currentStatus: textField({ label: '現状' }, 1000),
            needsSupport: booleanField({ label: '支援が必要' }),
            note: textField({ label: '備考' }, 1000).optional(),
          }),
          '介護メニュー',
        ),
      }),
    ),
  });
}

function servicePlanEvaluation(type: ServiceType) {
  const s = SERVICE[type];
  return kobayashiForm({
    id: `kobayashi.servicePlanEvaluation${s.suffix}`,
    title: `介護予防サービス計画・総合評価（${s.label}）`,
    typeName: `KobayashiServicePlanEvaluation${s.ascii}`,
    source: kobayashiSource(`${s.section} ③`, `介護予防サービス計画・総合評価(${s.label}）`),
    description: `${type === 'homon' ? '訪問型' : '通所型'}事業所が事前（計画）・事後（総合評価）アセスメント時に作成し、包括支援システムに入力する。目標ごとのサービス内容と評価を記録する形にモデル化した。`,
    schema: schemaOf<KobayashiServicePlanEvaluation>(
      z.strictObject({
        ...caseHeaderShape,
        phase: withMeta(z.enum(['事前', '事後']), { label: '事前・事後の別' }),
        planPeriod: periodField('計画期間'),
        goals: listField(
          z.strictObject({
            goal: textField({ label: '目標' }, 500),
            serviceContent: textField({ label: 'サービス内容' }, 1000),
            achievement: achievementField().optional(),
            evaluation: textField({ label: '評価' }, 1000).optional(),
          }),
          '目標とサービス内容',
        ),
        overallEvaluation: textField({ label: '総合評価' }, 2000).optional(),
      }),
    ),
  });
}

function individualPlan(type: ServiceType) {
  const s = SERVICE[type];
  return kobayashiForm({
    id: `kobayashi.individualPlan${s.suffix}`,
    title: `介護予防サービス 個別計画書（${s.label}）`,
    typeName: `KobayashiIndividualPlan${s.ascii}`,
    source: kobayashiSource(
      `${s.section} ④`,
      `介護予防サービス 個別計画書(${s.label})･･･事前アセスメント時のみ`,
    ),
    description: `${type === 'homon' ? '訪問型' : '通所型'}事業所が事前アセスメント時にのみ作成する個別サービス計画。目標・サービス内容・頻度・同意を記録する形にモデル化した。`,
    schema: schemaOf<KobayashiIndividualPlan>(
      z.strictObject({
        ...caseHeaderShape,
        planPeriod: periodField('計画期間'),
        longTermGoal: textField({ label: '長期目標' }, 500),
        shortTermGoals: listField(textField({ label: '短期目標' }, 500), '短期目標', 20),
        services: listField(
          z.strictObject({
            content: textField({ label: 'サービス内容' }, 1000),
            frequency: textField({ label: '頻度' }, 100),
            note: textField({ label: '留意事項' }, 1000).optional(),
          }),
          'サービス',
        ),
        consentedOn: dateField({ label: '利用者の同意日' }).optional(),
      }),
    ),
  });
}

/**
 * 介護メニューアセスメント（訪問用）（４ ア ①、モデル化した様式）。
 *
 * @example
 * ```ts
 * kobayashiCareMenuAssessmentHomonForm.id; // => 'kobayashi.careMenuAssessmentHomon'
 * ```
 */
export const kobayashiCareMenuAssessmentHomonForm = careMenuAssessment('homon');
/**
 * 介護メニューアセスメント（通所用）（４ イ ①、モデル化した様式）。
 *
 * @example
 * ```ts
 * kobayashiCareMenuAssessmentTsushoForm.id; // => 'kobayashi.careMenuAssessmentTsusho'
 * ```
 */
export const kobayashiCareMenuAssessmentTsushoForm = careMenuAssessment('tsusho');
/**
 * 介護予防サービス計画・総合評価（訪問用）（４ ア ③、モデル化した様式）。
 *
 * @example
 * ```ts
 * kobayashiServicePlanEvaluationHomonForm.id; // => 'kobayashi.servicePlanEvaluationHomon'
 * ```
 */
export const kobayashiServicePlanEvaluationHomonForm = servicePlanEvaluation('homon');
/**
 * 介護予防サービス計画・総合評価（通所用）（４ イ ③、モデル化した様式）。
 *
 * @example
 * ```ts
 * kobayashiServicePlanEvaluationTsushoForm.id; // => 'kobayashi.servicePlanEvaluationTsusho'
 * ```
 */
export const kobayashiServicePlanEvaluationTsushoForm = servicePlanEvaluation('tsusho');
/**
 * 介護予防サービス 個別計画書（訪問用）（４ ア ④、事前アセスメント時のみ、モデル化した様式）。
 *
 * @example
 * ```ts
 * kobayashiIndividualPlanHomonForm.id; // => 'kobayashi.individualPlanHomon'
 * ```
 */
export const kobayashiIndividualPlanHomonForm = individualPlan('homon');
/**
 * 介護予防サービス 個別計画書（通所用）（４ イ ④、事前アセスメント時のみ、モデル化した様式）。
 *
 * @example
 * ```ts
 * kobayashiIndividualPlanTsushoForm.id; // => 'kobayashi.individualPlanTsusho'
 * ```
 */
export const kobayashiIndividualPlanTsushoForm = individualPlan('tsusho');

/**
 * 生活行為アセスメント（訪問・通所共通）（４ ア ➁・イ ➁、モデル化した様式）。
 * 生活行為ごとに「できる／している」の状況と目標を記録する形にモデル化した。
 *
 * @example
 * ```ts
 * validate(kobayashiDailyLivingAssessmentForm, {
 *   insuredNumber: '0000000001',
 *   createdOn: '2025-06-02',
 *   phase: '事前',
 *   activities: [{ activity: '調理', status: '一部できる' }],
 * }).ok; // => true
 * ```
 */
export const kobayashiDailyLivingAssessmentForm = kobayashiForm({
  id: 'kobayashi.dailyLivingAssessment',
  title: '生活行為アセスメント（訪問・通所共通）',
  typeName: 'KobayashiDailyLivingAssessment',
  source: kobayashiSource('４ ア ➁・イ ➁', '生活行為アセスメント(訪問・通所共通)'),
  description:
    '訪問型・通所型事業所が事前・事後アセスメント時に作成し、包括支援システムに入力する（訪問・通所共通）。',
  schema: schemaOf<KobayashiDailyLivingAssessment>(
    z.strictObject({
      ...caseHeaderShape,
      phase: withMeta(z.enum(['事前', '事後']), { label: '事前・事後の別' }),
      activities: listField(
        z.strictObject({
          activity: textField({ label: '生活行為' }, 200),
          status: withMeta(z.enum(['できる', '一部できる', 'できない', 'していない']), {
            label: '状況',
          }),
          goal: textField({ label: '目標' }, 500).optional(),
        }),
        '生活行為',
      ),
    }),
  ),
});
