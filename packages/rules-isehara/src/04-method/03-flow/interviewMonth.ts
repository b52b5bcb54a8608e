import { addMonths, cite, defineRule, firstDayOfYearMonth, yearMonthOf } from '@kaigo/core';
import type { Finding, YearMonth } from '@kaigo/core';
import { ruleInput, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT } from '../../document';
import { annualEvents, interviewPeriod } from './parameters';

/** 面談月の判定の入力。 */
export const interviewMonthInputSchema = z.strictObject({
  /** 面談月（YYYY-MM）。 */
  interviewMonth: yearMonthField({ label: '面談月' }),
});

/** 面談月の判定の入力の型。 */
export type InterviewMonthInput = z.infer<typeof interviewMonthInputSchema>;

/** 面談月の判定。 */
export interface InterviewMonthCheck {
  /** 事業所面談の期間内か。 */
  readonly withinPeriod: boolean;
  /** 期間（YYYY-MM〜YYYY-MM）。 */
  readonly period: { readonly from: string; readonly to: string };
  /** 前月（通知書類の発送月）が年間スケジュールの通知の月か。 */
  readonly previousMonthIsNoticeMonth: boolean;
}

/**
 * 面談月が事業所面談の期間（令和６年５月〜令和６年１１月、両端の月を含む）にあるか。期間外は error。
 * 参考として、通知書類の発送月（月次スケジュールの「前月１日頃」）が年間スケジュールの通知の月
 * （第１回 令和６年４月８日、以後偶数月の１日を目安）に当たるかを示し、当たらなければ `info` を付ける
 * （年間スケジュールと月次スケジュールを合わせると面談月は奇数月になるが、原文はそれを定めていないので誤りとはしない）。
 *
 * @source isehara-tenken-2024 ４（３）年間スケジュール
 * @example
 * 実行されるテスト（`interviewMonth.example.test.ts`）から取り込んだ例:
 *
 * {@includeCode ./interviewMonth.example.test.ts#interviewMonthCheck}
 */
export const interviewMonthCheck = defineRule<InterviewMonthInput, InterviewMonthCheck>({
  id: 'isehara.interviewMonth',
  title: '面談月が事業所面談の期間内か',
  sources: [
    cite(
      ISEHARA_DOCUMENT,
      '４（３）年間スケジュール 3',
      '令和６年５月～令和６年１１月　事業所面談',
    ),
  ],
  input: ruleInput(interviewMonthInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [interviewPeriod, annualEvents],
  examples: [
    {
      title: '期間の最後の月',
      input: { interviewMonth: '2024-11' },
      context: { referenceDate: '2024-10-01' },
      expect: { status: 'decided', decision: { withinPeriod: true } },
    },
    {
      title: '期間の外',
      input: { interviewMonth: '2024-12' },
      context: { referenceDate: '2024-10-01' },
      expect: { status: 'decided', decision: { withinPeriod: false } },
    },
  ],
  evaluate: (data, env) => {
    const period = env.value(interviewPeriod);
    const events = env.value(annualEvents);
    const month = data.interviewMonth;
    const withinPeriod = month >= period.from && month <= period.to;
    env.trace({
      kind: 'condition',
      code: 'isehara.interviewMonth.withinPeriod',
      label: '面談月が事業所面談の期間内か',
      outcome: withinPeriod,
    });
    // The notice is mailed around the 1st of the previous month (monthly table, step 1).
    const previousMonth = yearMonthOf(addMonths(firstDayOfYearMonth(month as YearMonth), -1));
    const noticeMonths = new Set(
      events
        .filter((e) => e.id === 'firstNotice' || e.id === 'notice')
        .map((e) => yearMonthOf(e.from)),
    );
    const previousMonthIsNoticeMonth = noticeMonths.has(previousMonth);
    env.trace({
      kind: 'condition',
      code: 'isehara.interviewMonth.previousMonthIsNoticeMonth',
      label: '面談月の前月が年間スケジュールの通知の月か',
      outcome: previousMonthIsNoticeMonth,
    });
    const findings: Finding[] = [];
    if (!withinPeriod)
      findings.push({
        code: 'isehara.interviewMonth.outsidePeriod',
        severity: 'error',
        message: `面談月が事業所面談の期間（${period.from}〜${period.to}）の外です。`,
        path: ['interviewMonth'],
        citation: interviewPeriod.citation,
      });
    else if (!previousMonthIsNoticeMonth)
      findings.push({
        code: 'isehara.interviewMonth.noticeMonth',
        severity: 'info',
        message:
          '面談月の前月は、年間スケジュールの通知の月（第１回は令和６年４月、以後偶数月）ではありません。通知の時期を確認してください。',
        path: ['interviewMonth'],
        citation: cite(ISEHARA_DOCUMENT, '４（３）年間スケジュール 2', '以後偶数月の１日を目安に'),
      });
    return { decision: { withinPeriod, period, previousMonthIsNoticeMonth }, findings };
  },
});
