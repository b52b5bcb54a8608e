import type { FormDefinition } from '../meta/formDefinition';
import { assessmentForm } from './assessment';
import { basicChecklistForm } from './basicChecklist';
import { carePlan1Form } from './carePlan1';
import { carePlan2Form } from './carePlan2';
import { carePlan3Form } from './carePlan3';
import { carePlan4Form } from './carePlan4';
import { carePlan5Form } from './carePlan5';
import { carePlan6Form } from './carePlan6';
import { carePlan7Form } from './carePlan7';
import { issueSummaryForm } from './issueSummary';
import { issueSummaryEvaluationForm } from './issueSummaryEvaluation';
import { monitoringRecordForm } from './monitoringRecord';
import { preventionEvaluationForm } from './preventionEvaluation';
import { preventionPlanForm } from './preventionPlan';
import { userBasicInfoForm } from './userBasicInfo';
import { userSupplementForm } from './userSupplement';

export * from './codes';
export * from './basicChecklist';
export * from './userBasicInfo';
export * from './preventionPlan';
export * from './preventionEvaluation';
export * from './carePlan1';
export * from './carePlan2';
export * from './carePlan3';
export * from './carePlan4';
export * from './carePlan5';
export * from './carePlan6';
export * from './carePlan7';
export * from './userSupplement';
export * from './issueSummary';
export * from './issueSummaryEvaluation';
export * from './assessment';
export * from './monitoringRecord';

/** 全国様式の一覧（予防 → 居宅 → 参考様式 → モデル化した様式の順）。 */
export const nationalForms: readonly FormDefinition[] = [
  basicChecklistForm,
  userBasicInfoForm,
  preventionPlanForm,
  preventionEvaluationForm,
  carePlan1Form,
  carePlan2Form,
  carePlan3Form,
  carePlan4Form,
  carePlan5Form,
  carePlan6Form,
  carePlan7Form,
  userSupplementForm,
  issueSummaryForm,
  issueSummaryEvaluationForm,
  assessmentForm,
  monitoringRecordForm,
];
