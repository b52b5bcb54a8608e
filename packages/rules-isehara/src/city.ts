import { iseharaForms } from './forms/index';
import { defineCity } from '@kaigo/core';
import { ISEHARA_DOCUMENT } from './document';
import { auditeeAddressOf, auditeeGroups, checkAuditee } from './04-method/02-auditees/auditees';
import { annualCalendar } from './04-method/03-flow/annualCalendar';
import { interviewMonthCheck } from './04-method/03-flow/interviewMonth';
import { checkMailing } from './04-method/03-flow/mailing';
import {
  annualEvents,
  interviewPeriod,
  monthlySteps,
  noticeDocuments,
  resubmissionDeadline,
} from './04-method/03-flow/parameters';
import { monthlySchedule } from './04-method/03-flow/schedule';
import {
  caseSelector,
  casesPerCareManager,
  checkCaseAssignment,
} from './04-method/04-cases/caseRules';
import {
  acceptedIssueSummaryForms,
  evaluationWithinMonths,
  monitoringCount,
  preSubmissionDocuments,
} from './04-method/05-documents/parameters';
import { checkPreSubmission } from './04-method/05-documents/preSubmission';
import { interviewOutline, interviewStructure } from './04-method/06-interview/interview';
import { checkResultDelivery, resultRecipients } from './04-method/07-results/results';
import { checkResubmission, resubmissionDocuments } from './04-method/08-resubmission/resubmission';
import { checkReport, reportDeadline } from './05-report/report';
import { iseharaAgenda } from './agenda';

/**
 * 伊勢原市の定義: 出典文書（令和6年度 伊勢原市ケアプラン点検）、独自様式（自己チェック表、`src/forms/`）、
 * 日付付きパラメータとルール（要領の節の順）。
 *
 * @example
 * ```ts
 * city.rule('preSubmission')?.evaluate(input, { referenceDate: '2024-06-30' });
 * city.parameter('isehara.preSubmission.monitoringCount')?.values[0]?.value; // => 3
 * ```
 */
export const city = defineCity({
  id: 'isehara',
  name: '伊勢原市',
  prefecture: '神奈川県',
  sources: [
    {
      id: ISEHARA_DOCUMENT,
      title: '令和6年度 伊勢原市ケアプラン点検',
      publisher: '伊勢原市',
      date: '令和6年3月22日',
      kind: 'municipal',
    },
  ],
  forms: iseharaForms, // 市町村独自様式（src/forms/）
  parameters: [
    auditeeGroups,
    auditeeAddressOf,
    monthlySteps,
    noticeDocuments,
    resubmissionDeadline,
    annualEvents,
    interviewPeriod,
    casesPerCareManager,
    caseSelector,
    preSubmissionDocuments,
    monitoringCount,
    evaluationWithinMonths,
    acceptedIssueSummaryForms,
    interviewStructure,
    resultRecipients,
    resubmissionDocuments,
    reportDeadline,
  ],
  rules: [
    checkAuditee,
    monthlySchedule,
    checkMailing,
    annualCalendar,
    interviewMonthCheck,
    checkCaseAssignment,
    checkPreSubmission,
    interviewOutline,
    checkResultDelivery,
    checkResubmission,
    checkReport,
  ],
  agenda: iseharaAgenda, // ４（３）月次スケジュールをケアマネジャーごとに
});

/**
 * 伊勢原市のすべてのルール（`city.rules`。CLI とルールカタログが使う）。要領の節の順。
 *
 * @example
 * ```ts
 * rules.find((r) => r.id === 'isehara.report')?.evaluate({ submittedOn: '2025-03-31' }, { referenceDate: '2025-04-01' });
 * ```
 */
export const rules = city.rules;

/**
 * 伊勢原市のすべての日付付きパラメータ（`city.parameters`。ルールカタログが使う）。要領の節の順。
 *
 * @example
 * ```ts
 * parameters.map((p) => p.id); // => ['isehara.auditees.groups', 'isehara.auditees.addressOf', …]
 * ```
 */
export const parameters = city.parameters;
