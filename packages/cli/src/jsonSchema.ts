import type { FormDefinition } from '@kaigo/forms';
import { fieldMeta } from '@kaigo/forms';
import * as z from 'zod';

/**
 * 様式の JSON Schema（draft 2020-12）。項目のメタデータは `x-label`・`x-item-no`・`x-code-table`・`x-source`
 * として載せる。
 *
 * @example
 * ```ts
 * const schema = formJsonSchema(form);
 * ```
 */
export function formJsonSchema(form: FormDefinition): unknown {
  const schema = z.toJSONSchema(form.schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const meta = fieldMeta.get(ctx.zodSchema);
      if (!meta) return;
      const js = ctx.jsonSchema as Record<string, unknown>;
      js['x-label'] = meta.label;
      if (meta.itemNo !== undefined) js['x-item-no'] = meta.itemNo;
      if (meta.codeTable !== undefined) js['x-code-table'] = meta.codeTable;
      if (meta.description !== undefined) js['description'] = meta.description;
      if (meta.source !== undefined) js['x-source'] = meta.source;
    },
  }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    $id: `https://kaigo-sdk.invalid/schemas/${form.id}.json`,
    title: form.typeName,
    description: form.title,
    'x-form-id': form.id,
    'x-version': form.version,
    'x-source': form.source,
    ...schema,
  };
}
