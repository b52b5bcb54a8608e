import { GENERATED_JSON_SCHEMAS } from './generated';
import type { JsonSchemaDocument } from './keywords';

/**
 * 様式 id の JSON Schema（draft 2020-12、ビルド時に生成したもの）。未登録の id なら undefined。
 *
 * @example
 * ```ts
 * import { getFormJsonSchema } from '@kaigo/forms/json-schema';
 * getFormJsonSchema('national.basicChecklist')?.['x-label']; // => '基本チェックリスト'
 * ```
 */
export function getFormJsonSchema(formId: unknown): JsonSchemaDocument | undefined {
  if (typeof formId !== 'string' || !Object.hasOwn(GENERATED_JSON_SCHEMAS, formId))
    return undefined;
  return GENERATED_JSON_SCHEMAS[formId];
}

/**
 * JSON Schema を生成済みの様式 id の一覧。
 *
 * @example
 * ```ts
 * formJsonSchemaIds().includes('national.userBasicInfo'); // => true
 * ```
 */
export function formJsonSchemaIds(): readonly string[] {
  return Object.keys(GENERATED_JSON_SCHEMAS);
}
