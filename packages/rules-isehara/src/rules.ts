import type { DatedParameter, RuleDescriptor } from '@kaigo/core';
import { annualCalendar } from './04-method/03-flow/annualCalendar';
import { interviewMonthCheck } from './04-method/03-flow/interviewMonth';
import {
  annualEvents,
  interviewPeriod,
  monthlySteps,
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
import { iseharaCite } from './internal/source';

/** 架空のケースの事前提出書類（すべてそろっているもの）。 */
const completePackage = {
  documents: [
    { kind: 'selfCheckSheet' },
    { kind: 'basicInformation' },
    { kind: 'assessment' },
    { kind: 'issueSummary', issueSummaryForm: 'kanagawaCmaModified' },
    { kind: 'carePlanTable1' },
    { kind: 'carePlanTable2' },
    { kind: 'carePlanTable3' },
    { kind: 'monitoring', date: '2024-06-05' },
    { kind: 'monitoring', date: '2024-05-08' },
    { kind: 'monitoring', date: '2024-04-10' },
    { kind: 'evaluation', date: '2024-03-28' },
    { kind: 'serviceMeeting', date: '2024-03-29', discussesSubmittedPlan: true },
    { kind: 'serviceUseSlip', date: '2024-06-01' },
    { kind: 'serviceUseSlipAnnex', date: '2024-06-01' },
  ],
  inventory: [
    { kind: 'monitoring', dates: ['2024-03-12', '2024-04-10', '2024-05-08', '2024-06-05'] },
    { kind: 'serviceUseSlip', dates: ['2024-05-01', '2024-06-01'] },
    { kind: 'serviceUseSlipAnnex', dates: ['2024-05-01', '2024-06-01'] },
  ],
};

/**
 * 伊勢原市のすべてのルール（CLI とルールカタログが使う）。
 *
 * @source isehara-tenken-2024 ４、５
 */
export const rules: readonly RuleDescriptor[] = [
  {
    id: 'isehara.monthlySchedule',
    title: '月次スケジュール（面談月から各段階の日付）',
    description:
      '面談月から、通知・郵送・面談・結果送付・再提出の日付（目安かどうかつき）を求める。',
    sources: [iseharaCite('４（３）月次スケジュール（予定）'), iseharaCite('４（８）')],
    evaluate: monthlySchedule,
    examples: [
      {
        title: '7月に面談',
        input: { interviewMonth: '2024-07' },
        context: { referenceDate: '2024-06-01' },
      },
      {
        title: '11月に面談（再提出は翌年1月）',
        input: { interviewMonth: '2024-11' },
        context: { referenceDate: '2024-10-01' },
      },
    ],
  },
  {
    id: 'isehara.annualCalendar',
    title: '年間スケジュール（令和6年度）',
    description: '説明会・通知・事業所面談・報告書の時期（出典つきのデータ）。',
    sources: [iseharaCite('４（３）年間スケジュール'), iseharaCite('５')],
    evaluate: annualCalendar,
    examples: [{ title: '令和6年度', input: {}, context: { referenceDate: '2024-04-01' } }],
  },
  {
    id: 'isehara.interviewMonth',
    title: '面談月が事業所面談の期間内か',
    sources: [iseharaCite('４（３）年間スケジュール 3')],
    evaluate: interviewMonthCheck,
    examples: [
      {
        title: '期間の最後の月',
        input: { interviewMonth: '2024-11' },
        context: { referenceDate: '2024-10-01' },
      },
      {
        title: '期間の外',
        input: { interviewMonth: '2024-12' },
        context: { referenceDate: '2024-10-01' },
      },
    ],
  },
  {
    id: 'isehara.caseAssignment',
    title: '対象ケース（１人１ケース、市が選定）',
    sources: [iseharaCite('４（４）')],
    evaluate: checkCaseAssignment,
    examples: [
      {
        title: '2人に1件ずつ',
        input: {
          cases: [
            { careManagerRef: 'cm-001', selectedBy: 'city' },
            { careManagerRef: 'cm-002', selectedBy: 'city' },
          ],
          careManagers: ['cm-001', 'cm-002'],
        },
        context: { referenceDate: '2024-04-08' },
      },
      {
        title: '同じケアマネジャーに2件',
        input: {
          cases: [
            { careManagerRef: 'cm-001', selectedBy: 'city' },
            { careManagerRef: 'cm-001', selectedBy: 'office' },
          ],
        },
        context: { referenceDate: '2024-04-08' },
      },
    ],
  },
  {
    id: 'isehara.preSubmission',
    title: '提出書類（事前）',
    description: '①〜⑧の書類がそろい、直近・期間・様式の要件を満たすか。',
    sources: [
      iseharaCite('４（５）'),
      iseharaCite('４（５）注記（文書末尾）', '②④⑤⑥⑦⑧は既にあるものの写し'),
    ],
    evaluate: checkPreSubmission,
    examples: [
      {
        title: 'すべてそろっている',
        input: completePackage,
        context: { referenceDate: '2024-06-28' },
      },
      {
        title: 'モニタリング表が2回分',
        input: {
          ...completePackage,
          documents: completePackage.documents.filter((d) => d.date !== '2024-04-10'),
        },
        context: { referenceDate: '2024-06-28' },
      },
      {
        title: '存在する書類の一覧なし（直近を判定できない）',
        input: { documents: completePackage.documents },
        context: { referenceDate: '2024-06-28' },
      },
    ],
  },
  {
    id: 'isehara.interviewOutline',
    title: '事業所面談の構成（９０分程度）',
    sources: [iseharaCite('４（６）')],
    evaluate: interviewOutline,
    examples: [{ title: '面談の構成', input: {}, context: { referenceDate: '2024-07-01' } }],
  },
  {
    id: 'isehara.resultDelivery',
    title: 'ケアプラン点検結果の送付先',
    sources: [iseharaCite('４（７）')],
    evaluate: checkResultDelivery,
    examples: [
      {
        title: '両方に送付',
        input: { sentTo: ['careManager', 'manager'] },
        context: { referenceDate: '2024-07-25' },
      },
      {
        title: '管理者に未送付',
        input: { sentTo: ['careManager'] },
        context: { referenceDate: '2024-07-25' },
      },
    ],
  },
  {
    id: 'isehara.resubmission',
    title: '点検（面談）後のケアプランの再提出',
    sources: [iseharaCite('４（８）'), iseharaCite('４（３）月次スケジュール 5')],
    evaluate: checkResubmission,
    examples: [
      {
        title: 'そろっていて期限内',
        input: {
          documents: [
            { kind: 'carePlanTable1', signedCopy: true },
            { kind: 'carePlanTable2', signedCopy: true },
            { kind: 'carePlanTable3', signedCopy: true },
            { kind: 'selfCheckSheet' },
            { kind: 'carePlanPoints' },
            { kind: 'questionnaire' },
          ],
          interviewMonth: '2024-07',
          submittedOn: '2024-08-20',
        },
        context: { referenceDate: '2024-08-20' },
      },
      {
        title: 'アンケートなし、署名押印のないコピー',
        input: {
          documents: [
            { kind: 'carePlanTable1', signedCopy: false },
            { kind: 'carePlanTable2', signedCopy: true },
            { kind: 'carePlanTable3', signedCopy: true },
            { kind: 'selfCheckSheet' },
            { kind: 'carePlanPoints' },
          ],
        },
        context: { referenceDate: '2024-08-20' },
      },
    ],
  },
  {
    id: 'isehara.report',
    title: 'ケアプラン点検事業の実績報告の期限',
    sources: [iseharaCite('５')],
    evaluate: checkReport,
    examples: [
      {
        title: '期限日に報告',
        input: { submittedOn: '2025-03-31' },
        context: { referenceDate: '2025-04-01' },
      },
      {
        title: '期限後に報告',
        input: { submittedOn: '2025-04-02' },
        context: { referenceDate: '2025-04-05' },
      },
    ],
  },
];

/**
 * 伊勢原市のすべてのパラメータ（ルールカタログが使う）。
 *
 * @source isehara-tenken-2024 ４、５
 */
export const parameters: readonly DatedParameter<unknown>[] = [
  monthlySteps,
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
];
