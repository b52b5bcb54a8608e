import type { Citation, Finding, MissingInput, ParameterUse, RuleResult } from '@kaigo/core';
import { sourceDocument } from './sourceTitles';

/** `['a', 0, 'b']` → `a[0].b`; the root is `（ルート）`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '（ルート）';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** A citation as `文書名（id） 節`. */
export function formatCitation(c: Citation): string {
  const doc = sourceDocument(c.document);
  const title = doc ? `${doc.title}（${c.document}）` : c.document;
  return `${title} ${c.section}`;
}

const STATUS: Record<string, string> = {
  decided: '判定済み',
  undetermined: '判定不能（入力不足）',
  invalid: '入力不正',
};

const MARK: Record<string, string> = { error: '✗', warning: '!', info: 'i' };

/** Japanese name of a rule status. */
export function statusLabel(status: string): string {
  return STATUS[status] ?? status;
}

function findingLines(f: Finding, indent: string): string[] {
  const where = f.path && f.path.length > 0 ? ` [${formatPath(f.path)}]` : '';
  const lines = [`${indent}${MARK[f.severity] ?? '-'} ${f.message}${where} (${f.code})`];
  if (f.citation) lines.push(`${indent}    出典: ${formatCitation(f.citation)}`);
  return lines;
}

function missingLine(m: MissingInput, indent: string): string {
  return `${indent}? ${m.label || '（名称なし）'} [${formatPath(m.path)}]`;
}

/** Values longer than this are left to `--json` (and the rules catalogue) in the human report. */
const LONG_VALUE = 80;

function parameterLine(p: ParameterUse, indent: string): string {
  const json = JSON.stringify(p.value) ?? 'undefined';
  const value = json.length <= LONG_VALUE ? json : '（長い値のため省略。--json で表示）';
  const origin = p.origin === 'override' ? '上書きした値、' : '';
  return `${indent}＄ ${p.id} = ${value}（${origin}${p.effectiveFrom} から適用、${formatCitation(p.citation)}）`;
}

/** Lines of the readable decision before the rest is left to `--json`. */
const MAX_DECISION_LINES = 60;

function isCitation(v: unknown): v is Citation {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Citation).document === 'string' &&
    typeof (v as Citation).section === 'string'
  );
}

function scalarText(v: unknown): string | undefined {
  if (v === null) return '（なし）';
  if (typeof v === 'boolean') return v ? 'はい' : 'いいえ';
  if (typeof v === 'string') return v === '' ? '""' : v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (isCitation(v)) return `出典 ${formatCitation(v)}`;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null))
    return v.length === 0 ? '（なし）' : v.map((x) => scalarText(x)).join('、');
  // A small flat object (a deadline phrase such as { kind, days }) stays on one line.
  if (typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.entries(v);
    if (
      entries.length > 0 &&
      entries.length <= 4 &&
      entries.every(([, x]) => typeof x !== 'object')
    )
      return `（${entries.map(([k, x]) => `${k}: ${scalarText(x) ?? ''}`).join('、')}）`;
  }
  return undefined;
}

/**
 * The decision as indented `key: value` lines (YAML-like; no braces or quotes): list items that carry a Japanese
 * `title` lead with it, their plain fields follow in parentheses; citations print as 出典.
 */
function readableLines(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      const plain = scalarText(item);
      if (plain !== undefined) {
        out.push(`${indent}- ${plain}`);
        continue;
      }
      const record = item as Record<string, unknown>;
      const title = typeof record['title'] === 'string' ? record['title'] : undefined;
      const fields = Object.entries(record).filter(([k, v]) => k !== 'title' && v !== null);
      const inline = fields.flatMap(([k, v]) => {
        const text = isCitation(v) ? undefined : scalarText(v);
        return text === undefined ? [] : [`${k}: ${text}`];
      });
      out.push(`${indent}- ${title ?? ''}${inline.length ? `（${inline.join('、')}）` : ''}`);
      const nested = Object.fromEntries(
        fields.filter(([, v]) => isCitation(v) || scalarText(v) === undefined),
      );
      readableLines(nested, `${indent}  `, out);
    }
    return;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null) continue;
    const text = scalarText(v);
    if (text !== undefined) out.push(`${indent}${key}: ${text}`);
    else {
      out.push(`${indent}${key}:`);
      readableLines(v, `${indent}  `, out);
    }
  }
}

function decisionLines(decision: unknown, indent: string): string[] {
  const plain = scalarText(decision);
  if (plain !== undefined) return [`${indent}判定: ${plain}`];
  const lines: string[] = [];
  readableLines(decision, `${indent}  `, lines);
  if (lines.length <= MAX_DECISION_LINES) return [`${indent}判定:`, ...lines];
  return [
    `${indent}判定:`,
    ...lines.slice(0, MAX_DECISION_LINES),
    `${indent}  …ほか ${lines.length - MAX_DECISION_LINES} 行（--json ですべて表示）`,
  ];
}

/** Human-readable Japanese report of a rule result. */
export function formatRuleResult(
  r: RuleResult<unknown>,
  options: { readonly indent?: string; readonly compact?: boolean } = {},
): string {
  const indent = options.indent ?? '';
  const compact = options.compact === true;
  const lines: string[] = compact ? [] : [`${indent}状態: ${statusLabel(r.status)} (${r.status})`];
  if (r.decision !== undefined) lines.push(...decisionLines(r.decision, indent));
  if (r.findings.length > 0) {
    lines.push(`${indent}指摘:`);
    for (const f of r.findings) lines.push(...findingLines(f, `${indent}  `));
  }
  if (r.missing.length > 0) {
    lines.push(`${indent}不足している入力:`);
    for (const m of r.missing) lines.push(missingLine(m, `${indent}  `));
  }
  if (r.parameters.length > 0) {
    lines.push(`${indent}使用したパラメータ:`);
    for (const p of r.parameters) lines.push(parameterLine(p, `${indent}  `));
  }
  if (!compact && r.sources.length > 0) {
    lines.push(`${indent}出典:`);
    for (const s of r.sources) lines.push(`${indent}  ${formatCitation(s)}`);
  }
  return `${lines.join('\n')}\n`;
}
