/**
 * 熊本市「令和６年度以降における包括的・継続的ケアマネジメント支援業務について」（`kumamoto-kanyo-2024`）の
 * ささえりあ（地域包括支援センター）による『一定の関与』を、出典つきの純粋関数と日付付きパラメータで表す。
 *
 * 資料の順: １ 経緯（対象）→ 議事２ ≪国の考え≫ → ３（１）検証の頻度（流れと２週間の期限）→ ３（２）検証の方法等
 * （提出資料・アドバイス等の視点）→ ３（３）その他（提出方法・自宅訪問）→ ４ 今後のスケジュール。
 *
 * 市の定義は `city`（`defineCity`）。各ルールは `defineRule` で宣言し、`rule(input, context)` で呼べ、
 * パラメータは文脈の `parameters`（パラメータ id → 値）で上書きできる。
 *
 * @packageDocumentation
 */
export * from './01-background/applicability';
export * from './03-kanyo/01-frequency/flowParameters';
export * from './03-kanyo/01-frequency/verificationStates';
export * from './03-kanyo/01-frequency/verificationFlow';
export * from './03-kanyo/02-method/documentParameters';
export * from './03-kanyo/02-method/documents';
export * from './03-kanyo/02-method/adviceViewpoints';
export * from './03-kanyo/03-channel-and-visit/channelParameters';
export * from './03-kanyo/03-channel-and-visit/submissionChannel';
export * from './03-kanyo/03-channel-and-visit/homeVisit';
export * from './04-schedule/schedule';
export { KUMAMOTO_DOCUMENT_ID, KUMAMOTO_SOURCE_DOCUMENT, SECTIONS } from './sourceDocument';
export { PLAN_EVENT_LABELS } from './planEvent';
// 事例一覧の期限（予定表）
export * from './agenda';

export { city, rules, parameters } from './city';
export * from './forms/index';
