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

function decisionLines(decision: unknown, indent: string): string[] {
  const json = JSON.stringify(decision) ?? 'undefined';
  if (json.length <= LONG_VALUE) return [`${indent}判定: ${json}`];
  const pretty = JSON.stringify(decision, null, 2) ?? 'undefined';
  return [`${indent}判定:`, ...pretty.split('\n').map((l) => `${indent}  ${l}`)];
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
