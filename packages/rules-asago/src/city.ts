import { asagoForms } from './forms/index';
import type { DatedParameter, RuleDescriptor } from '@kaigo/core';
import { defineCity } from '@kaigo/core';
import { checkProgramPeriod, PROGRAM_PERIOD } from './03-period/programPeriod';
import { checkEvaluation } from './04-content/checkEvaluation';
import {
  EVALUATION_ON_LEAVING,
  EVALUATION_SCHEDULE,
  EVALUATION_SHEETS,
  EVALUATION_SUBMISSION,
  scheduleEvaluations,
} from './04-content/evaluationSchedule';
import {
  CHECKLIST_GOAL,
  CHECKLIST_GOAL_COMPARISON,
  evaluateChecklistGoal,
} from './04-content/goal';
import { PROGRAM_GOALS } from './04-content/goals';
import {
  CASE_SELECTION_PERIOD,
  checkModelSubjectSelection,
  MODEL_SUBJECT_QUOTA,
  SELECTION_CONSENT,
} from './05-procedure/modelSubjectSelection';
import {
  checkProfessionalDispatch,
  PROFESSIONAL_DISPATCH,
} from './05-procedure/professionalDispatch';
import { SUPPORT_MEETING, summarizeSupportMeetingCases } from './05-procedure/supportMeeting';
import { checkCswatchDocuments, CSWATCH_DOCUMENTS } from './06-cswatch/documents';
import { listTrainingCalendar, TRAINING_CALENDAR } from './06-cswatch/trainingCalendar';
import { ASAGO_SOURCE_DOCUMENT } from './sourceDocument';
import { asagoAgenda } from './agenda';

/**
 * 朝来市の定義: 出典文書（いきいき長生き応援事業実施要領）、独自様式（いきいき長生き応援シート、
 * 朝来市情報共有シート、`src/forms/`）、日付付きパラメータ、ルール（いずれも要領の節の順）。
 *
 * @example
 * ```ts
 * city.rule('checklistGoal')?.id; // => 'asago.checklistGoal'
 * city.rules.map((r) => r.id); // => ['asago.programPeriod', 'asago.checklistGoal', …]
 * ```
 */
export const city = /* @__PURE__ */ defineCity({
  id: 'asago',
  name: '朝来市',
  prefecture: '兵庫県',
  sources: [ASAGO_SOURCE_DOCUMENT],
  forms: asagoForms, // 市町村独自様式（src/forms/）
  parameters: [
    PROGRAM_PERIOD,
    PROGRAM_GOALS,
    CHECKLIST_GOAL,
    CHECKLIST_GOAL_COMPARISON,
    EVALUATION_SCHEDULE,
    EVALUATION_ON_LEAVING,
    EVALUATION_SHEETS,
    EVALUATION_SUBMISSION,
    MODEL_SUBJECT_QUOTA,
    CASE_SELECTION_PERIOD,
    SELECTION_CONSENT,
    PROFESSIONAL_DISPATCH,
    SUPPORT_MEETING,
    CSWATCH_DOCUMENTS,
    TRAINING_CALENDAR,
  ],
  rules: [
    checkProgramPeriod,
    evaluateChecklistGoal,
    scheduleEvaluations,
    checkEvaluation,
    checkModelSubjectSelection,
    checkProfessionalDispatch,
    summarizeSupportMeetingCases,
    checkCswatchDocuments,
    listTrainingCalendar,
  ] as readonly RuleDescriptor[],
  agenda: asagoAgenda, // 選定・評価・専門職派遣・CSwatch を介護支援専門員ごとに
});

/**
 * 朝来市のすべてのルール（要領の節の順。`city.rules` と同じ）。CLI とルールカタログが使う。
 *
 * @example
 * ```ts
 * rules.map((r) => r.id); // => ['asago.programPeriod', 'asago.checklistGoal', …]
 * ```
 */
export const rules: readonly RuleDescriptor[] = city.rules;

/**
 * 朝来市のすべての日付付きパラメータ（要領の節の順。`city.parameters` と同じ）。
 *
 * @example
 * ```ts
 * parameters.find((p) => p.id === 'asago.checklistGoal')?.values[0]?.value; // => { reductionPoints: 0.9, maxScore: 25 }
 * ```
 */
export const parameters: readonly DatedParameter<unknown>[] = city.parameters;
