import type { Finding, RuleInput } from '@kaigo/core';
import * as z from 'zod';
import type { FormDefinition } from '../meta/formDefinition';
import type { PrepareRuleInputOptions } from './prepareRuleInput';
import { validate } from './validate';

/** {@link ruleInput} の任意設定。 */
export interface RuleInputOptions extends PrepareRuleInputOptions {
  /** 入力がない（`undefined`・`null`）ときに `{}` として読む（すべての項目が任意のルール向け）。 */
  readonly absentAsEmpty?: boolean;
}

/**
 * zod のスキーマ（または様式）を `defineRule` の入力（`RuleInput`）にする。検証の指摘は
 * `input.<検証コード>`（例: `input.required`）の error で、`validate` の日本語メッセージ（入力値を含めない）と位置を持つ。
 * 例外は投げない。`schema` は zod のスキーマ（JSON Schema は CLI・文書の側で作る）。
 *
 * @example
 * ```ts
 * const input = ruleInput(z.strictObject({ startDate: dateField({ label: '支援開始日' }) }));
 * input.parse({ startDate: '2025-13-01' }).ok; // => false（指摘: 支援開始日: 存在しない日付です…）
 * ```
 */
export function ruleInput<S extends z.ZodType>(
  formOrSchema: FormDefinition<S> | S,
  options: RuleInputOptions = {},
): RuleInput<z.output<S>> {
  const schema: z.ZodType =
    formOrSchema instanceof z.ZodType ? formOrSchema : (formOrSchema as FormDefinition<S>).schema;
  return {
    parse(raw) {
      const value =
        options.absentAsEmpty === true && (raw === undefined || raw === null) ? {} : raw;
      const v = validate(formOrSchema, value);
      if (v.ok) return { ok: true, data: v.data as z.output<S> };
      const findings = v.issues.map((issue): Finding => ({
        code: `input.${issue.code}`,
        severity: 'error',
        message: issue.message,
        path:
          issue.code === 'unrecognized_key' && options.unknownKeyPath === 'parent'
            ? issue.path.slice(0, -1)
            : issue.path,
      }));
      return { ok: false, findings };
    },
    schema,
  };
}
