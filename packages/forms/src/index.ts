/**
 * 介護予防・居宅ケアマネジメントの様式: zod スキーマと型、日本語ラベル、日本語エラー、様式の登録簿、JSON Schema。
 *
 * @packageDocumentation
 */
export * from './meta/fieldMeta';
export * from './meta/formDefinition';
export * from './primitives/primitives';
export * from './validate/validate';
export { japaneseMessage, REQUIRED_MESSAGE, type RawIssue } from './validate/messages';
export { labelAt } from './validate/schemaAt';
export * from './registry';
export * from './national/index';
export * from './local/asago/index';
export * from './local/akashi/index';
export * from './local/isehara/index';
export * from './local/kobayashi/index';
export * from './local/kumamoto/index';
export * from './checklist/index';
export * from './fast/index';
export * from './validate/prepareRuleInput';
export * from './validate/ruleInput';
