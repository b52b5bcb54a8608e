/**
 * kaigo-sdk の共通基盤: 暦日、和暦、年度、期限、コード、識別番号、結果と出典のモデル、日付付きパラメータ。
 * 市町村のルールパッケージはここを設定して使い、ここを書き換えない。
 *
 * @packageDocumentation
 */
export * from './result/types';
export * from './result/build';
export * from './result/compactResult';
export * from './sources/documents';
export * from './sources/cite';
export * from './text/normalizeDigits';
export {
  type IsoDate,
  daysInMonth,
  isValidCalendarDate,
  isoDateFromParts,
  parseIsoDate,
  isIsoDate,
  isoDateParts,
  isoDate,
  isSupportedCalendarDate,
  CalendarDateError,
  SUPPORTED_DATE_RANGE,
  SHORT_INPUT_MAX_LENGTH,
  dateOutOfRange,
} from './date/isoDate';
export * from './date/arithmetic';
export * from './date/yearMonth';
export * from './wareki/eras';
export * from './wareki/parseWareki';
export * from './wareki/formatWareki';
export * from './wareki/parseDateInput';
export * from './fiscal/fiscalYear';
export * from './fiscal/insurancePlanPeriod';
export * from './deadline/deadlineRule';
export * from './deadline/isDeadlineRule';
export * from './deadline/checkDeadline';
export * from './deadline/dateWindow';
export * from './deadline/businessDay';
export * from './codes/codeTable';
export * from './codes/careLevel';
export * from './ids/identifiers';
export * from './params/datedParameter';
export * from './params/ruleContext';
export * from './rule/ruleDescriptor';
export * from './requiredDocuments/checkDocumentSet';
export * from './requiredDocuments/datedDocumentSet';
export * from './steps/stepOrder';
export * from './params/resolveParameters';
export * from './result/trace';
export * from './rule/ruleInput';
export * from './rule/parameterOverride';
export * from './rule/ruleEnv';
export * from './rule/defineRule';
export * from './rule/evaluateEach';
export * from './rule/defineCity';
export * from './rule/checkExample';
export * from './agenda/types';
export * from './agenda/defaultHorizon';
export * from './agenda/defineAgenda';
export * from './agenda/parseAgendaContext';
export * from './agenda/compareAgendaItems';
export * from './agenda/streamAgenda';
export * from './agenda/runAgenda';
export * from './agenda/agendaTally';
