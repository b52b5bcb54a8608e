import type { FormDefinition } from '@kaigo/forms';
import {
  kobayashiInvoiceForm,
  kobayashiParticipationApplicationForm,
  kobayashiTargetRosterForm,
} from './administrativeForms';
import { kobayashiAssessmentAdditionalItemsForm } from './assessmentAdditionalItems';
import { kobayashiFactorAnalysisForm } from './factorAnalysis';
import { kobayashiLifeFunctionEvaluationForm } from './lifeFunctionEvaluation';
import { kobayashiRiskCheck1Form, kobayashiRiskCheck2Form } from './riskCheck';
import {
  kobayashiCareMenuAssessmentHomonForm,
  kobayashiCareMenuAssessmentTsushoForm,
  kobayashiDailyLivingAssessmentForm,
  kobayashiIndividualPlanHomonForm,
  kobayashiIndividualPlanTsushoForm,
  kobayashiServicePlanEvaluationHomonForm,
  kobayashiServicePlanEvaluationTsushoForm,
} from './serviceProviderForms';
import { kobayashiSummarySheetForm } from './summarySheet';

export * from './codes';
export type * from './types';
export * from './administrativeForms';
export * from './assessmentAdditionalItems';
export * from './factorAnalysis';
export * from './lifeFunctionEvaluation';
export * from './riskCheck';
export * from './serviceProviderForms';
export * from './summarySheet';

/**
 * 小林市の独自様式（自立支援型ケアマネジメント促進事業の統一様式と事務様式）。すべてモデル化した様式
 * （`modelled: true`。市の公式様式は公開されていない）。利用者基本情報・基本チェックリスト・ケアプランは全国様式
 * （`national.userBasicInfo`・`national.basicChecklist`・`national.preventionPlan`）を使う。
 */
export const kobayashiForms: readonly FormDefinition[] = [
  kobayashiCareMenuAssessmentHomonForm,
  kobayashiCareMenuAssessmentTsushoForm,
  kobayashiDailyLivingAssessmentForm,
  kobayashiServicePlanEvaluationHomonForm,
  kobayashiServicePlanEvaluationTsushoForm,
  kobayashiIndividualPlanHomonForm,
  kobayashiIndividualPlanTsushoForm,
  kobayashiAssessmentAdditionalItemsForm,
  kobayashiRiskCheck1Form,
  kobayashiRiskCheck2Form,
  kobayashiLifeFunctionEvaluationForm,
  kobayashiFactorAnalysisForm,
  kobayashiSummarySheetForm,
  kobayashiParticipationApplicationForm,
  kobayashiTargetRosterForm,
  kobayashiInvoiceForm,
];
