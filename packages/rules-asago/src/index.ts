/**
 * 朝来市いきいき長生き応援事業実施要領（令和6年4月26日）のルール（作成中）。
 *
 * @packageDocumentation
 */
export * from './03-period/programPeriod';
export * from './04-content/evaluationSchedule';
export * from './04-content/checkEvaluation';
export * from './04-content/goal';
export * from './05-procedure/modelSubjectSelection';
export * from './05-procedure/professionalDispatch';
export * from './05-procedure/supportMeeting';
export * from './06-cswatch/documents';
export * from './06-cswatch/trainingCalendar';
