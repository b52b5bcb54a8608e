// Small printing helpers shared by the examples (not part of the SDK): results are printed for a person to read —
// Japanese words for values and each parameter's Japanese description, not one-line JSON.
import type { DatedParameter, Finding, RuleResult } from '@kaigo/core';
import * as akashi from '@kaigo/rules-akashi';
import * as asago from '@kaigo/rules-asago';
import * as isehara from '@kaigo/rules-isehara';
import * as kobayashi from '@kaigo/rules-kobayashi';
import * as kumamoto from '@kaigo/rules-kumamoto';

/** Every city's parameters by id (for their Japanese description and unit). */
const PARAMETERS = new Map<string, DatedParameter<unknown>>(
  [akashi, asago, isehara, kobayashi, kumamoto].flatMap((mod) => {
    const list = (mod as { parameters?: unknown }).parameters;
    return Array.isArray(list) ? (list as DatedParameter<unknown>[]).map((p) => [p.id, p]) : [];
  }),
);

const MAX_ITEMS = 6;

/** A value in a few readable words: はい/いいえ, なし, numbers with their unit, lists joined with 「、」. */
export function describeValue(value: unknown, unit = ''): string {
  if (value === null || value === undefined) return 'なし';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  // Digit grouping from 5 digits, so that years (2025) stay as written.
  if (typeof value === 'number')
    return `${Math.abs(value) >= 10_000 ? value.toLocaleString('ja-JP') : String(value)}${unit}`;
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'なし';
    const items = value.slice(0, MAX_ITEMS).map((v) => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        const name = o['label'] ?? o['title'] ?? o['name'];
        if (typeof name === 'string') return name;
        return `（${describeValue(v)}）`;
      }
      return describeValue(v, unit);
    });
    const rest = value.length > MAX_ITEMS ? ` ほか${value.length - MAX_ITEMS}件` : '';
    return `${items.join('、')}${rest}`;
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['from'] === 'string' && typeof o['to'] === 'string' && Object.keys(o).length === 2)
      return `${o['from']}〜${o['to']}`;
    return Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k} ${describeValue(v)}`)
      .join('・');
  }
  return String(value);
}

/** Prints one finding as a line: severity, message, citation. */
export function printFinding(f: Finding): void {
  const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i';
  const where = f.path && f.path.length > 0 ? ` [${f.path.join('.')}]` : '';
  const cite = f.citation ? ` （${f.citation.document} ${f.citation.section}）` : '';
  console.log(`    ${mark} ${f.message}${where}${cite}`);
}

const STATUS: Record<string, string> = {
  decided: '判定済み',
  undetermined: '入力不足で未判定',
  invalid: '入力の誤りで判定不能',
};

/** Prints a decision as one line per field (nested objects one level deeper), values in readable words. */
function printDecision(decision: unknown): void {
  if (decision === null || typeof decision !== 'object' || Array.isArray(decision)) {
    console.log(`    判定: ${describeValue(decision)}`);
    return;
  }
  console.log('    判定:');
  for (const [key, value] of Object.entries(decision as Record<string, unknown>)) {
    if (value === undefined) continue;
    const isRows =
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    if (isRows && !value.some((v) => typeof (v as Record<string, unknown>)['label'] === 'string')) {
      console.log(`      ${key}（${value.length}件）:`);
      for (const row of value.slice(0, MAX_ITEMS)) console.log(`        ・${describeValue(row)}`);
      if (value.length > MAX_ITEMS) console.log(`        ・ほか${value.length - MAX_ITEMS}件`);
    } else console.log(`      ${key}: ${describeValue(value)}`);
  }
}

/** Prints a rule result: status, decision, findings, missing inputs, parameters (with their Japanese description). */
export function printResult(title: string, r: RuleResult<unknown>): void {
  console.log(`  ■ ${title} — ${r.rule}: ${STATUS[r.status] ?? r.status}`);
  if (r.decision !== undefined) printDecision(r.decision);
  for (const f of r.findings) printFinding(f);
  for (const m of r.missing) console.log(`    ? 不足: ${m.label} [${m.path.join('.')}]`);
  for (const p of r.parameters) {
    const def = PARAMETERS.get(p.id);
    const name = def?.description ?? p.id;
    const override = p.origin === 'override' ? '、上書きした値' : '';
    console.log(
      `    ＄ ${name}: ${describeValue(p.value, def?.unit ?? '')}（${p.id}、${p.effectiveFrom}〜${override}、${p.citation.document} ${p.citation.section}）`,
    );
  }
}
