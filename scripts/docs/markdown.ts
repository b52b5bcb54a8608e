// Small Markdown helpers for the generated docs (tables, inline code, escaping).

/** Escapes text for a Markdown table cell (pipes, newlines). */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Inline code that survives a table cell and backticks inside. */
export function code(text: string): string {
  const escaped = text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return escaped.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The banner at the top of every generated page. */
export const GENERATED =
  '> このページは `npm run catalogue`（`scripts/docs/catalogue.ts`）がコードから生成しています。手で編集しないでください。\n';

/** Stable JSON for docs: compact, keys in their own order. */
export function json(value: unknown): string {
  return value === undefined ? '—' : JSON.stringify(value);
}
