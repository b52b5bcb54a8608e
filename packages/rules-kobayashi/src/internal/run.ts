// Shared plumbing of the 小林市 rules: context and input validation turned into findings, never a throw.
// @source kobayashi-jiritsu-2025 全体（各ルールの出典は各ファイル）
import { ruleResult } from '@kaigo/core';
import type { Citation, IsoDate, RuleContext, RuleResult, RuleResultParts } from '@kaigo/core';
import { prepareRuleInput } from '@kaigo/forms';
import type * as z from 'zod';

/** The body of a rule: validated input and context in, result parts out. */
export type RuleBody<S extends z.ZodType, D> = (
  input: z.output<S>,
  context: RuleContext,
) => Omit<RuleResultParts<D>, 'rule' | 'sources'>;

/**
 * Validates the context and the input with `prepareRuleInput` (`@kaigo/forms`), then runs the body (a throw
 * becomes an `internal.error` finding). Invalid context or input gives an `invalid` result whose findings carry
 * the field's Japanese label and never the input value.
 */
export function runRule<S extends z.ZodType, D>(
  rule: string,
  sources: readonly Citation[],
  schema: S,
  input: unknown,
  context: unknown,
  body: RuleBody<S, D>,
): RuleResult<D> {
  const p = prepareRuleInput(schema, input, context);
  if (!p.ok) return ruleResult<D>({ rule, sources, findings: p.findings });
  try {
    return ruleResult<D>({ rule, sources, ...body(p.data, p.context) });
  } catch {
    return ruleResult<D>({
      rule,
      sources,
      findings: [
        {
          code: 'internal.error',
          severity: 'error',
          message: 'ルールの評価中に予期しない誤りがありました。入力を確認してください。',
        },
      ],
    });
  }
}

/** A `YYYY-MM-DD` string that the schema (`z.iso.date()`, calendar-aware) has already checked. */
export function checkedDate(value: string): IsoDate {
  return value as IsoDate;
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
