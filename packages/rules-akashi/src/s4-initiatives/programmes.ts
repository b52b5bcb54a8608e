import type { Citation } from '@kaigo/core';
import { cite } from '@kaigo/core';
import { AKASHI_DOCUMENT } from '../document';

/**
 * 明石市の取組（事業）1件の参照データ。文書が述べる事実だけを持ち、述べていないこと（回数、期間、申込方法など）は
 * 持たない。
 */
export interface AkashiProgramme {
  /** 識別子。 */
  readonly id: string;
  /** 名称（文書の表記）。 */
  readonly name: string;
  /** 何をするか（文書の記述の要約）。 */
  readonly description: string;
  /** 対象（文書の表記。文書が述べていなければ undefined）。 */
  readonly target?: string;
  /** 条件（文書の表記）。 */
  readonly conditions?: readonly string[];
  /** 担い手（文書の表記）。 */
  readonly providers?: readonly string[];
  /** 取組の内容（文書の列挙）。 */
  readonly activities: readonly string[];
  /** 目的・期待される効果（文書の表記）。 */
  readonly aims: readonly string[];
  /** 詳細を定める別資料（SDK の出典に含まれない）。 */
  readonly detailsIn?: string;
  /** 出典。 */
  readonly citation: Citation;
}

/**
 * ４（１）多職種協働の取組: 自立支援型ケアマネジメント会議。
 *
 * @source akashi-policy-2023 ４（１）多職種協働の取組（自立支援型ケアマネジメント会議の実施）
 */
export const SELF_RELIANCE_CARE_MANAGEMENT_MEETING: AkashiProgramme = {
  id: 'selfRelianceCareManagementMeeting',
  name: '自立支援型ケアマネジメント会議',
  description:
    '高齢者のＱＯＬの向上を目指し、多職種の助言を得ながら、自立支援・介護予防の観点から実施する地域ケア会議の一つ。要支援者等の軽度者に対するケアマネジメントのさらなる強化を図るため、多職種協働による自立支援型ケアマネジメント支援を重視する。',
  target: '要支援者等の軽度者に対するケアマネジメント',
  providers: ['多職種'],
  activities: ['事例の検討', '会議後の検討者による同行訪問', '研修会の開催'],
  aims: [
    '会議の参加者が、多職種の専門的な視点に基づく助言等を通じて自立支援に資するケアマネジメントの視点やサービス等の提供に関する知識や技術を得て、広くその知見を役立てること',
    '参加者同士のネットワーク構築',
    '介護サービス事業所にとって「ケアマネジメント力やケアの質の向上」',
    '専門職にとって「専門職としてのスキルアップ」',
    '行政にとって「地域課題の発見や把握」',
  ],
  detailsIn: '明石市自立支援型ケアマネジメント会議 運営の流れ',
  citation: cite(
    AKASHI_DOCUMENT,
    '４（１）多職種協働の取組（自立支援型ケアマネジメント会議の実施）',
  ),
};

/**
 * ４（２）リハビリテーション専門職の同行訪問による支援。
 *
 * @source akashi-policy-2023 ４（２）リハビリテーション専門職の同行訪問による支援
 */
export const REHABILITATION_ACCOMPANIED_VISIT: AkashiProgramme = {
  id: 'rehabilitationAccompaniedVisit',
  name: 'リハビリテーション専門職の同行訪問による支援',
  description:
    'リハビリテーション専門職が介護支援専門員等の訪問に同行し、リハビリテーション専門職の視点から現在の状況をアセスメントし、必要なサービスやそのサービスを利用することで何ができるようになるのかを具体的に助言する。',
  target: '新規にサービスの利用を開始する要支援者等',
  conditions: ['本人の同意を得て'],
  providers: ['リハビリテーション専門職（介護支援専門員等の訪問に同行）'],
  activities: [
    'リハビリテーション専門職の視点からの現在の状況のアセスメント',
    '必要なサービスやそのサービスを利用することで何ができるようになるのかの具体的な助言',
  ],
  aims: [],
  citation: cite(
    AKASHI_DOCUMENT,
    '４（２）リハビリテーション専門職の同行訪問による支援',
    '新規にサービスの利用を開始する要支援者等に対し、本人の同意を得てリハビリテーション専門職が介護支援専門員等の訪問に同行し',
  ),
};

/**
 * ４（３）短期集中介護予防サービス（再見！生活プログラム）。
 *
 * @source akashi-policy-2023 ４（３）短期集中介護予防サービス（再見！生活プログラム）の実施
 */
export const SAIKEN_SEIKATSU_PROGRAMME: AkashiProgramme = {
  id: 'saikenSeikatsuProgramme',
  name: '再見！生活プログラム（短期集中介護予防サービス）',
  description:
    'リハビリテーション専門職が生活行為向上マネジメントの考え方を取り入れて立案したプログラムに基づき、通所型サービス及び訪問型サービスを一体的に短期間集中して実施するサービス。',
  target: '要支援者又は事業対象者',
  providers: ['リハビリテーション専門職'],
  activities: [
    '生活行為向上マネジメントの考え方を取り入れたプログラムの立案',
    '通所型サービス及び訪問型サービスの一体的・短期間集中の実施',
    '事前アセスメントによる利用者の状態の把握・評価',
    'プログラム終了時の、その後の生活についての留意点等の助言',
  ],
  aims: [
    '対象者の自立の支援',
    'プログラム終了後も生活機能を維持・向上させ、対象者の目指す「活動」及び「参加」が継続できること',
    '介護支援専門員等の「ケアマネジメント力の向上」や「専門職としてのスキルアップ」',
  ],
  citation: cite(
    AKASHI_DOCUMENT,
    '４（３）短期集中介護予防サービス（再見！生活プログラム）の実施',
    '再見！生活プログラムは、要支援者又は事業対象者を対象として',
  ),
};

/**
 * ４ 介護予防と自立支援の推進に向けた取組（文書の順）。
 *
 * @source akashi-policy-2023 ４ 介護予防と自立支援の推進に向けた取組
 */
export const AKASHI_PROGRAMMES: readonly AkashiProgramme[] = [
  SELF_RELIANCE_CARE_MANAGEMENT_MEETING,
  REHABILITATION_ACCOMPANIED_VISIT,
  SAIKEN_SEIKATSU_PROGRAMME,
];
