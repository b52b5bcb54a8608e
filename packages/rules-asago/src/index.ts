/**
 * 朝来市いきいき長生き応援事業実施要領（令和6年4月26日）のルール: 出典つきの純粋関数と日付付きパラメータ。
 * ファイルは要領の節の順（３ 期間、４ 内容、５ 実施手順と役割、６ CSwatch による応援手順）に並ぶ。
 *
 * @packageDocumentation
 */
export * from './03-period/programPeriod';
export * from './04-content/goals';
export * from './04-content/goal';
export * from './04-content/evaluationSchedule';
export * from './04-content/checkEvaluation';
export * from './05-procedure/modelSubjectSelection';
export * from './05-procedure/professionalDispatch';
export * from './05-procedure/supportMeeting';
export * from './06-cswatch/documents';
export * from './06-cswatch/trainingCalendar';
export { ASAGO_DOCUMENT_ID } from './sourceDocument';
// Re-exported rather than defined here, so that a bundler importing one rule can drop the city and its lists.
export { city, parameters, rules } from './city';
export * from './forms/index';
export * from './agenda';
