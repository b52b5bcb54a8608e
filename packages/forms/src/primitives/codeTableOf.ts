import type { CodeTable } from '@kaigo/core';

// Keyed by the enum schema instance: zod's raw issue (and the fast compiler's) carries it as `inst`, so the error
// map and the JSON Schema renderer find the meanings of exactly this field's codes (many tables share code values).
const tables = new WeakMap<object, CodeTable>();

/** Internal: remembers the code table of a {@link codeField} schema. */
export function registerCodeTable(schema: object, table: CodeTable): void {
  tables.set(schema, table);
}

/**
 * コード項目（{@link codeField}）のスキーマのコード表。コード表のないスキーマなら undefined。
 *
 * @example
 * ```ts
 * codeTableOf(codeField(SEX_CODES, { label: '性別' }))?.id; // => 'sex'
 * ```
 */
export function codeTableOf(schema: unknown): CodeTable | undefined {
  return typeof schema === 'object' && schema !== null ? tables.get(schema) : undefined;
}
