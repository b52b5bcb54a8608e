import { cite, defineParameter, defineRule, isoDate } from '@kaigo/core';
import type { DeadlineCheck, IsoDate } from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT, ISEHARA_FROM } from '../document';
import { checkDueDate } from '../dueDate';

/**
 * ケアプラン点検事業の実績報告の期限「令和７年３月末日までに報告書にまとめ市へ報告する」。
 *
 * @source isehara-tenken-2024 ５
 */
export const reportDeadline = defineParameter<IsoDate>({
  id: 'isehara.report.deadline',
  description: 'ケアプラン点検事業の実績報告（報告書）の期限',
  citation: cite(ISEHARA_DOCUMENT, '５', '令和７年３月末日までに報告書にまとめ市へ報告する'),
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
export const checkReport = defineRule<ReportInput, DeadlineCheck>({
  id: 'isehara.report',
  title: 'ケアプラン点検事業の実績報告の期限',
  sources: [
    reportDeadline.citation,
    cite(ISEHARA_DOCUMENT, '４（３）年間スケジュール 4', '令和７年３月　報告書作成'),
  ],
  input: ruleInput(reportInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [reportDeadline],
  examples: [
    {
      title: '期限日に報告',
      input: { submittedOn: '2025-03-31' },
      context: { referenceDate: '2025-04-01' },
      expect: { status: 'decided', decision: { met: true, daysLate: 0 } },
    },
    {
      title: '期限後に報告',
      input: { submittedOn: '2025-04-02' },
      context: { referenceDate: '2025-04-05' },
      expect: { status: 'decided', decision: { met: false, daysLate: 2 } },
    },
    {
      title: '期限前で未報告（判定できない）',
      input: {},
      context: { referenceDate: '2025-03-15' },
      expect: { status: 'undetermined' },
    },
  ],
  evaluate: (data, env) => {
    const deadline = env.value(reportDeadline);
    return checkDueDate(
      {
        deadline,
        doneOn: data.submittedOn as IsoDate | undefined,
        field: { key: 'submittedOn', label: '報告日' },
        codes: {
          met: 'isehara.report.met',
          notDone: 'isehara.report.notSubmitted',
          late: 'isehara.report.late',
        },
        labels: { met: '報告日が期限以前か', notDone: '期限を過ぎても報告されていない' },
        messages: {
          notDone: `期限（${deadline}）を過ぎても報告されていません。`,
          late: (days) => `報告が期限（${deadline}）を${days}日過ぎています。`,
        },
        severity: 'error',
        citation: reportDeadline.citation,
      },
      env,
    );
  },
});
