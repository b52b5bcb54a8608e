/**
 * 介護予防・居宅ケアマネジメントの全国様式と様式の仕組み: zod スキーマと型、日本語ラベル、日本語エラー、様式の登録簿、JSON Schema。
 * 市町村独自様式はその市のパッケージ（`@kaigo/rules-<市>`）が定義して公開する（`city.forms`）。
 *
 * @packageDocumentation
 */
export * from './meta/fieldMeta';
export * from './meta/formDefinition';
export * from './primitives/primitives';
export * from './primitives/codeChoices';
export { codeTableOf } from './primitives/codeTableOf';
export * from './primitives/formatHint';
export * from './validate/validate';
export { japaneseMessage, REQUIRED_MESSAGE, type RawIssue } from './validate/messages';
export { labelAt } from './validate/schemaAt';
export * from './registry';
export * from './national/index';
export * from './checklist/index';
export * from './fast/index';
export * from './validate/prepareRuleInput';
export * from './validate/ruleInput';
export { formToJsonSchema, ruleInputJsonSchema, schemaToJsonSchema } from './json-schema/generate';
export type { JsonSchemaDocument, JsonSchemaTarget } from './json-schema/keywords';
