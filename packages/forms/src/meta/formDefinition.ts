import type { Citation } from '@kaigo/core';
import type * as z from 'zod';

/**
 * 様式の定義。全国様式も市町村独自様式も同じ形で登録する。
 *
 * @typeParam S 様式のスキーマ
 */
export interface FormDefinition<S extends z.ZodType = z.ZodType> {
  /** 様式 id（全パッケージで一意。全国様式は `national.xxx`、市町村は `<city>.xxx`）。 */
  readonly id: string;
  /** 日本語の様式名。 */
  readonly title: string;
  /** ASCII の型名（JSON Schema の title と `.d.ts` の型名）。 */
  readonly typeName: string;
  /** SDK における様式定義の版。 */
  readonly version: string;
  /** 様式の出典。 */
  readonly source: Citation;
  /** 公式の様式がない、または非公開のため SDK がモデル化したもの。 */
  readonly modelled: boolean;
  /** 市町村独自様式の市（全国様式は undefined）。 */
  readonly city?: string;
  /** 説明（いつ誰が記入するか、モデル化の根拠など）。 */
  readonly description?: string;
  /** スキーマ。 */
  readonly schema: S;
}

/**
 * 様式を定義する（型推論のための恒等関数）。
 *
 * @example
 * ```ts
 * const form = defineForm({
 *   id: 'example.form',
 *   title: '例',
 *   typeName: 'ExampleForm',
 *   version: '1',
 *   source: { document: 'kaigo-sdk-modelled', section: '—' },
 *   modelled: true,
 *   schema: z.strictObject({}),
 * });
 * ```
 */
export function defineForm<S extends z.ZodType>(form: FormDefinition<S>): FormDefinition<S> {
  return form;
}
