import type { Finding } from '../result/types';

/** {@link RuleInput.parse} の結果。 */
export type RuleInputParse<I> =
  | { readonly ok: true; readonly data: I }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * ルールの入力の型と検証。`@kaigo/core` は検証ライブラリに依存しないので、zod のスキーマは
 * `@kaigo/forms` の `ruleInput(schema)` でこの形にする（日本語ラベルつきの指摘、入力値を含まないメッセージ）。
 *
 * @typeParam I 検証済みの入力の型
 * @example
 * ```ts
 * const anyObject: RuleInput<object> = {
 *   parse: (value) =>
 *     typeof value === 'object' && value !== null
 *       ? { ok: true, data: value }
 *       : { ok: false, findings: [{ code: 'input.type', severity: 'error', message: 'オブジェクトで指定してください。' }] },
 * };
 * ```
 */
export interface RuleInput<I> {
  /** 値を入力として検証する。例外は投げない。 */
  readonly parse: (value: unknown) => RuleInputParse<I>;
  /**
   * 検証に使うスキーマそのもの（zod のスキーマなど）。CLI・HTTP・文書が JSON Schema を作るのに使う
   * （生成器をルールのバンドルに含めないため、ここでは作らない）。
   */
  readonly schema?: unknown;
}
