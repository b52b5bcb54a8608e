import { defineParameter, resolveParameters, ruleResult } from '@kaigo/core';
import type { Finding, RuleResult } from '@kaigo/core';
import { enumField, prepareRuleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { UNKNOWN_KEYS } from '../../internal/inputOptions';
import { ISEHARA_FROM, iseharaCite } from '../../internal/source';

/** 点検結果の送付先の種類。 */
export const RESULT_RECIPIENTS = ['careManager', 'manager'] as const;

/** 点検結果の送付先。 */
export type ResultRecipient = (typeof RESULT_RECIPIENTS)[number];

const RECIPIENT_LABELS: Record<ResultRecipient, string> = {
  careManager: '点検対象ケアマネジャー',
  manager: '所属する管理者',
};

/**
 * ケアプラン点検結果の送付先「点検対象ケアマネジャー及び所属する管理者あて」。
 *
 * @source isehara-tenken-2024 ４（７）
 */
export const resultRecipients = defineParameter<readonly ResultRecipient[]>({
  id: 'isehara.results.recipients',
  description: 'ケアプラン点検結果の送付先',
  citation: iseharaCite(
    '４（７）',
    'ケアプラン点検結果を点検対象ケアマネジャー及び所属する管理者あてに送付する。',
  ),
  values: [{ from: ISEHARA_FROM, value: ['careManager', 'manager'] }],
});

/** 点検結果の送付の判定の入力。 */
export interface ResultDeliveryInput {
  /** 送付した相手（`careManager` 点検対象ケアマネジャー、`manager` 所属する管理者）。 */
  readonly sentTo: readonly ResultRecipient[];
}

/** 点検結果の送付の判定の入力のスキーマ。 */
export const resultDeliveryInputSchema: z.ZodType<ResultDeliveryInput> = z.strictObject({
  sentTo: withMeta(z.array(enumField(RESULT_RECIPIENTS, { label: '送付先' })).max(10), {
    label: '送付先',
  }),
});

/** 点検結果の送付の判定。 */
export interface ResultDeliveryCheck {
  /** 必要な送付先すべてに送ったか。 */
  readonly complete: boolean;
  /** 送っていない送付先。 */
  readonly notSent: readonly ResultRecipient[];
}

const RULE = 'isehara.resultDelivery';
const SOURCES = [resultRecipients.citation];

/**
 * ケアプラン点検結果を、点検対象ケアマネジャーと所属する管理者の両方に送付したか。送っていない相手ごとに error。
 *
 * @source isehara-tenken-2024 ４（７）
 * @example
 * ```ts
 * checkResultDelivery({ sentTo: ['careManager'] }, { referenceDate: '2024-07-25' }).decision;
 * // => { complete: false, notSent: ['manager'] }
 * ```
 */
export function checkResultDelivery(
  input: unknown,
  context: unknown,
): RuleResult<ResultDeliveryCheck> {
  const p = prepareRuleInput(resultDeliveryInputSchema, input, context, UNKNOWN_KEYS);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const params = resolveParameters(p.context.referenceDate, { recipients: resultRecipients });
  if (!params.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: params.findings });
  const notSent = params.values.recipients.filter((r) => !p.data.sentTo.includes(r));
  const findings: Finding[] = notSent.map((r) => ({
    code: 'isehara.results.notSent',
    severity: 'error',
    message: `ケアプラン点検結果を${RECIPIENT_LABELS[r]}に送付していません。`,
    path: ['sentTo'],
    citation: resultRecipients.citation,
  }));
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: { complete: notSent.length === 0, notSent },
    findings,
    parameters: params.uses,
  });
}
