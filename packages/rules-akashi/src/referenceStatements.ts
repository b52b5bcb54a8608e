import { cite } from '@kaigo/core';
import type { PolicyStatement } from './document';
import { AKASHI_DOCUMENT } from './document';
import { AKASHI_VIEW_OF_INDEPENDENCE } from './s1-basicPolicy/basicPolicy';
import {
  HOME_CARE_SUPPORT_PRINCIPLES,
  PREVENTIVE_CARE_MANAGEMENT_PRINCIPLES,
} from './s1-basicPolicy/principles';
import {
  HOME_CARE_SUPPORT_HANDLING,
  PREVENTIVE_CARE_MANAGEMENT_HANDLING,
} from './s2-basicHandling/principles';
import { PREVENTIVE_CARE_MANAGEMENT_IMPLEMENTER } from './s3-preventiveCareManagement/implementation';
import {
  PREVENTIVE_CARE_MANAGEMENT_APPROACH,
  PREVENTIVE_CARE_MANAGEMENT_OVERVIEW,
} from './s3-preventiveCareManagement/overview';
import {
  REHABILITATION_ACCOMPANIED_VISIT,
  SAIKEN_SEIKATSU_PROGRAMME,
} from './s4-initiatives/programmes';
import { QUALITY_IMPROVEMENT_INITIATIVES } from './s5a-qualityImprovement/initiatives';
import {
  DISASTER_EVACUATION_SUPPORT,
  INDIVIDUAL_EVACUATION_PLAN_BACKGROUND,
} from './s5b-disasterEvacuation/background';

/**
 * 文書の原文を持つ参照データのすべて（文書の順）。監査者向けの一覧と、原文との照合テストに使う。
 *
 * @example
 * ```ts
 * REFERENCE_STATEMENTS.find((s) => s.id === 'implementer')?.citation.section; // => '３（２）実施主体'
 * ```
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
    citation: cite(AKASHI_DOCUMENT, '４（２）リハビリテーション専門職の同行訪問による支援'),
  },
  {
    id: SAIKEN_SEIKATSU_PROGRAMME.id,
    summary: SAIKEN_SEIKATSU_PROGRAMME.description,
    text: '再見！生活プログラムは、要支援者又は事業対象者を対象として、リハビリテーション専門職が生活行為向上マネジメントの考え方を取り入れて立案したプログラムに基づき、通所型サービス及び訪問型サービスを一体的に短期間集中して実施するサービスである。',
    citation: cite(
      AKASHI_DOCUMENT,
      '４（３）短期集中介護予防サービス（再見！生活プログラム）の実施',
    ),
  },
  ...QUALITY_IMPROVEMENT_INITIATIVES,
  ...DISASTER_EVACUATION_SUPPORT,
  ...INDIVIDUAL_EVACUATION_PLAN_BACKGROUND,
];
