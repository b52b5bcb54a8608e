import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { City, DatedParameter, RuleDescriptor } from '@kaigo/core';
import type {
  FormDefinition,
  JsonSchemaTarget as FormsJsonSchemaTarget,
  ValidationResult,
} from '@kaigo/forms';
import { allForms, validateFast } from '@kaigo/forms';
import { CITY_MODULES } from './cities.generated';

/** 市のルールパッケージが公開するルールとパラメータ。 */
export interface CityRules {
  /** 市の短い名前（`kobayashi` など。`kaigo check <city>` で指定する）。 */
  readonly city: string;
  /** 市の日本語名（`小林市` など）。 */
  readonly name: string;
  /** パッケージ名（`@kaigo/rules-kobayashi` など）。 */
  readonly packageName: string;
  /** パッケージの `rules`（まだ公開していなければ空）。 */
  readonly rules: readonly RuleDescriptor[];
  /** パッケージの `parameters`（まだ公開していなければ空）。 */
  readonly parameters: readonly DatedParameter<unknown>[];
  /** 市の定義（`defineCity`）。 */
  readonly definition?: City<FormDefinition>;
}

/** CLI が使う様式とルールの一覧（テストでは差し替えられる）。 */
export interface CliRegistry {
  /** 様式の一覧。 */
  readonly forms: readonly FormDefinition[];
  /** 市ごとのルール。 */
  readonly cities: readonly CityRules[];
  /** 様式の JSON Schema（既定は draft 2020-12、`draft-07` は json-schema-to-typescript など向け）。 */
  readonly jsonSchema: (form: FormDefinition, target: JsonSchemaTarget) => unknown;
  /** 様式で入力を検証する。 */
  readonly validate: (form: FormDefinition, input: unknown) => ValidationResult<unknown>;
}

/** JSON Schema の版（`@kaigo/forms` と同じ型）。 */
export type JsonSchemaTarget = FormsJsonSchemaTarget;

/**
 * 様式を定義したパッケージ: 全国様式（`national.*`）は `@kaigo/forms`、市町村独自様式（`<市>.*`）はその市の
 * `@kaigo/rules-<市>`。
 *
 * @example
 * ```ts
 * formPackage({ id: 'kumamoto.adviceReview' }); // => '@kaigo/rules-kumamoto'
 * ```
 */
export function formPackage(form: Pick<FormDefinition, 'id'>): string {
  const owner = form.id.split('.')[0] ?? '';
  return owner === 'national' ? '@kaigo/forms' : `@kaigo/rules-${owner}`;
}

/**
 * 様式を定義したパッケージが公開している JSON Schema ファイル（`@kaigo/forms/schemas/…`、
 * `@kaigo/rules-<市>/schemas/…`）を読む。実行時にスキーマを生成しない（生成は各パッケージのビルドが行い、CI で検査している）。
 *
 * @example
 * ```ts
 * publishedJsonSchema(getForm('national.basicChecklist')!, 'draft-2020-12');
 * ```
 */
export function publishedJsonSchema(form: FormDefinition, target: JsonSchemaTarget): unknown {
  const require = createRequire(import.meta.url);
  const dir = target === 'draft-07' ? 'schemas/draft-07' : 'schemas';
  const path = require.resolve(`${formPackage(form)}/${dir}/${form.id}.schema.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/**
 * SDK のすべての様式: `@kaigo/forms` の全国様式、続いて各市のパッケージの独自様式（`city.forms`）。
 *
 * @example
 * ```ts
 * sdkForms().some((f) => f.id === 'kumamoto.adviceReview'); // => true
 * ```
 */
export function sdkForms(): readonly FormDefinition[] {
  return [...allForms(), ...allCities().flatMap((c) => c.definition?.forms ?? [])];
}

function arrayExport<T>(mod: object, name: string): readonly T[] {
  const value = (mod as Record<string, unknown>)[name];
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

function cityRules(packageName: string, mod: object): CityRules {
  const id = packageName.replace('@kaigo/rules-', '');
  const definition = (mod as { city?: City<FormDefinition> }).city;
  return {
    city: definition?.id ?? id,
    name: definition?.name ?? id,
    packageName,
    rules: definition?.rules ?? arrayExport<RuleDescriptor>(mod, 'rules'),
    parameters: definition?.parameters ?? arrayExport<DatedParameter<unknown>>(mod, 'parameters'),
    ...(definition ? { definition } : {}),
  };
}

/**
 * SDK のすべての市のルールとパラメータ（`packages/rules-*` の各パッケージの `city`）。
 *
 * @example
 * ```ts
 * for (const c of allCities()) console.log(c.name, c.rules.length);
 * ```
 */
export function allCities(): readonly CityRules[] {
  return CITY_MODULES.map((m) => cityRules(m.packageName, m.module));
}

/**
 * SDK の様式とルールをそのまま使う登録簿（`kaigo` コマンドの既定）。
 *
 * @example
 * ```ts
 * const registry = defaultRegistry();
 * registry.forms.map((f) => f.id);
 * ```
 */
export function defaultRegistry(): CliRegistry {
  return {
    forms: sdkForms(),
    cities: allCities(),
    jsonSchema: publishedJsonSchema,
    // Same results as validate(), compiled once per form: JSON Lines batches stream faster.
    validate: (form, input) => validateFast(form, input),
  };
}
