import { cite, defineParameter, defineRule } from '@kaigo/core';
import type { Finding } from '@kaigo/core';
import { enumField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../../document';

/** 点検結果の送付先の種類。 */
export const RESULT_RECIPIENTS = ['careManager', 'manager'] as const;

/** 点検結果の送付先。 */
export type ResultRecipient = (typeof RESULT_RECIPIENTS)[number];

const RECIPIENT_LABELS: Record<ResultRecipient, string> = {
  careManager: '点検対象ケアマネジャー',
  manager: '所属する管理者',
};

/** 送付先の表示名（上書きで一覧にない値が来ても、入力の文字列をそのまま出さない）。 */
function recipientLabel(r: ResultRecipient): string {
  return Object.hasOwn(RECIPIENT_LABELS, r) ? RECIPIENT_LABELS[r] : '定められた送付先';
}

/**
 * ケアプラン点検結果の送付先「点検対象ケアマネジャー及び所属する管理者あて」。
 *
 * @source isehara-tenken-2024 ４（７）
 */
export const resultRecipients = defineParameter<readonly ResultRecipient[]>({
  id: 'isehara.results.recipients',
  description: 'ケアプラン点検結果の送付先',
  citation: cite(
    ISEHARA_DOCUMENT,
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
export const checkResultDelivery = defineRule<ResultDeliveryInput, ResultDeliveryCheck>({
  id: 'isehara.resultDelivery',
  title: 'ケアプラン点検結果の送付先',
  sources: [resultRecipients.citation],
  input: ruleInput(resultDeliveryInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [resultRecipients],
  examples: [
    {
      title: '両方に送付',
      input: { sentTo: ['careManager', 'manager'] },
      context: { referenceDate: '2024-07-25' },
      expect: { status: 'decided', decision: { complete: true, notSent: [] } },
    },
    {
      title: '管理者に未送付',
      input: { sentTo: ['careManager'] },
      context: { referenceDate: '2024-07-25' },
      expect: { status: 'decided', decision: { complete: false, notSent: ['manager'] } },
    },
  ],
  evaluate: (data, env) => {
    const notSent = env.value(resultRecipients).filter((r) => !data.sentTo.includes(r));
    env.trace({
      kind: 'condition',
      code: 'isehara.results.notSent',
      label: '送付していない送付先の数',
      outcome: notSent.length,
    });
    const findings: Finding[] = notSent.map((r) => ({
      code: 'isehara.results.notSent',
      severity: 'error',
      message: `ケアプラン点検結果を${recipientLabel(r)}に送付していません。`,
      path: ['sentTo'],
      citation: resultRecipients.citation,
    }));
    return { decision: { complete: notSent.length === 0, notSent }, findings };
  },
});
