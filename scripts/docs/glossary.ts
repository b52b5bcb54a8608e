// The glossary (Japanese term ↔ identifier): hand-kept core terms plus sections generated from the forms,
// code tables, rules and parameters.
import type { CodeTable } from '@kaigo/core';
import type { CityRules } from '@kaigo/cli';
import type { FormDefinition } from '@kaigo/forms';
import { GENERATED, cell, code, table } from './markdown';

/** Core terms (kept by hand: identifiers of the SDK's own model). */
const CORE_TERMS: readonly (readonly [string, string, string])[] = [
  ['暦日（年月日）', '`IsoDate`, `parseIsoDate`', '@kaigo/core'],
  ['年月', '`YearMonth`, `parseYearMonth`', '@kaigo/core'],
  ['和暦', '`parseWareki` / `formatWareki`, `parseDateInput`', '@kaigo/core'],
  ['元号', '`Era`, `ERAS`', '@kaigo/core'],
  ['年度', '`fiscalYearOf`, `fiscalYearLabel`', '@kaigo/core'],
  [
    '介護保険事業計画期間（第N期）',
    '`InsurancePlanPeriod`, `insurancePlanPeriodOf`',
    '@kaigo/core',
  ],
  [
    '期限（N日以内・翌月N日まで など）',
    '`DeadlineRule`, `resolveDeadline`, `describeDeadlineRule`',
    '@kaigo/core',
  ],
  ['期限の遵守・遅れた日数', '`checkDeadline`', '@kaigo/core'],
  ['実施時期・提出期間', '`DateWindow`, `checkWindow`', '@kaigo/core'],
  ['営業日（土日祝日を除く日）', '`shiftToBusinessDay`, `isJapaneseNonBusinessDay`', '@kaigo/core'],
  ['コード表', '`CodeTable`, `defineCodeTable`, `codeLabel`', '@kaigo/core'],
  [
    '要介護状態区分',
    '`CareLevel`, `CARE_LEVEL_CODES_KYOTAKU`, `CARE_LEVEL_CODES_KIHON`',
    '@kaigo/core',
  ],
  ['要支援状態区分（計画書）', '`SUPPORT_LEVEL_CODES_YOBO`', '@kaigo/core'],
  ['事業対象者', '`jigyoTaishosha`', '@kaigo/core'],
  ['非該当', '`nonApplicable`', '@kaigo/core'],
  ['被保険者番号', '`InsuredNumber`, `parseInsuredNumber`', '@kaigo/core'],
  ['保険者番号', '`InsurerNumber`, `parseInsurerNumber`', '@kaigo/core'],
  ['事業所番号', '`OfficeNumber`, `parseOfficeNumber`', '@kaigo/core'],
  ['出典文書', '`SOURCE_DOCUMENTS`, `SourceDocumentId`', '@kaigo/core'],
  ['出典', '`Citation`, `cite`', '@kaigo/core'],
  ['指摘', '`Finding`', '@kaigo/core'],
  ['重大度（エラー・警告・参考）', '`Severity`（`error` / `warning` / `info`）', '@kaigo/core'],
  ['判定結果', '`RuleResult`, `ruleResult`', '@kaigo/core'],
  [
    '判定状態（判定済み・判定不能・入力不正）',
    '`RuleStatus`（`decided` / `undetermined` / `invalid`）',
    '@kaigo/core',
  ],
  ['不足入力（未入力は「いいえ」ではない）', '`MissingInput`', '@kaigo/core'],
  ['基準日（今日）', '`RuleContext.referenceDate`, `parseRuleContext`', '@kaigo/core'],
  ['日付付きパラメータ', '`DatedParameter`, `defineParameter`, `valueAt`', '@kaigo/core'],
  ['使用したパラメータ', '`ParameterUse`, `parameterUse`', '@kaigo/core'],
  ['ルール（記述子）', '`RuleDescriptor`, `rules`', '@kaigo/core・各市'],
  ['ルールの例', '`RuleExample`', '@kaigo/core'],
  ['様式', '`FormDefinition`, `defineForm`, `allForms`, `getForm`', '@kaigo/forms'],
  ['項目のラベル等', '`FieldMeta`, `fieldMeta`, `withMeta`, `labelAt`', '@kaigo/forms'],
  ['検証・検証の指摘', '`validate`, `validateForm`, `ValidationIssue`', '@kaigo/forms'],
  ['kaigo コマンド', '`runCli`, `kaigo`', '@kaigo/cli'],
];

/** The glossary page. */
export function renderGlossary(
  forms: readonly FormDefinition[],
  codeTables: readonly CodeTable[],
  cities: readonly CityRules[],
): string {
  const out: string[] = ['# 用語集（日本語 ↔ 識別子）', '', GENERATED, ''];
  out.push('## SDK の基本用語', '');
  out.push(
    table(
      ['日本語', '識別子', '場所'],
      CORE_TERMS.map(([ja, id, where]) => [ja, id, `\`${where}\``]),
    ),
  );
  out.push('## 様式', '');
  out.push(
    table(
      ['日本語', '様式 id', '型名', 'ページ'],
      forms.map((f) => [
        cell(f.title),
        code(f.id),
        code(f.typeName),
        `[${f.id}](forms/${f.id}.md)`,
      ]),
    ),
  );
  if (codeTables.length > 0) {
    out.push('## コード表', '');
    out.push(
      table(
        ['日本語', 'コード表 id'],
        codeTables.map((t) => [cell(t.label), code(t.id)]),
      ),
    );
  }
  out.push('## ルール', '');
  out.push(
    table(
      ['日本語', 'ルール id', '市'],
      cities.flatMap((c) =>
        c.rules.map((r) => [cell(r.title), code(r.id), `[${c.name}](catalogue/${c.city}.md)`]),
      ),
    ),
  );
  out.push('## パラメータ', '');
  out.push(
    table(
      ['日本語', 'パラメータ id', '単位', '市'],
      cities.flatMap((c) =>
        c.parameters.map((p) => [
          cell(p.description),
          code(p.id),
          cell(p.unit ?? '—'),
          `[${c.name}](catalogue/${c.city}.md)`,
        ]),
      ),
    ),
  );
  return out.join('\n');
}
