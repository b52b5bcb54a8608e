import type { DatedParameter, RuleDescriptor } from '@kaigo/core';
import { checkContractRequirements } from './02-overview/contractRequirements';
import { checkEligibility } from './02-overview/eligibility';
import { contractRequirements, eligibleCareLevels, userCharge } from './02-overview/parameters';
import { listDeadlines } from './03-flow/deadlines';
import { lookupFee } from './03-flow/fees';
import { buildInvoice } from './03-flow/invoice';
import { deadlineSchedule, fees, flowSteps } from './03-flow/parameters';
import { nextStep } from './03-flow/roles';
import { requiredDocuments } from './04-documents/parameters';
import { checkDocumentCompleteness } from './04-documents/requiredDocuments';
import { fiscalYearCrossingAllowed, programStart } from './05-other/parameters';
import { checkProgramCoverage } from './05-other/programCoverage';
import { kobayashiCite } from './source';

/**
 * 小林市のすべてのルール（要領の節の順）。CLI とルールカタログが使う。例はすべて架空の事例。
 *
 * @source kobayashi-jiritsu-2025 ２〜５
 * @example
 * ```ts
 * rules.map((r) => r.id);
 * ```
 */
export const rules: readonly RuleDescriptor[] = [
  {
    id: 'kobayashi.eligibility',
    title: '対象者（事業対象者・要支援１・２、利用者負担なし）',
    description:
      '利用者が事業の対象者か。事業対象者・要支援1・2で、事業開始時以降にプラン開始時の事前アセスメントを実施した者。利用者負担は0円。',
    sources: [kobayashiCite('２ 事業概要'), kobayashiCite('５ その他 ①➁')],
    evaluate: checkEligibility,
    examples: [
      {
        title: '要支援1、令和7年6月に事前アセスメント',
        input: { careLevel: 'support1', preAssessmentDate: '2025-06-02' },
        context: { referenceDate: '2025-06-10' },
      },
      {
        title: '要介護1（対象外）',
        input: { careLevel: 'care1', preAssessmentDate: '2025-06-02' },
        context: { referenceDate: '2025-06-10' },
      },
      {
        title: '事業開始前（令和7年4月）に事前アセスメント',
        input: { careLevel: 'jigyoTaishosha', preAssessmentDate: '2025-04-25' },
        context: { referenceDate: '2025-06-10' },
      },
    ],
  },
  {
    id: 'kobayashi.contractRequirements',
    title: '契約事業所の要件',
    description:
      '市内の事業所で、自立支援型アセスメントマニュアルと統一様式を使い、サービス提供事業所は包括支援システムを導入しデータ連携しているか。',
    sources: [kobayashiCite('２ 事業概要'), kobayashiCite('２（１）')],
    evaluate: checkContractRequirements,
    examples: [
      {
        title: '通所型事業所（すべて満たす）',
        input: {
          officeKind: 'tsusho',
          locatedInCity: true,
          usesAssessmentManual: true,
          usesUnifiedForms: true,
          hokatsuSystemInstalled: true,
          hokatsuSystemDataLinked: true,
        },
        context: { referenceDate: '2025-05-12' },
      },
      {
        title: '訪問型事業所（データ連携なし）',
        input: {
          officeKind: 'homon',
          locatedInCity: true,
          usesAssessmentManual: true,
          usesUnifiedForms: true,
          hokatsuSystemInstalled: true,
          hokatsuSystemDataLinked: false,
        },
        context: { referenceDate: '2025-05-12' },
      },
    ],
  },
  {
    id: 'kobayashi.fee',
    title: '支援額（円/件）',
    description: '事業所の種類・取組・実施日の支援額。その種類が請求できない取組は請求不可。',
    sources: [kobayashiCite('２（２）'), kobayashiCite('３ 事業の流れ（表）')],
    evaluate: lookupFee,
    examples: [
      {
        title: '居宅の地域ケア自立支援会議事例提出',
        input: { officeKind: 'kyotaku', activity: 'communityCareMeeting', date: '2025-07-15' },
        context: { referenceDate: '2025-07-15' },
      },
      {
        title: '通所型の事後アセスメント',
        input: { officeKind: 'tsusho', activity: 'postAssessment', date: '2025-10-20' },
        context: { referenceDate: '2025-10-20' },
      },
    ],
  },
  {
    id: 'kobayashi.invoice',
    title: '請求書・明細書（明細と合計）',
    description:
      '1事業所1か月分の取組から明細と合計を作り、請求できない取組・重複・事業期間外を報告する。予算の残額（任意）を超えれば示す。',
    sources: [kobayashiCite('２（２）'), kobayashiCite('３ 事業の流れ')],
    evaluate: buildInvoice,
    examples: [
      {
        title: '居宅介護支援事業所の令和7年6月分',
        input: {
          officeKind: 'kyotaku',
          billingMonth: '2025-06',
          activities: [
            { userRef: 'A-001', activity: 'preAssessment', date: '2025-06-10' },
            { userRef: 'A-001', activity: 'shortTermIntensive', date: '2025-06-18' },
            { userRef: 'A-002', activity: 'preAssessment', date: '2025-06-24' },
          ],
        },
        context: { referenceDate: '2025-07-03' },
      },
      {
        title: '訪問型事業所（請求できない取組と重複を含む）',
        input: {
          officeKind: 'homon',
          billingMonth: '2025-06',
          budgetRemaining: 5000,
          activities: [
            { userRef: 'B-001', activity: 'preAssessment', date: '2025-06-10' },
            { userRef: 'B-001', activity: 'preAssessment', date: '2025-06-11' },
            { userRef: 'B-002', activity: 'communityCareMeeting', date: '2025-06-12' },
            { userRef: 'B-003', activity: 'preAssessment', date: '2025-06-13' },
          ],
        },
        context: { referenceDate: '2025-07-03' },
      },
    ],
  },
  {
    id: 'kobayashi.deadlines',
    title: '提出期限の一覧',
    description:
      '事例のすべての提出期限（参加申込書・対象者名簿・事前/事後アセスメント・請求書・明細書など）を期限日・出典・期限内か期限後かとともに並べる。',
    sources: [kobayashiCite('３ 事業の流れ（提出期限）'), kobayashiCite('４')],
    evaluate: listDeadlines,
    examples: [
      {
        title: '通所型、6月20日支援開始（14日の期限が開始より前）',
        input: {
          officeKind: 'tsusho',
          shortTermIntensiveC: false,
          events: { supportStart: '2025-06-20', supportEnd: '2025-11-30', billingMonth: '2025-06' },
          submissions: {
            participationApplication: '2025-05-12',
            targetRoster: '2025-06-30',
            preAssessment: '2025-06-13',
          },
        },
        context: { referenceDate: '2025-07-01' },
      },
      {
        title: '居宅、担当者会議の翌日に名簿提出',
        input: {
          officeKind: 'kyotaku',
          events: {
            planCreationStart: '2025-06-05',
            careMeeting: '2025-06-20',
            planCreated: '2025-06-20',
            supportEnd: '2025-12-31',
            billingMonth: '2025-06',
          },
          submissions: { targetRoster: '2025-06-21', preAssessment: '2025-06-20' },
        },
        context: { referenceDate: '2025-07-01' },
      },
    ],
  },
  {
    id: 'kobayashi.documentCompleteness',
    title: '提出（入力）書類の照合',
    description:
      '事業所の種類（訪問型・通所型・居宅介護支援）と時期（事前・事後）の必要書類に対し、不足・時期違い・余分を返す。',
    sources: [kobayashiCite('４ 提出(入力)書類')],
    evaluate: checkDocumentCompleteness,
    examples: [
      {
        title: '訪問型の事後（個別計画書を誤って提出）',
        input: {
          officeKind: 'homon',
          phase: 'post',
          submitted: [
            'kobayashi.careMenuAssessmentHomon',
            'kobayashi.dailyLivingAssessment',
            'kobayashi.individualPlanHomon',
          ],
        },
        context: { referenceDate: '2025-10-01' },
      },
      {
        title: '居宅の事後（総括表）',
        input: { officeKind: 'kyotaku', phase: 'post', submitted: ['kobayashi.summarySheet'] },
        context: { referenceDate: '2025-12-20' },
      },
    ],
  },
  {
    id: 'kobayashi.nextStep',
    title: '次の手順と担い手、支払いの可否',
    description:
      '事例の記録から次の手順と担い手（長寿介護課・包括・事業所）を示し、包括の確認欄入力の後でなければ支払いできないことを判定する。',
    sources: [kobayashiCite('３ 事業の流れ')],
    evaluate: nextStep,
    examples: [
      {
        title: '指定居宅、写し提出と請求の後',
        input: {
          officeKind: 'kyotaku',
          kyotakuArrangement: 'shitei',
          completedSteps: [
            'application',
            'contract',
            'targetRoster',
            'userList',
            'hokatsuSupport',
            'formsCopyToHokatsu',
            'invoice',
          ],
        },
        context: { referenceDate: '2025-07-05' },
      },
      {
        title: '通所型、包括の確認欄入力済み',
        input: {
          officeKind: 'tsusho',
          completedSteps: [
            'application',
            'contract',
            'targetRoster',
            'userList',
            'hokatsuSupport',
            'assessmentEntry',
            'hokatsuConfirmation',
            'invoice',
          ],
        },
        context: { referenceDate: '2025-07-05' },
      },
    ],
  },
  {
    id: 'kobayashi.programCoverage',
    title: '事業開始時以降・年度をこえるプラン',
    description:
      '事業開始時以降にプラン開始時の事前アセスメントを実施した者か。プランが年度をこえても申請は妨げない。',
    sources: [kobayashiCite('５ その他 ①➁')],
    evaluate: checkProgramCoverage,
    examples: [
      {
        title: '令和8年3月開始、9月終了のプラン',
        input: {
          preAssessmentDate: '2026-03-02',
          planStartDate: '2026-03-02',
          planEndDate: '2026-08-31',
        },
        context: { referenceDate: '2026-03-02' },
      },
    ],
  },
];

/**
 * 小林市のすべての日付付きパラメータ。
 *
 * @source kobayashi-jiritsu-2025 ２〜５
 * @example
 * ```ts
 * parameters.map((p) => p.id);
 * ```
 */
export const parameters: readonly DatedParameter<unknown>[] = [
  eligibleCareLevels,
  userCharge,
  contractRequirements,
  fees,
  deadlineSchedule,
  flowSteps,
  requiredDocuments,
  programStart,
  fiscalYearCrossingAllowed,
];
