/**
 * 明石市「自立支援等に資するケアマネジメントに関する明石市の基本方針等」（2023年4月、出典 id
 * `akashi-policy-2023`）のルール。文書の節の順に並べる:
 *
 * - 前文・１ 基本方針: 原則の参照データと、心身機能・活動・参加のバランスの助言
 *   （{@link checkFunctionActivityParticipationBalance}）
 * - ２ 基本取扱方針: 参照データ
 * - ３ 介護予防ケアマネジメントの概要等: タイプ別プロセス表、実施する類型（Ａ・Ｃ）、委託（Ａのみ）と、
 *   ケースの検査（{@link checkCareManagementCase}）
 * - ４ 介護予防と自立支援の推進に向けた取組: 自立支援型ケアマネジメント会議、リハビリテーション専門職の同行訪問、
 *   再見！生活プログラムの参照データと対象の判定
 * - ５ その他ケアマネジメントの質の向上への取組: 参照データ
 * - ５ 災害時の避難行動の支援（原文でも「５」）: 災害に備えた情報の記載の検査（{@link checkDisasterPreparedness}）と
 *   【個別避難計画作成の経緯】
 *
 * 市の定義は `city`（`defineCity`）。ルールは文脈 `{ referenceDate, parameters? }` を受け、`parameters` で
 * どのパラメータも上書きできる（例: `{ 'akashi.disaster.planKinds': ['new', 'renewal', 'change'] }`）。
 *
 * @packageDocumentation
 */
// Re-exported rather than defined here, so that a bundler importing one rule can drop the city and its lists.
export { city, parameters, rules } from './city';
export * from './forms/index';
export { AKASHI_DOCUMENT, AKASHI_POLICY_FROM, AKASHI_SOURCE_DOCUMENT } from './document';
export type { ExternalReference, PolicyStatement } from './document';
export { REFERENCE_STATEMENTS } from './referenceStatements';
export * from './carePlanRecord';

// 前文・１ 基本方針
export * from './s1-basicPolicy/basicPolicy';
export * from './s1-basicPolicy/principles';
export * from './s1-basicPolicy/balance';
export * from './s1-basicPolicy/checkFunctionActivityParticipationBalance';
// ２ 基本取扱方針
export * from './s2-basicHandling/principles';
// ３ 介護予防ケアマネジメントの概要等
export * from './s3-preventiveCareManagement/overview';
export * from './s3-preventiveCareManagement/processTable';
export * from './s3-preventiveCareManagement/typesRun';
export * from './s3-preventiveCareManagement/implementation';
export * from './s3-preventiveCareManagement/careManagementCase';
export * from './s3-preventiveCareManagement/checkCareManagementCase';
// ４ 介護予防と自立支援の推進に向けた取組
export * from './s4-initiatives/programmes';
export * from './s4-initiatives/targets';
export * from './s4-initiatives/checkProgrammeTargets';
// ５ その他ケアマネジメントの質の向上への取組
export * from './s5a-qualityImprovement/initiatives';
// ５ 災害時の避難行動の支援
export * from './s5b-disasterEvacuation/background';
export * from './s5b-disasterEvacuation/disasterItems';
export * from './s5b-disasterEvacuation/checkDisasterPreparedness';
export * from './agenda';
