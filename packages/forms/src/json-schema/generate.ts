// The JSON Schema generator: the build writes the published schema files with it; the CLI and the HTTP service use
// it for rule inputs (which have no published file). Not part of `@kaigo/forms/json-schema` (that entry only reads).
import * as z from 'zod';
import { fieldMeta } from '../meta/fieldMeta';
import { codeTableOf } from '../primitives/codeTableOf';
import type { FormDefinition } from '../meta/formDefinition';
import type { JsonSchemaDocument, JsonSchemaTarget } from './keywords';
import { formJsonSchemaId } from './keywords';

/**
 * zod のスキーマから JSON Schema を作る（日本語ラベル `x-label`、項目番号 `x-item-no`、コード表 `x-code-table` とコードの意味 `x-code-labels`、
 * 出典 `x-source` つき）。メタデータは SDK の登録簿（{@link fieldMeta}）から読み、zod のグローバル登録簿は使わない。
 * JSON Schema で表せないスキーマは例外を投げる（`lenient` なら表せない部分を制約なしにする）。
 *
 * @example
 * ```ts
 * schemaToJsonSchema(z.object({ startDate: dateField({ label: '支援開始日' }) }), 'draft-2020-12').properties;
 * ```
 */
export function schemaToJsonSchema(
  schema: z.ZodType,
  target: JsonSchemaTarget,
  options: { readonly lenient?: boolean } = {},
): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    target,
    io: 'input',
    // Published form schemas must be exact; a rule input may hold a value JSON cannot state (then: any).
    unrepresentable: options.lenient === true ? 'any' : 'throw',
    reused: 'inline',
    cycles: options.lenient === true ? 'ref' : 'throw',
    metadata: z.registry<Record<string, unknown>>(),
    override: (ctx) => {
      const meta = fieldMeta.get(ctx.zodSchema as unknown as z.ZodType);
      if (!meta) return;
      const js = ctx.jsonSchema as Record<string, unknown>;
      js['description'] = meta.description ? `${meta.label}。${meta.description}` : meta.label;
      js['x-label'] = meta.label;
      if (meta.itemNo !== undefined) js['x-item-no'] = meta.itemNo;
      if (meta.codeTable !== undefined) js['x-code-table'] = meta.codeTable;
      const table = codeTableOf(ctx.zodSchema);
      // The meanings beside the plain `enum` (which every validator and code generator reads as it is).
      if (table)
        js['x-code-labels'] = Object.fromEntries(table.entries.map((e) => [e.code, e.label]));
      if (meta.source !== undefined) js['x-source'] = { ...meta.source };
    },
  }) as Record<string, unknown>;
}

/**
 * 様式の zod スキーマから、公開する JSON Schema（`$id`、型名の `title`、様式の `x-label`・`x-source` など）を作る。
 *
 * @example
 * ```ts
 * formToJsonSchema(basicChecklistForm, 'draft-2020-12').title; // => 'BasicChecklist'
 * ```
 */
export function formToJsonSchema(
  form: FormDefinition,
  target: JsonSchemaTarget,
): JsonSchemaDocument {
  const { $schema, ...rest } = schemaToJsonSchema(form.schema, target);
  const description = form.description ? `${form.title}。${form.description}` : form.title;
  const root: Record<string, unknown> = {
    $schema,
    $id: formJsonSchemaId(form.id, target),
    title: form.typeName,
    ...rest,
    description,
    'x-label': form.title,
    'x-form-id': form.id,
    'x-version': form.version,
    'x-source': { ...form.source },
    'x-modelled': form.modelled,
  };
  if (form.city !== undefined) root['x-city'] = form.city;
  return root;
}

/**
 * ルールの入力（`rule.input`）の JSON Schema（`x-label` などつき。表せない部分は制約なし）。zod のスキーマを
 * 公開していない入力なら undefined。CLI（`kaigo rules … --schema`）と HTTP サービスが使う。
 *
 * @example
 * ```ts
 * ruleInputJsonSchema(rule.input)?.['$schema']; // => 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function ruleInputJsonSchema(
  input: { readonly schema?: unknown } | undefined,
  target: JsonSchemaTarget = 'draft-2020-12',
): Record<string, unknown> | undefined {
  const schema = input?.schema;
  return schema instanceof z.ZodType
    ? schemaToJsonSchema(schema, target, { lenient: true })
    : undefined;
}
