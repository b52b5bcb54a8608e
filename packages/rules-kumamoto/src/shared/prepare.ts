import { parseRuleContext } from '@kaigo/core';
import type { Finding, RuleContext } from '@kaigo/core';
import { validate } from '@kaigo/forms';
import type * as z from 'zod';

/** 入力と文脈の検証結果。 */
export type Prepared<T> =
  | { readonly ok: true; readonly data: T; readonly context: RuleContext }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * ルールの入力をスキーマで、文脈を {@link parseRuleContext} で検証する。例外は投げず、メッセージに入力値を含めない。
 *
 * @source kumamoto-kanyo-2024 （全節共通の入力検証）
 * @example
 * ```ts
 * const p = prepare(schema, input, { referenceDate: '2024-09-01' });
 * if (!p.ok) return ruleResult({ rule, sources, findings: p.findings });
 * ```
 */
export function prepare<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: unknown,
): Prepared<z.output<S>> {
  const findings: Finding[] = [];
  const ctx = parseRuleContext(context);
  if (!ctx.ok) findings.push(ctx.error);
  const parsed = validate(schema, input);
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      findings.push({
        code: `input.${issue.code}`,
        severity: 'error',
        message: issue.message,
        path: issue.path,
      });
    }
  }
  if (!ctx.ok || !parsed.ok) return { ok: false, findings };
  return { ok: true, data: parsed.data, context: ctx.value };
}
