import { cite } from '@kaigo/core';
import type { Citation, CitySourceDocument } from '@kaigo/core';

/**
 * 熊本市「令和６年度以降における包括的・継続的ケアマネジメント支援業務について」の出典文書 id
 * （`shared/seeds/README.md` の id）。出典は `cite(KUMAMOTO_DOCUMENT_ID, 節, 引用?)` で作る。
 *
 * @example
 * ```ts
 * cite(KUMAMOTO_DOCUMENT_ID, '３（１）②'); // => { document: 'kumamoto-kanyo-2024', section: '３（１）②' }
 * ```
 */
export const KUMAMOTO_DOCUMENT_ID = 'kumamoto-kanyo-2024';

/**
 * 出典文書の書誌情報。市の定義（`city.sources`）に載せる。
 *
 * @example
 * ```ts
 * KUMAMOTO_SOURCE_DOCUMENT.publisher; // => '熊本市'
 * ```
 */
export const KUMAMOTO_SOURCE_DOCUMENT: CitySourceDocument = {
  id: KUMAMOTO_DOCUMENT_ID,
  title: '令和6年度以降における包括的・継続的ケアマネジメント支援業務について',
  publisher: '熊本市',
  date: '令和6年度',
  kind: 'municipal',
};

/**
 * 出典文書の節ごとの引用（ルール・パラメータ・指摘が共有する）。原文はスライド資料を平文にしたもので、見出しと本文の順が入れ替わっている箇所がある:
 *
 * - 冒頭の3つの「➢」は見出し「１ 経緯」の内容として引用する（「１ 経緯」の直後に「２ 基本的な考え方」が続くため）。
 * - 「議事２」は運営協議会の議事番号（資料全体のラベル）で、≪国の考え≫の囲みは（１）検証の頻度の冒頭にある。
 *   引用では原文の並びどおり「議事２ ≪国の考え≫」とする。
 * - 「（１）介護予防サービス計画の検証の頻度」は見出し「３」より前に出てくるが、「⇒熊本市においては・・・」と
 *   （１）（２）（３）の番号から、「３ 熊本市における一定の関与のあり方について」の（１）として引用する。
 * - 【ケアプラン等の提出方法】【利用者宅への訪問について】の見出しは本文の後に出てくるが、（３）その他の小見出しとして引用する。
 * - 「８月中旬…説明会」は資料の末尾にあるが、「４ 今後のスケジュール」の項目として引用する。
 *
 * @example
 * ```ts
 * SECTIONS.frequency2.section; // => '３（１）②'
 * ```
 */
export const SECTIONS = {
  /** １ 経緯: 直接契約の開始（令和６年４月１日）。 */
  directContract: cite(
    KUMAMOTO_DOCUMENT_ID,
    '１ 経緯',
    '令和６年４月１日から、市から介護予防支援事業所として指定を受けた居宅介護支援事業所は、地域包括支援センターから委託を受けずに、利用者と直接契約して介護予防支援が提供できるようになった。',
  ),
  /** １ 経緯: 『一定の関与』の追加。 */
  involvement: cite(
    KUMAMOTO_DOCUMENT_ID,
    '１ 経緯',
    '指定居宅介護支援事業所が作成する介護予防サービス計画の検証など『一定の関与』を行うこととされた',
  ),
  /** ２ 基本的な考え方: 最低限の基準。 */
  minimumStandard: cite(
    KUMAMOTO_DOCUMENT_ID,
    '２ 基本的な考え方',
    '今回検討するルールは、新たに求められた『一定の関与』についての最低限の基準であり',
  ),
  /** 議事２ ≪国の考え≫: 新規作成時・更新時の検証。 */
  nationalView: cite(
    KUMAMOTO_DOCUMENT_ID,
    '議事２ ≪国の考え≫',
    '「介護予防サービス計画の新規作成時や更新時」に検証を行う',
  ),
  /** ３（１）① ケアプラン等の提出。 */
  frequency1: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（１）①',
    '介護予防サービス計画を作成・更新する際に、利用者が居住する圏域を担当する各ささえりあに対し、ケアプラン等（※次ページ参照）を提出する。',
  ),
  /** ３（１）② ２週間以内のアドバイス等。 */
  frequency2: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（１）②',
    'ケアプラン等を確認しアドバイス等すべき事項がある場合は、２週間以内に指定居宅介護支援事業所に対して連絡を行う〔サービス水準の確保〕。',
  ),
  /** ３（１）③ 確定後の提出。 */
  frequency3: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（１）③',
    'ささえりあのアドバイス等を反映させたケアプラン等を、ケアプラン確定後に、当該ささえりあに提出する。',
  ),
  /** ３（１）④ 情報の集約。 */
  frequency4: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（１）④',
    '圏域内の高齢者の状況を整理して、把握しておくこと〔情報の集約〕',
  ),
  /** ３（１）⑤ 自立支援型地域ケア会議。 */
  frequency5: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（１）⑤',
    '自立支援型地域ケア会議おいて、指定居宅介護支援事業所の事例を抽出し検討を行う。',
  ),
  /** ３（２） 検証の方法等。 */
  method: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（２）',
    '次の資料の提出を求め、必要に応じて指定居宅介護支援事業所に対しアドバイスを行う。',
  ),
  /** ３（２）【必須】 */
  requiredDocuments: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（２）≪提出を求める資料≫【必須】',
    '○利用者基本情報 ○基本チェックリスト、○介護予防サービス・支援計画書 ○介護予防支援・介護予防ケアマネジメントサービス評価表',
  ),
  /** ３（２）【任意】 */
  optionalDocuments: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（２）≪提出を求める資料≫【任意】',
    '○経過記録（地域包括支援センターからの求めに応じて提出）',
  ),
  /** ３（２）≪アドバイス等の視点≫ */
  viewpoints: cite(KUMAMOTO_DOCUMENT_ID, '３（２）≪アドバイス等の視点≫'),
  /** ３（２）≪アドバイス等の視点≫ 更新時の視点。 */
  viewpointOnUpdate: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（２）≪アドバイス等の視点≫',
    'ケアプラン更新時においては、これまでの経過や目標の達成状況等を踏まえ、適切な見直しが行われているか',
  ),
  /** ３（３）【ケアプラン等の提出方法】原則と推奨。 */
  channel: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（３）【ケアプラン等の提出方法】',
    '原則として、「くまもとメディカルネットワーク」または「ケアプランデータ連携システム」によるものとし、これによりがたい場合には、郵送（簡易書留など送達過程の確認が可能なもの）を推奨する。',
  ),
  /** ３（３）【ケアプラン等の提出方法】電子メール。 */
  channelEmail: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（３）【ケアプラン等の提出方法】',
    '※ 個人情報保護の観点から、電子メールでの提供は推奨しない。',
  ),
  /** ３（３）【利用者宅への訪問について】 */
  homeVisit: cite(
    KUMAMOTO_DOCUMENT_ID,
    '３（３）【利用者宅への訪問について】',
    '指定居宅介護支援事業所によるアセスメントやモニタリングの際の自宅訪問への同行は必須とはしないが、指定居宅介護支援事業所からの求めがあれば、自宅訪問への同行をお願いしたい。',
  ),
  /** ４ 今後のスケジュール（節全体）。 */
  schedule: cite(KUMAMOTO_DOCUMENT_ID, '４ 今後のスケジュール'),
  /** ４ 今後のスケジュール（運営協議会）。 */
  scheduleCouncil: cite(
    KUMAMOTO_DOCUMENT_ID,
    '４ 今後のスケジュール',
    '７月１１日 地域包括支援センター運営協議会での審議（本日）',
  ),
  /** ４ 今後のスケジュール（説明会）。 */
  scheduleBriefing: cite(
    KUMAMOTO_DOCUMENT_ID,
    '４ 今後のスケジュール',
    '８月中旬 ささえりあ及び指定居宅介護支援事業所への説明会を開催',
  ),
  /** ４ 今後のスケジュール（以降の改善）。 */
  scheduleImprovement: cite(
    KUMAMOTO_DOCUMENT_ID,
    '４ 今後のスケジュール',
    '※以降、実施状況を踏まえつつ、業務改善部会等において、引き続き改善に向けた検討を行う。',
  ),
} as const satisfies Record<string, Citation>;
