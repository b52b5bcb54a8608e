/**
 * 朝来市いきいき長生き応援事業実施要領（令和6年4月26日）のルール: 出典つきの純粋関数と日付付きパラメータ。
 * ファイルは要領の節の順（３ 期間、４ 内容、５ 実施手順と役割、６ CSwatch による応援手順）に並ぶ。
 *
 * @packageDocumentation
 */
import type { DatedParameter, RuleDescriptor } from '@kaigo/core';
import { PROGRAM_PERIOD, programPeriodRule } from './03-period/programPeriod';
import { evaluationRecordRule } from './04-content/checkEvaluation';
import {
  EVALUATION_ON_LEAVING,
  EVALUATION_SCHEDULE,
  EVALUATION_SHEETS,
  EVALUATION_SUBMISSION,
  evaluationScheduleRule,
} from './04-content/evaluationSchedule';
import { CHECKLIST_GOAL, checklistGoalRule } from './04-content/goal';
import { PROGRAM_GOALS } from './04-content/goals';
import {
  CASE_SELECTION_PERIOD,
  MODEL_SUBJECT_QUOTA,
  SELECTION_CONSENT,
  modelSubjectSelectionRule,
} from './05-procedure/modelSubjectSelection';
import {
  PROFESSIONAL_DISPATCH,
  professionalDispatchRule,
} from './05-procedure/professionalDispatch';
import { SUPPORT_MEETING, supportMeetingRule } from './05-procedure/supportMeeting';
import { CSWATCH_DOCUMENTS, cswatchDocumentsRule } from './06-cswatch/documents';
import { TRAINING_CALENDAR, trainingCalendarRule } from './06-cswatch/trainingCalendar';

export * from './03-period/programPeriod';
export * from './04-content/goals';
export * from './04-content/goal';
export * from './04-content/evaluationSchedule';
export * from './04-content/checkEvaluation';
export * from './05-procedure/modelSubjectSelection';
export * from './05-procedure/professionalDispatch';
export * from './05-procedure/supportMeeting';
export * from './06-cswatch/documents';
export * from './06-cswatch/trainingCalendar';

/**
 * 朝来市のすべてのルール（要領の節の順）。CLI とルールカタログが使う。
 *
 * @source asago-ikiiki-2024 ３〜６
 * @example
 * ```ts
 * rules.map((r) => r.id); // => ['asago.programPeriod', 'asago.checklistGoal', …]
 * ```
 */
export const rules: readonly RuleDescriptor[] = [
  programPeriodRule,
  checklistGoalRule,
  evaluationScheduleRule,
  evaluationRecordRule,
  modelSubjectSelectionRule,
  professionalDispatchRule,
  supportMeetingRule,
  cswatchDocumentsRule,
  trainingCalendarRule,
] as readonly RuleDescriptor<unknown>[];

/**
 * 朝来市のすべての日付付きパラメータ（要領の節の順）。
 *
 * @source asago-ikiiki-2024 ３〜６
 * @example
 * ```ts
 * parameters.find((p) => p.id === 'asago.checklistGoal')?.values[0]?.value; // => { reductionPoints: 0.9, maxScore: 25 }
 * ```
 */
export const parameters: readonly DatedParameter<unknown>[] = [
  PROGRAM_PERIOD,
  PROGRAM_GOALS,
  CHECKLIST_GOAL,
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
];
