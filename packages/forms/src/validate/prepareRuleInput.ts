import { parseRuleContext } from '@kaigo/core';
import type { Finding, RuleContext } from '@kaigo/core';
import type * as z from 'zod';
import type { FormDefinition } from '../meta/formDefinition';
import { validate } from './validate';

/** {@link prepareRuleInput} の結果。成功なら型つきの入力と文脈、失敗なら error の指摘。 */
export type PreparedRuleInput<T> =
  | {
      readonly ok: true;
      /** 検証済みの入力。 */
      readonly data: T;
      /** 検証済みの文脈（基準日）。 */
      readonly context: RuleContext;
    }
  | {
      readonly ok: false;
      /** 文脈の指摘（`context.*`）と入力の指摘（`input.<検証コード>`）。 */
      readonly findings: Finding[];
    };

/** {@link prepareRuleInput} の任意設定。 */
export interface PrepareRuleInputOptions {
  /**
   * 未知の項目（`input.unrecognized_key`）の指摘の位置。`'key'`（既定）は未知の項目名まで、
   * `'parent'` はその親まで（項目名そのものが入力なので、位置にも入力を残したくないとき）。
   */
  readonly unknownKeyPath?: 'key' | 'parent';
}

/**
 * ルールの入力を様式（またはスキーマ）で、文脈を `parseRuleContext` で検証する。両方とも検証し、
 * 失敗ならすべての指摘を返す: 文脈の指摘はそのまま（例: `context.referenceDate.invalid`、位置
 * `['referenceDate']`）、入力の指摘は `input.<検証コード>`（例: `input.required`）の error として、
 * `validate` の日本語メッセージ（入力値を含めない）と位置を付ける。どんな入力でも例外を投げない。
 * 未知の項目の位置を親までにするには `{ unknownKeyPath: 'parent' }` を渡す（読めない任意設定は既定として扱う）。
 *
 * @example
 * ```ts
 * const p = prepareRuleInput(schema, input, context);
 * if (!p.ok) return ruleResult({ rule, sources, findings: p.findings });
 * p.data; // 検証済みの入力
 * p.context.referenceDate; // 基準日
 * ```
 */
export function prepareRuleInput<S extends z.ZodType>(
  formOrSchema: FormDefinition<S> | S,
  input: unknown,
  context: unknown,
  options: PrepareRuleInputOptions = {},
): PreparedRuleInput<z.output<S>> {
  const findings: Finding[] = [];
  let parentPath = false;
  try {
    parentPath = options.unknownKeyPath === 'parent';
  } catch {
    // Unreadable options (a throwing getter or Proxy): the default, never a throw.
  }
  const ctx = parseRuleContext(context);
  if (!ctx.ok) findings.push(ctx.error);
  const v = validate(formOrSchema, input);
  if (!v.ok) {
    for (const issue of v.issues) {
      findings.push({
        code: `input.${issue.code}`,
        severity: 'error',
        message: issue.message,
        path:
          issue.code === 'unrecognized_key' && parentPath ? issue.path.slice(0, -1) : issue.path,
      });
    }
  }
  if (!ctx.ok || !v.ok) return { ok: false, findings };
  return { ok: true, data: v.data, context: ctx.value };
}
