import type { DatedParameter } from '../params/datedParameter';
import type { SourceDocument } from '../sources/documents';
import { SOURCE_DOCUMENTS } from '../sources/documents';
import type { RuleDescriptor } from './ruleDescriptor';
import type { Agenda } from '../agenda/types';

/** 市が登録する出典文書（id は `shared/seeds/README.md` の id）。 */
export interface CitySourceDocument extends SourceDocument {
  /** 出典文書 id。 */
  readonly id: string;
}

/** 独自様式として市の定義に並べられるもの（`@kaigo/forms` の `FormDefinition` はこれを満たす）。 */
export interface CityForm {
  /** 様式 id（`<市の id>.<名前>`）。 */
  readonly id: string;
}

/**
 * 市の定義の宣言。その市が決めたこと（出典文書、独自様式、日付付きパラメータ、ルール）をすべて持つ。
 *
 * @typeParam F 独自様式の型（`@kaigo/forms` の `FormDefinition`）
 */
export interface CityDeclaration<F extends CityForm = CityForm> {
  /** 市の id（パッケージ名 `@kaigo/rules-<id>`、ルール id の接頭辞）。 */
  readonly id: string;
  /** 市の名前（例: `小林市`）。 */
  readonly name: string;
  /** 都道府県（例: `宮崎県`）。 */
  readonly prefecture: string;
  /** 市が定めた出典文書。 */
  readonly sources: readonly CitySourceDocument[];
  /** 市町村独自様式。 */
  readonly forms: readonly F[];
  /** 日付付きパラメータ（要領の節の順）。 */
  readonly parameters: readonly DatedParameter<unknown>[];
  /** ルール（要領の節の順）。 */
  readonly rules: readonly RuleDescriptor[];
  /** 事例一覧の期限（予定表。`runAgenda`・`kaigo agenda` が使う）。まだない市は省く。 */
  readonly agenda?: Agenda<unknown>;
}

/** {@link defineCity} が返す市の定義。 */
export interface City<F extends CityForm = CityForm> extends CityDeclaration<F> {
  /** ルールを id（`kobayashi.deadlines`）または名前（`deadlines`）で探す。 */
  rule(idOrName: string): RuleDescriptor | undefined;
  /** 独自様式を id（`kumamoto.adviceReview`）で探す。 */
  form(id: string): F | undefined;
  /** パラメータを id で探す。 */
  parameter(id: string): DatedParameter<unknown> | undefined;
  /** 出典文書を id で探す（市の文書、なければ国の文書）。 */
  source(id: string): SourceDocument | undefined;
}

function problemsOf(city: CityDeclaration): string[] {
  const problems: string[] = [];
  const ruleIds = new Set<string>();
  const parameterIds = new Set(city.parameters.map((p) => p.id));
  const documents = new Set([...city.sources.map((s) => s.id), ...Object.keys(SOURCE_DOCUMENTS)]);
  if (parameterIds.size !== city.parameters.length)
    problems.push('パラメータ id が重複しています。');
  const formIds = new Set<string>();
  for (const f of city.forms) {
    if (!f.id.startsWith(`${city.id}.`))
      problems.push(`様式 ${f.id} の id が ${city.id}. で始まりません。`);
    if (formIds.has(f.id)) problems.push(`様式 ${f.id} が重複しています。`);
    formIds.add(f.id);
  }
  if (city.agenda !== undefined && !city.agenda.id.startsWith(`${city.id}.`))
    problems.push(`予定表 ${city.agenda.id} の id が ${city.id}. で始まりません。`);
  for (const r of city.rules) {
    if (!r.id.startsWith(`${city.id}.`))
      problems.push(`ルール ${r.id} の id が ${city.id}. で始まりません。`);
    if (ruleIds.has(r.id)) problems.push(`ルール ${r.id} が重複しています。`);
    ruleIds.add(r.id);
    for (const c of r.sources) {
      if (!documents.has(c.document))
        problems.push(`ルール ${r.id} の出典文書 ${c.document} が未登録です。`);
    }
    for (const p of r.parameters ?? []) {
      if (!parameterIds.has(p.id))
        problems.push(`ルール ${r.id} のパラメータ ${p.id} が市の一覧にありません。`);
    }
  }
  return problems;
}

/**
 * 市を定義する。ルールと様式の id の接頭辞、id の重複、出典文書とパラメータの登録漏れを検査し、誤りがあれば
 * （パッケージの作りの誤りなので）読み込み時に例外を投げる。テストがこれを実行する。
 *
 * @example
 * ```ts
 * export const city = defineCity({
 *   id: 'kobayashi',
 *   name: '小林市',
 *   prefecture: '宮崎県',
 *   sources: [{ id: 'kobayashi-jiritsu-2025', title: '自立支援型ケアマネジメント促進事業実施要領', publisher: '小林市', date: '令和7年5月開始', kind: 'municipal' }],
 *   forms: [],
 *   parameters: [fees],
 *   rules: [checkEligibility],
 * });
 * city.rule('eligibility')?.id; // => 'kobayashi.eligibility'
 * ```
 */
export function defineCity<F extends CityForm>(declaration: CityDeclaration<F>): City<F> {
  const problems = problemsOf(declaration);
  if (problems.length > 0) throw new Error(`defineCity(${declaration.id}): ${problems.join(' ')}`);
  const sources = new Map(declaration.sources.map((s) => [s.id, s]));
  return {
    ...declaration,
    rule: (idOrName) =>
      declaration.rules.find((r) => r.id === idOrName || r.id === `${declaration.id}.${idOrName}`),
    form: (id) => declaration.forms.find((f) => f.id === id),
    parameter: (id) => declaration.parameters.find((p) => p.id === id),
    source: (id) =>
      sources.get(id) ??
      (Object.hasOwn(SOURCE_DOCUMENTS, id)
        ? SOURCE_DOCUMENTS[id as keyof typeof SOURCE_DOCUMENTS]
        : undefined),
  };
}
