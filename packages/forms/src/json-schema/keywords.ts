/**
 * 公開する JSON Schema に SDK が加える独自キーワード。Ajv の strict モードで検証するときは
 * `ajv.addVocabulary(FORM_JSON_SCHEMA_KEYWORDS)` で登録する。
 *
 * - `x-label`: 日本語ラベル（ルートは様式名）
 * - `x-item-no`: 全国様式・V4 CSV の項目番号（例: `UPKIHON No.16`）
 * - `x-code-table`: コード項目のコード表 id
 * - `x-code-labels`: コード項目のコードの意味（コード → 日本語の名称。`enum` と同じコードを同じ順に持つ）
 * - `x-form-id` / `x-version` / `x-source` / `x-modelled` / `x-city`: 様式の id・版・出典・モデル化の有無・市（ルートのみ）
 *
 * @example
 * ```ts
 * const ajv = new Ajv2020({ strict: true });
 * ajv.addVocabulary([...FORM_JSON_SCHEMA_KEYWORDS]);
 * ```
 */
export const FORM_JSON_SCHEMA_KEYWORDS = [
  'x-label',
  'x-item-no',
  'x-code-table',
  'x-code-labels',
  'x-form-id',
  'x-version',
  'x-source',
  'x-modelled',
  'x-city',
] as const;

/** JSON Schema の版（公開するのは draft 2020-12。`.d.ts` の生成には draft-07 を使う）。 */
export type JsonSchemaTarget = 'draft-2020-12' | 'draft-07';

/** JSON Schema の文書（JSON の値）。 */
export type JsonSchemaDocument = { readonly [key: string]: unknown };

/**
 * 様式の JSON Schema の `$id`。
 *
 * @example
 * ```ts
 * formJsonSchemaId('national.basicChecklist');
 * // => 'https://kaigo-sdk.invalid/schemas/national.basicChecklist.schema.json'
 * ```
 */
export function formJsonSchemaId(
  formId: string,
  target: JsonSchemaTarget = 'draft-2020-12',
): string {
  const dir = target === 'draft-07' ? 'draft-07/' : '';
  return `https://kaigo-sdk.invalid/schemas/${dir}${formId}.schema.json`;
}
