// The rule, parameter and statement lists live in their own module so that importing one rule does not keep every rule.
import type { DatedParameter, RuleDescriptor } from '@kaigo/core';
import type { PolicyStatement } from './internal/reference';
import { akashiBalanceApplicableKinds } from './s1-basicPolicy/balance';
import { AKASHI_VIEW_OF_INDEPENDENCE } from './s1-basicPolicy/basicPolicy';
import {
  BALANCE_RULE_ID,
  checkFunctionActivityParticipationBalance,
} from './s1-basicPolicy/checkFunctionActivityParticipationBalance';
import {
  HOME_CARE_SUPPORT_PRINCIPLES,
  PREVENTIVE_CARE_MANAGEMENT_PRINCIPLES,
} from './s1-basicPolicy/principles';
import {
  HOME_CARE_SUPPORT_HANDLING,
  PREVENTIVE_CARE_MANAGEMENT_HANDLING,
} from './s2-basicHandling/principles';
import {
  CARE_MANAGEMENT_CASE_RULE_ID,
  checkCareManagementCase,
} from './s3-preventiveCareManagement/checkCareManagementCase';
import {
  PREVENTIVE_CARE_MANAGEMENT_IMPLEMENTER,
  akashiDelegableTypes,
} from './s3-preventiveCareManagement/implementation';
import {
  PREVENTIVE_CARE_MANAGEMENT_APPROACH,
  PREVENTIVE_CARE_MANAGEMENT_OVERVIEW,
} from './s3-preventiveCareManagement/overview';
import {
  akashiBracketedStepMissingSeverity,
  akashiProcessTable,
} from './s3-preventiveCareManagement/processTable';
import { akashiCareManagementTypesRun } from './s3-preventiveCareManagement/typesRun';
import {
  REHAB_VISIT_TARGET_RULE_ID,
  SAIKEN_TARGET_RULE_ID,
  checkRehabVisitTarget,
  checkSaikenProgrammeTarget,
} from './s4-initiatives/checkProgrammeTargets';
import {
  REHABILITATION_ACCOMPANIED_VISIT,
  SAIKEN_SEIKATSU_PROGRAMME,
} from './s4-initiatives/programmes';
import { akashiRehabVisitTargetLevels, akashiSaikenTargetLevels } from './s4-initiatives/targets';
import { QUALITY_IMPROVEMENT_INITIATIVES } from './s5a-qualityImprovement/initiatives';
import {
  DISASTER_EVACUATION_SUPPORT,
  INDIVIDUAL_EVACUATION_PLAN_BACKGROUND,
} from './s5b-disasterEvacuation/background';
import {
  DISASTER_PREPAREDNESS_RULE_ID,
  checkDisasterPreparedness,
} from './s5b-disasterEvacuation/checkDisasterPreparedness';
import {
  akashiDisasterItems,
  akashiDisasterPlanKinds,
} from './s5b-disasterEvacuation/disasterItems';
import { akashiCite } from './internal/policy';

/**
 * 文書の原文を持つ参照データのすべて（文書の順）。監査者向けの一覧と、原文との照合テストに使う。
 *
 * @source akashi-policy-2023 （全体）
 */
export const REFERENCE_STATEMENTS: readonly PolicyStatement[] = [
  AKASHI_VIEW_OF_INDEPENDENCE,
  ...PREVENTIVE_CARE_MANAGEMENT_PRINCIPLES,
  ...HOME_CARE_SUPPORT_PRINCIPLES,
  ...PREVENTIVE_CARE_MANAGEMENT_HANDLING,
  ...HOME_CARE_SUPPORT_HANDLING,
  PREVENTIVE_CARE_MANAGEMENT_OVERVIEW,
  ...PREVENTIVE_CARE_MANAGEMENT_APPROACH,
  PREVENTIVE_CARE_MANAGEMENT_IMPLEMENTER,
  {
    id: REHABILITATION_ACCOMPANIED_VISIT.id,
    summary: REHABILITATION_ACCOMPANIED_VISIT.description,
    text: '新規にサービスの利用を開始する要支援者等に対し、本人の同意を得てリハビリテーション専門職が介護支援専門員等の訪問に同行し、リハビリテーション専門職の視点から現在の状況をアセスメントし、必要なサービスやそのサービスを利用することで何ができるようになるのかを具体的に助言する取組を行っている。',
    citation: akashiCite('４（２）リハビリテーション専門職の同行訪問による支援'),
  },
  {
    id: SAIKEN_SEIKATSU_PROGRAMME.id,
    summary: SAIKEN_SEIKATSU_PROGRAMME.description,
    text: '再見！生活プログラムは、要支援者又は事業対象者を対象として、リハビリテーション専門職が生活行為向上マネジメントの考え方を取り入れて立案したプログラムに基づき、通所型サービス及び訪問型サービスを一体的に短期間集中して実施するサービスである。',
    citation: akashiCite('４（３）短期集中介護予防サービス（再見！生活プログラム）の実施'),
  },
  ...QUALITY_IMPROVEMENT_INITIATIVES,
  ...DISASTER_EVACUATION_SUPPORT,
  ...INDIVIDUAL_EVACUATION_PLAN_BACKGROUND,
];

/**
 * 明石市のすべてのルール（CLI とルールカタログが使う）。例はすべて架空のケース。
 *
 * @source akashi-policy-2023 ３（３）類型、３（２）実施主体、１（１）第5項、４（２）、４（３）、５ 災害時の避難行動の支援
 */
export const rules: readonly RuleDescriptor[] = [
  {
    id: CARE_MANAGEMENT_CASE_RULE_ID,
    title: '介護予防ケアマネジメントのタイプ別プロセス（類型・委託・手順）',
    description:
      '類型（明石市はＡとＣを実施し、Ｂは実施しない）、委託（Ａのみ）、表の○の手順の欠落、（○）の手順の欠落（要確認）、×の手順の実施（参考）、手順の順序を検査する。',
    sources: [
      akashiCite('３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】'),
      akashiCite('３（２）実施主体'),
    ],
    evaluate: checkCareManagementCase,
    examples: [
      {
        title: '委託したケアマネジメントＡ（手順どおり）',
        input: {
          type: 'A',
          delegated: true,
          closed: true,
          steps: [
            { step: 'assessment', date: '2024-05-07' },
            { step: 'draftPlan', date: '2024-05-10' },
            { step: 'serviceMeeting', date: '2024-05-15' },
            { step: 'explanationConsent', date: '2024-05-15' },
            { step: 'planDelivery', date: '2024-05-16' },
            { step: 'serviceProvision', date: '2024-05-20' },
            { step: 'monitoring', date: '2024-08-20' },
          ],
        },
        context: { referenceDate: '2024-09-01' },
      },
      {
        title: '委託したケアマネジメントＣ（委託はＡのみ）',
        input: {
          type: 'C',
          delegated: true,
          steps: [
            { step: 'assessment', date: '2024-06-03' },
            { step: 'explanationConsent', date: '2024-06-10' },
            { step: 'planDelivery', date: '2024-06-10' },
            { step: 'serviceProvision', date: '2024-06-17' },
          ],
        },
        context: { referenceDate: '2024-07-01' },
      },
      {
        title: 'ケアマネジメントＢ（明石市は実施しない）',
        input: {
          type: 'B',
          delegated: false,
          steps: [{ step: 'assessment', date: '2024-06-03' }],
        },
        context: { referenceDate: '2024-07-01' },
      },
    ],
  },
  {
    id: BALANCE_RULE_ID,
    title: '心身機能・活動・参加のバランス（助言）',
    description:
      'ケアプランの目標が「心身機能」だけに偏っていないかを、目標に付けた分類から助言する（warning / info のみ）。',
    sources: [akashiCite('１（１）第5項'), akashiCite('３（２）考え方 第2項')],
    evaluate: checkFunctionActivityParticipationBalance,
    examples: [
      {
        title: '目標が心身機能だけ',
        input: {
          kind: 'preventiveCareManagement',
          createdOn: '2024-05-10',
          goals: [{ domains: ['bodyFunction'] }, { domains: ['bodyFunction'] }],
        },
        context: { referenceDate: '2024-05-20' },
      },
      {
        title: '心身機能・活動・参加にわたる目標',
        input: {
          kind: 'preventiveCareManagement',
          createdOn: '2024-05-10',
          goals: [{ domains: ['bodyFunction', 'activity'] }, { domains: ['participation'] }],
        },
        context: { referenceDate: '2024-05-20' },
      },
    ],
  },
  {
    id: REHAB_VISIT_TARGET_RULE_ID,
    title: 'リハビリテーション専門職の同行訪問の対象',
    description:
      '新規にサービスの利用を開始する要支援者等で本人の同意を得たものか（文書が述べる対象）。',
    sources: [REHABILITATION_ACCOMPANIED_VISIT.citation],
    evaluate: checkRehabVisitTarget,
    examples: [
      {
        title: '新規利用の要支援2、同意あり',
        input: { careLevel: 'support2', startingNewService: true, consent: true },
        context: { referenceDate: '2024-05-01' },
      },
      {
        title: '同意が未確認',
        input: { careLevel: 'jigyoTaishosha', startingNewService: true },
        context: { referenceDate: '2024-05-01' },
      },
    ],
  },
  {
    id: SAIKEN_TARGET_RULE_ID,
    title: '再見！生活プログラムの対象',
    description: '要支援者又は事業対象者か（文書が述べる対象）。',
    sources: [SAIKEN_SEIKATSU_PROGRAMME.citation],
    evaluate: checkSaikenProgrammeTarget,
    examples: [
      {
        title: '事業対象者',
        input: { careLevel: 'jigyoTaishosha' },
        context: { referenceDate: '2024-05-01' },
      },
      {
        title: '要介護1',
        input: { careLevel: 'care1' },
        context: { referenceDate: '2024-05-01' },
      },
    ],
  },
  {
    id: DISASTER_PREPAREDNESS_RULE_ID,
    title: 'ケアプランの災害に備えた情報（緊急連絡先・避難先等）',
    description:
      'ケアプラン作成（更新を含む）時に確認した災害に備えた情報（【緊急連絡先】【避難先】と、避難場所・避難経路・避難を助けてくれる人・連絡先）が記載されているか。',
    sources: [
      akashiCite('５ 災害時の避難行動の支援 第3段落'),
      akashiCite('５ 災害時の避難行動の支援【個別避難計画作成の経緯】'),
    ],
    evaluate: checkDisasterPreparedness,
    examples: [
      {
        title: '更新時にすべて確認・記載',
        input: {
          planKind: 'renewal',
          createdOn: '2024-06-01',
          previousCreatedOn: '2023-06-01',
          disasterPreparedness: {
            confirmedOn: '2024-05-28',
            emergencyContact: '長男（架空）',
            evacuationDestination: '市立小学校（架空）',
            evacuationPlace: '市立小学校体育館（架空）',
            evacuationRoute: '自宅から北へ徒歩8分',
            evacuationHelper: '民生委員（架空）',
            contact: '長男の携帯電話',
          },
        },
        context: { referenceDate: '2024-06-10' },
      },
      {
        title: '新規作成で避難先の記載なし',
        input: {
          planKind: 'new',
          createdOn: '2024-06-01',
          disasterPreparedness: { confirmedOn: '2024-06-01', emergencyContact: '長女（架空）' },
        },
        context: { referenceDate: '2024-06-10' },
      },
    ],
  },
];

/**
 * 明石市のすべての日付付きパラメータ（文書の順）。
 *
 * @source akashi-policy-2023 （全体）
 */
export const parameters: readonly DatedParameter<unknown>[] = [
  akashiBalanceApplicableKinds,
  akashiProcessTable,
  akashiBracketedStepMissingSeverity,
  akashiCareManagementTypesRun,
  akashiDelegableTypes,
  akashiRehabVisitTargetLevels,
  akashiSaikenTargetLevels,
  akashiDisasterItems,
  akashiDisasterPlanKinds,
];
