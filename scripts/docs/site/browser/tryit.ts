// The try-it page: runs a rule of the SDK in the browser (the city packages bundled with esbuild) on its examples
// or on edited JSON, a reference date and parameter overrides. Nothing leaves the browser.
// The repository's typecheck is Node-only (no DOM library, which would change Node's stream types), so the
// browser globals this page uses are declared loosely here; esbuild bundles it for the browser.
/* eslint-disable @typescript-eslint/no-explicit-any */
type El = any;
declare const document: any;
declare const window: any;
/* eslint-enable @typescript-eslint/no-explicit-any */
import type { Citation, RuleDescriptor, RuleResult } from '@kaigo/core';
import { CITY_MODULES } from '../../../../packages/cli/src/cities.generated';
import { resolveSection, type Section } from '../sections';

interface TryData {
  readonly ruleId: string;
  /** Source sections per document (for citation links). */
  readonly sections: Record<string, Section[]>;
}

const STATUS: Record<string, string> = {
  decided: '判定済み',
  undetermined: '判定不能（入力不足）',
  invalid: '入力不正',
};

function findRule(id: string): RuleDescriptor | undefined {
  for (const m of CITY_MODULES) {
    const city = (m.module as { city?: { rules?: readonly RuleDescriptor[] } }).city;
    const rule = city?.rules?.find((r) => r.id === id);
    if (rule) return rule;
  }
  return undefined;
}

const el = <T extends El>(id: string): T => document.getElementById(id) as T;

function node(tag: string, text?: string, cls?: string): El {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function citationLink(c: Citation, sections: Record<string, Section[]>): El {
  const resolved = resolveSection(sections[c.document] ?? [], c.section);
  if (!resolved) return node('span', `${c.document} ${c.section}`);
  const a = document.createElement('a');
  a.href = `../source/${c.document}.html#${resolved.section.anchor}`;
  a.textContent = `${c.document} ${c.section}`;
  return a;
}

function render(result: RuleResult<unknown>, sections: Record<string, Section[]>): void {
  const out = el<El>('result');
  out.replaceChildren();
  out.append(node('h3', `状態: ${STATUS[result.status] ?? result.status}（${result.status}）`));
  out.append(node('h4', '判定'));
  out.append(
    node('pre', result.decision === undefined ? '—' : JSON.stringify(result.decision, null, 2)),
  );
  out.append(node('h4', `指摘（${result.findings.length} 件）`));
  const findings = node('ul');
  findings.id = 'findings';
  for (const f of result.findings) {
    const li = node('li', '', `finding ${f.severity}`);
    li.append(node('code', f.code), ' ', node('span', f.message));
    if (f.path && f.path.length > 0) li.append(' ', node('code', f.path.join('.')));
    if (f.citation) li.append(' — ', citationLink(f.citation, sections));
    findings.append(li);
  }
  out.append(findings);
  out.append(node('h4', `不足している入力（${result.missing.length} 件）`));
  const missing = node('ul');
  for (const m of result.missing) missing.append(node('li', `${m.label}（${m.path.join('.')}）`));
  out.append(missing);
  if (result.parameters.length > 0) {
    out.append(node('h4', '使ったパラメータ'));
    const ps = node('ul');
    for (const p of result.parameters) {
      const li = node('li');
      const a = document.createElement('a');
      a.href = `../param/${p.id}.html`;
      a.textContent = p.id;
      li.append(a, ` ${p.effectiveFrom} からの値（${p.origin}）`);
      ps.append(li);
    }
    out.append(ps);
  }
  out.append(node('h4', '出典'));
  const src = node('ul');
  for (const s of result.sources) {
    const li = node('li');
    li.append(citationLink(s, sections));
    src.append(li);
  }
  out.append(src);
  out.append(node('h4', 'トレース'));
  const trace = node('ol');
  for (const step of result.trace ?? []) trace.append(node('li', JSON.stringify(step)));
  out.append(trace);
}

function error(message: string): void {
  const out = el<El>('result');
  out.replaceChildren(node('p', message, 'error'));
}

function parse(label: string, text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: text.trim() === '' ? undefined : (JSON.parse(text) as unknown) };
  } catch (e) {
    error(`${label}が JSON として読めません: ${(e as Error).message}`);
    return { ok: false };
  }
}

function main(): void {
  const data = window.KAIGO_TRY as TryData | undefined;
  const rule = data ? findRule(data.ruleId) : undefined;
  if (!data || !rule) {
    error('ルールが見つかりません。');
    return;
  }
  const input = el<El>('input');
  const date = el<El>('date');
  const params = el<El>('params');
  const load = (i: number): void => {
    const ex = rule.examples[i];
    if (!ex) return;
    input.value = JSON.stringify(ex.input, null, 2);
    const ctx = (ex.context ?? {}) as { referenceDate?: string; parameters?: unknown };
    date.value = ctx.referenceDate ?? '';
    params.value = ctx.parameters === undefined ? '' : JSON.stringify(ctx.parameters, null, 2);
  };
  const run = (): void => {
    const i = parse('入力', input.value);
    const p = parse('パラメータの上書き', params.value);
    if (!i.ok || !p.ok) return;
    const context: Record<string, unknown> = { referenceDate: date.value };
    if (p.value !== undefined) context['parameters'] = p.value;
    // evaluate never throws by contract; a throw here is a bug worth showing rather than hiding.
    try {
      render(rule.evaluate(i.value, context), data.sections);
    } catch (e) {
      error(`内部エラー: ${(e as Error).message}`);
    }
  };
  (document.querySelectorAll('button[data-example]') as El[]).forEach((b: El) =>
    b.addEventListener('click', () => {
      load(Number(b.dataset['example']));
      run();
    }),
  );
  el<El>('run').addEventListener('click', run);
  load(0);
  el<El>('status').textContent = '準備ができました。';
}

main();
