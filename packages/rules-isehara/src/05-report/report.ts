import {
  checkDeadline,
  defineParameter,
  isoDate,
  resolveParameters,
  ruleResult,
} from '@kaigo/core';
import type { DeadlineCheck, IsoDate, RuleResult } from '@kaigo/core';
import { dateField, prepareRuleInput } from '@kaigo/forms';
import * as z from 'zod';
import { UNKNOWN_KEYS } from '../internal/inputOptions';
import { ISEHARA_FROM, iseharaCite } from '../internal/source';

/**
 * ケアプラン点検事業の実績報告の期限「令和７年３月末日までに報告書にまとめ市へ報告する」。
 *
 * @source isehara-tenken-2024 ５
 */
export const reportDeadline = defineParameter<IsoDate>({
  id: 'isehara.report.deadline',
  description: 'ケアプラン点検事業の実績報告（報告書）の期限',
  citation: iseharaCite('５', '令和７年３月末日までに報告書にまとめ市へ報告する'),
  values: [{ from: ISEHARA_FROM, value: isoDate('2025-03-31') }],
  reading:
    '年間スケジュール 4「令和７年３月 報告書作成」と同じ月で、５の「末日までに」を期限日とする。',
});

/** 実績報告の判定の入力。 */
export const reportInputSchema = z.strictObject({
  /** 報告日（未提出なら省略）。 */
  submittedOn: dateField({ label: '報告日' }).optional(),
});

/** 実績報告の判定の入力の型。 */
export type ReportInput = z.infer<typeof reportInputSchema>;

const RULE = 'isehara.report';
const SOURCES = [
  reportDeadline.citation,
  iseharaCite('４（３）年間スケジュール 4', '令和７年３月　報告書作成'),
];

/**
 * 委託先による実績報告（令和６年度の点検からみえたケアマネジャーの傾向などの分析）が期限（令和７年３月末日）までか。
 * 期限日当日は期限内。報告日がなければ、基準日が期限を過ぎていれば「期限内に報告されていない」と判定し、
 * 期限前なら未決（`missing`）。
 *
 * @source isehara-tenken-2024 ５
 * @example
 * ```ts
 * checkReport({ submittedOn: '2025-03-31' }, { referenceDate: '2025-04-01' }).decision?.met; // => true
 * ```
 */
export function checkReport(input: unknown, context: unknown): RuleResult<DeadlineCheck> {
  const p = prepareRuleInput(reportInputSchema, input, context, UNKNOWN_KEYS);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const params = resolveParameters(p.context.referenceDate, { deadline: reportDeadline });
  if (!params.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: params.findings });
  const deadline = params.values.deadline;
  const submittedOn = p.data.submittedOn as IsoDate | undefined;
  if (submittedOn === undefined && p.context.referenceDate <= deadline)
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      missing: [{ path: ['submittedOn'], label: '報告日' }],
      parameters: params.uses,
    });
  const check = checkDeadline(deadline, submittedOn ?? p.context.referenceDate);
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: check,
    findings: check.met
      ? []
      : [
          {
            code: submittedOn === undefined ? 'isehara.report.notSubmitted' : 'isehara.report.late',
            severity: 'error',
            message:
              submittedOn === undefined
                ? `期限（${deadline}）を過ぎても報告されていません。`
                : `報告が期限（${deadline}）を${check.daysLate}日過ぎています。`,
            path: ['submittedOn'],
            citation: reportDeadline.citation,
          },
        ],
    parameters: params.uses,
  });
}
