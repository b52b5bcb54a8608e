/**
 * 伊勢原市ケアプラン点検（令和6年度 伊勢原市ケアプラン点検、令和６年３月２２日）のルール:
 * 対象者、月次・年間スケジュール（通知書類・前月末日の郵送）、対象ケース、提出書類（事前）、事業所面談、点検結果の送付、再提出、実績報告。
 * 出典つきの純粋関数と日付付きパラメータ。市の定義は `city`。
 *
 * @packageDocumentation
 */
// Re-exported rather than defined here, so that a bundler importing one rule can drop the city and its lists.
export { city, parameters, rules } from './city';
export * from './forms/index';
export { ISEHARA_DOCUMENT, ISEHARA_FROM } from './document';
export * from './04-method/02-auditees/auditees';
export * from './04-method/03-flow/parameters';
export * from './04-method/03-flow/schedule';
export * from './04-method/03-flow/annualCalendar';
export * from './04-method/03-flow/interviewMonth';
export * from './04-method/03-flow/mailing';
export * from './04-method/04-cases/caseRules';
export * from './04-method/05-documents/parameters';
export * from './04-method/05-documents/preSubmission';
export * from './04-method/06-interview/interview';
export * from './04-method/07-results/results';
export * from './04-method/08-resubmission/resubmission';
export * from './05-report/report';
export * from './agenda';
