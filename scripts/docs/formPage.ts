// Renders a page per form: fields (path, Japanese label, type, required, item number, code table) and codes.
import type { CodeTable } from '@kaigo/core';
import type { FormDefinition } from '@kaigo/forms';
import { GENERATED, cell, code, table } from './markdown';
import { schemaFields } from './schemaFields';
import { citationText } from './sources';

/** A form page and the code tables it uses. */
export function renderFormPage(
  form: FormDefinition,
  jsonSchema: Record<string, unknown>,
  codeTables: ReadonlyMap<string, CodeTable>,
): string {
  const fields = schemaFields(jsonSchema);
  const out: string[] = [
    `# ${form.title}（\`${form.id}\`）`,
    '',
    GENERATED,
    '',
    `- 型名: \`${form.typeName}\``,
    `- 版: ${form.version}`,
    `- 出典: ${citationText(form.source)}`,
    `- 公式様式: ${form.modelled ? 'なし（SDK がモデル化したもの）' : 'あり'}`,
    ...(form.city ? [`- 市: ${form.city}`] : []),
    `- JSON Schema: \`kaigo schema ${form.id}\``,
    '',
  ];
  if (form.description) out.push(form.description, '');
  out.push('## 項目', '');
  out.push(
    table(
      ['位置', 'ラベル', '型', '必須', '項目番号', 'コード表'],
      fields.map((f) => [
        code(f.path),
        cell(f.label || '—'),
        cell(f.type),
        f.required ? '必須' : '任意',
        cell(f.itemNo || '—'),
        f.codeTable
          ? code(f.codeTable)
          : f.codes.length > 0
            ? f.codes.map((c) => code(c)).join(' ')
            : '—',
      ]),
    ),
  );
  const used = [...new Set(fields.flatMap((f) => (f.codeTable ? [f.codeTable] : [])))];
  if (used.length > 0) {
    out.push('## コード表', '');
    for (const id of used) {
      const t = codeTables.get(id);
      out.push(`### ${t ? t.label : id}（\`${id}\`）`, '');
      if (!t) {
        const codes = fields.find((f) => f.codeTable === id)?.codes ?? [];
        out.push(`コード: ${codes.map((c) => code(c)).join(' ')}（名称は登録簿にありません）`, '');
        continue;
      }
      out.push(`出典: ${citationText(t.source)}`, '');
      out.push(
        table(
          ['コード', '名称'],
          t.entries.map((e) => [code(e.code), cell(e.label)]),
        ),
      );
    }
  }
  return out.join('\n');
}
