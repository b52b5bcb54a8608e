// Shared plumbing of the 小林市 rules: context and input validation turned into findings, never a throw.
// @source kobayashi-jiritsu-2025 全体（各ルールの出典は各ファイル）
import { parseRuleContext, ruleResult } from '@kaigo/core';
import type {
  Citation,
  Finding,
  IsoDate,
  RuleContext,
  RuleResult,
  RuleResultParts,
} from '@kaigo/core';
import { validate } from '@kaigo/forms';
import type * as z from 'zod';

/** The body of a rule: validated input and context in, result parts out. */
export type RuleBody<S extends z.ZodType, D> = (
  input: z.output<S>,
  context: RuleContext,
) => Omit<RuleResultParts<D>, 'rule' | 'sources'>;

/**
 * Validates the context and the input, then runs the body. Invalid context or input gives an `invalid`
 * result whose findings carry the field's Japanese label and never the input value.
 */
export function runRule<S extends z.ZodType, D>(
  rule: string,
  sources: readonly Citation[],
  schema: S,
  input: unknown,
  context: unknown,
  body: RuleBody<S, D>,
): RuleResult<D> {
  const findings: Finding[] = [];
  const ctx = parseRuleContext(context);
  if (!ctx.ok) findings.push({ ...ctx.error, path: ['context', ...(ctx.error.path ?? [])] });
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
  if (!ctx.ok || !parsed.ok) return ruleResult<D>({ rule, sources, findings });
  try {
    return ruleResult<D>({ rule, sources, ...body(parsed.data, ctx.value) });
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
