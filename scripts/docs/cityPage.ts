// Renders a city's rules catalogue: rules with sources, parameters with dated values, and examples RUN
// through `evaluate`.
import type { DatedParameter, RuleDescriptor, RuleResult } from '@kaigo/core';
import type { CityRules } from '@kaigo/cli';
import { GENERATED, cell, code, json, table } from './markdown';
import { citationText, documentTitle } from './sources';

/** Longer JSON values are printed as blocks below the tables. */
const LONG_VALUE = 60;

const STATUS: Record<string, string> = {
  decided: '判定済み',
  undetermined: '判定不能（入力不足）',
  invalid: '入力不正',
};

function referenceDateOf(context: unknown): string {
  if (typeof context === 'object' && context !== null && 'referenceDate' in context)
    return String((context as { referenceDate: unknown }).referenceDate);
  return '—';
}

/** Runs every example; a rule that throws is a bug and stops the generation. */
function runExample(rule: RuleDescriptor, input: unknown, context: unknown): RuleResult<unknown> {
  try {
    return rule.evaluate(input, context);
  } catch (error) {
    throw new Error(`${rule.id}: the example threw`, { cause: error });
  }
}

function renderRule(rule: RuleDescriptor): string {
  const out: string[] = [`### ${rule.title}`, '', `id: ${code(rule.id)}`, ''];
  if (rule.description) out.push(rule.description, '');
  out.push('出典:', '');
  for (const s of rule.sources) out.push(`- ${citationText(s)}`);
  out.push('');
  if (rule.examples.length === 0) {
    out.push('例: なし', '');
    return out.join('\n');
  }
  out.push('#### 例（`evaluate` を実行した結果）', '');
  const results = rule.examples.map((ex) => runExample(rule, ex.input, ex.context));
  const rows = rule.examples.map((ex, i) => {
    const r = results[i] as RuleResult<unknown>;
    const decision = r.decision === undefined ? '—' : json(r.decision);
    return [
      `${i + 1}. ${cell(ex.title)}`,
      referenceDateOf(ex.context),
      `${STATUS[r.status] ?? r.status}`,
      r.decision === undefined ? '—' : decision.length <= LONG_VALUE ? code(decision) : '（下記）',
      // The Japanese message is what an auditor reads; the code is what a program matches.
      r.findings.length === 0
        ? '—'
        : r.findings.map((f) => `${code(f.code)} ${cell(f.message)}`).join('<br>'),
    ];
  });
  out.push(table(['例', '基準日', '状態', '判定', '指摘'], rows));
  rule.examples.forEach((ex, i) => {
    const r = results[i] as RuleResult<unknown>;
    out.push(`##### 例${i + 1}: ${ex.title}`, '');
    out.push(`- 文脈: ${code(json(ex.context))}`);
    out.push(`- 状態: ${STATUS[r.status] ?? r.status}（\`${r.status}\`）`);
    if (r.decision !== undefined) out.push(`- 判定: ${code(json(r.decision))}`);
    if (r.findings.length > 0) {
      out.push('- 指摘:');
      for (const f of r.findings) {
        const mark = f.severity === 'error' ? '✗' : f.severity === 'warning' ? '!' : 'i';
        const where = f.path && f.path.length > 0 ? `（${code(f.path.join('.'))}）` : '';
        const cited = f.citation ? ` — ${citationText(f.citation, false)}` : '';
        out.push(`  - ${mark} ${code(f.code)} ${f.message}${where}${cited}`);
      }
    }
    if (r.missing.length > 0) {
      out.push('- 不足入力:');
      for (const m of r.missing) out.push(`  - ${m.label}（${code(m.path.join('.'))}）`);
    }
    if (r.parameters.length > 0)
      out.push(
        `- 使用パラメータ: ${r.parameters.map((p) => `${code(p.id)}（${p.effectiveFrom} からの値）`).join('、')}`,
      );
    out.push(
      '',
      '<details><summary>入力</summary>',
      '',
      '```json',
      JSON.stringify(ex.input, null, 2) ?? 'undefined',
      '```',
      '',
      '</details>',
      '',
    );
  });
  return out.join('\n');
}

function renderParameter(p: DatedParameter<unknown>): string {
  const out: string[] = [`### ${p.description}`, '', `id: ${code(p.id)}`, ''];
  const facts: string[] = [];
  if (p.unit) facts.push(`- 単位: ${p.unit}`);
  facts.push(`- 出典: ${citationText(p.citation)}`);
  if (p.until) facts.push(`- 適用の最終日: ${p.until}`);
  out.push(...facts, '');
  if (p.reading) out.push(`読み方: ${p.reading}`, '');
  // Short values sit in the table; structured ones follow it as pretty JSON, so a change is a line diff.
  const long: string[] = [];
  const rows = p.values.map((v, i) => {
    const next = p.values[i + 1];
    const compact = json(v.value);
    if (compact.length > LONG_VALUE)
      long.push(`${v.from} からの値:`, '', '```json', JSON.stringify(v.value, null, 2), '```', '');
    return [
      v.from,
      next ? `${next.from} の前日まで` : p.until ? `${p.until} まで` : '—',
      compact.length > LONG_VALUE ? '（下記）' : code(compact),
      // A value without its own citation stands on the parameter's citation: say which, not a placeholder.
      cell(citationText(v.citation ?? p.citation)),
    ];
  });
  out.push(table(['適用開始', '適用終了', '値', '出典'], rows), ...long);
  return out.join('\n');
}

/** The catalogue page of one city. */
export function renderCityPage(city: CityRules): string {
  const docIds = [...new Set(city.rules.flatMap((r) => r.sources.map((s) => s.document)))].sort();
  const out: string[] = [
    `# ${city.name} ルールカタログ（\`${city.packageName}\`）`,
    '',
    GENERATED,
    '',
    `ルール ${city.rules.length} 件、パラメータ ${city.parameters.length} 件。` +
      'ルールやパラメータ（金額・日数・書類一覧）を変えると、このページの差分に表れます。',
    '',
  ];
  if (docIds.length > 0) {
    out.push('出典文書:', '');
    for (const id of docIds) out.push(`- ${documentTitle(id)}（\`${id}\`）`);
    out.push('');
  }
  out.push('## ルール', '');
  if (city.rules.length === 0) out.push('（まだありません）', '');
  for (const rule of city.rules) out.push(renderRule(rule));
  out.push('## パラメータ', '');
  if (city.parameters.length === 0) out.push('（まだありません）', '');
  for (const p of city.parameters) out.push(renderParameter(p));
  return out.join('\n');
}

/** Problems that must fail the catalogue build (rules without sources, duplicate ids). */
export function cityProblems(city: CityRules): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of city.rules) {
    if (r.sources.length === 0) problems.push(`${r.id}: 出典（sources）がありません`);
    if (!r.id.startsWith(`${city.city}.`))
      problems.push(`${r.id}: id が ${city.city}. で始まりません`);
    if (ids.has(r.id)) problems.push(`${r.id}: id が重複しています`);
    ids.add(r.id);
  }
  for (const p of city.parameters) {
    if (p.values.length === 0) problems.push(`${p.id}: 値がありません`);
  }
  return problems;
}
