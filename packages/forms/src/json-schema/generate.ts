// The JSON Schema generator (build time and tests only; not part of any runtime entry point).
import * as z from 'zod';
import { fieldMeta } from '../meta/fieldMeta';
import type { FormDefinition } from '../meta/formDefinition';
import type { JsonSchemaDocument, JsonSchemaTarget } from './keywords';
import { formJsonSchemaId } from './keywords';

/**
 * 様式の zod スキーマから JSON Schema を作る。メタデータは SDK の登録簿（{@link fieldMeta}）から読み、
 * zod のグローバル登録簿は使わない（`metadata` に空の登録簿を渡す）。
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
  const body = z.toJSONSchema(form.schema, {
    target,
    io: 'input',
    unrepresentable: 'throw',
    reused: 'inline',
    cycles: 'throw',
    metadata: z.registry<Record<string, unknown>>(),
    override: (ctx) => {
      const meta = fieldMeta.get(ctx.zodSchema as unknown as z.ZodType);
      if (!meta) return;
      const js = ctx.jsonSchema as Record<string, unknown>;
      js['description'] = meta.description ? `${meta.label}。${meta.description}` : meta.label;
      js['x-label'] = meta.label;
      if (meta.itemNo !== undefined) js['x-item-no'] = meta.itemNo;
      if (meta.codeTable !== undefined) js['x-code-table'] = meta.codeTable;
      if (meta.source !== undefined) js['x-source'] = { ...meta.source };
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = body;
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
