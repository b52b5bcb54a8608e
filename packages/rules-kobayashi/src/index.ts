/**
 * 小林市「自立支援型ケアマネジメント促進事業実施要領」（R7.5 開始）のルール。実施主体は小林市。
 * 要領の節の順に: ２ 事業概要（対象者・利用者負担・契約事業所の要件）、３ 事業の流れ（支援額・請求・提出期限・
 * 役割）、４ 提出(入力)書類、５ その他（事業開始時以降・年度をこえるプラン）。１ 目的は判定を含まない。
 * 様式（統一様式・参加申込書・対象者名簿・請求書・明細書）は `@kaigo/forms` の `kobayashiForms`（モデル化した様式）。
 *
 * @packageDocumentation
 */
export * from './source';
export * from './02-overview/officeKinds';
export * from './02-overview/parameters';
export * from './02-overview/eligibility';
export * from './02-overview/contractRequirements';
export * from './03-flow/parameters';
export * from './03-flow/fees';
export * from './03-flow/invoice';
export * from './03-flow/deadlines';
export * from './03-flow/roles';
export * from './04-documents/parameters';
export * from './04-documents/requiredDocuments';
export * from './05-other/parameters';
export * from './05-other/programCoverage';
export { rules, parameters } from './rules';
