/**
 * 小林市「自立支援型ケアマネジメント促進事業実施要領」（R7.5 開始、出典 id `kobayashi-jiritsu-2025`）のルール。
 * 実施主体は小林市。要領の節の順に並べる:
 *
 * - ２ 事業概要: 対象者・利用者負担（{@link checkEligibility}）、契約事業所の要件（{@link checkContractRequirements}）
 * - ３ 事業の流れ: 支援額（{@link lookupFee}）、請求書・明細書（{@link buildInvoice}）、提出期限（{@link listDeadlines}）、
 *   役割と次の手順（{@link nextStep}）
 * - ４ 提出(入力)書類: 書類の照合（{@link checkDocumentCompleteness}）
 * - ５ その他（事業開始時以降・年度をこえるプラン）: {@link checkProgramCoverage}
 *
 * １ 目的は判定を含まない。様式（統一様式・参加申込書・対象者名簿・請求書・明細書）はこのパッケージの
 * `kobayashiForms`（`src/forms/`、モデル化した様式。`city.forms` と同じ）。
 *
 * 市の定義は `city`（`defineCity`）。ルールは文脈 `{ referenceDate, parameters? }` を受け、`parameters` で
 * どのパラメータも上書きできる（例: `{ 'kobayashi.programStart': '2025-06-01' }`）。結果の `trace` に、使った
 * パラメータの値、期限日の計算（例: 支援開始後10日以内 2025-06-20 → 2025-06-30、初日不算入）、判定を決めた条件、
 * 不足入力が残る（入力の文字列は含まない）。
 *
 * @packageDocumentation
 */
// `rules`・`parameters` は city.ts で定義して再公開する（1つのルールだけを取り込むとき、バンドラーが市の定義と
// ほかのルールを落とせるように。index に `city.rules` を読む文を置くと、すべてのルールが残る）。
export { city, parameters, rules } from './city';
export * from './forms/index';
export * from './document';
// ２ 事業概要
export * from './02-overview/officeKinds';
export * from './02-overview/parameters';
export * from './02-overview/eligibility';
export * from './02-overview/contractRequirements';
// ３ 事業の流れ
export * from './03-flow/parameters';
export * from './03-flow/fees';
export * from './03-flow/invoice';
export * from './03-flow/deadlines';
export * from './03-flow/roles';
// ４ 提出(入力)書類
export * from './04-documents/parameters';
export * from './04-documents/requiredDocuments';
// ５ その他（事業開始時以降・年度をこえるプラン）
export * from './05-programCoverage/parameters';
export * from './05-programCoverage/programCoverage';
// 事例一覧の提出期限（予定表）
export * from './agenda';
