import { cite, defineRule, firstDayOfYearMonth } from '@kaigo/core';
import type { DeadlineCheck, IsoDate, YearMonth } from '@kaigo/core';
import { dateField, ruleInput, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT } from '../../document';
import { checkDueDate } from '../../dueDate';
import { monthlySteps } from './parameters';

/** 提出書類の郵送の判定の入力。 */
export const mailingInputSchema = z.strictObject({
  /** 面談月（YYYY-MM）。 */
  interviewMonth: yearMonthField({ label: '面談月' }),
  /** 対象ケアマネジャーが委託先に提出書類を郵送した日（発送日。未郵送なら省略）。 */
  mailedOn: dateField({ label: '郵送日' }).optional(),
});

/** 提出書類の郵送の判定の入力の型。 */
export type MailingInput = z.infer<typeof mailingInputSchema>;

/** 提出書類の郵送の判定（期限は面談月の前月末日）。 */
export interface MailingCheck extends DeadlineCheck {
  /** 原文の時期の表記（「前月末日」）。 */
  readonly phrase: string;
  /** 郵送日が入力されたか（false は未郵送のまま期限を過ぎた）。 */
  readonly mailed: boolean;
}

const MAILING_CITATION = cite(
  ISEHARA_DOCUMENT,
  '４（３）月次スケジュール 2',
  '前月末日　対象ケアマネジャーが委託先（介護の未来）に提出書類を郵送',
);

/**
 * 月次スケジュール 2「前月末日 対象ケアマネジャーが委託先（介護の未来）に提出書類を郵送」: 面談月の前月末日と、
 * 郵送日がその日までか。郵送する「提出書類」は４（５）提出書類（事前）と読む（そろっているかは `checkPreSubmission`）。
 *
 * 読み方: 「前月末日」には「頃」がないので確定日とし（{@link monthlySteps} の読み方）、その日までに郵送（発送）すれば
 * 間に合ったとする（前月末日当日は間に合う。それより早い郵送も可）。原文は「郵送」と書き、委託先に届く日（必着）とは
 * 書いていないので、`mailedOn` には発送日を渡す。別の読み: 前月末日必着とする（その読み方では `mailedOn` に到着日を渡す）。
 * 表は「月次スケジュール（予定）」なので、過ぎていても error ではなく warning とする。郵送日がなければ、基準日が前月末日を
 * 過ぎていれば「郵送されていない」（warning）、過ぎていなければ未決（`missing`）。
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール 2
 * @example
 * ```ts
 * checkMailing({ interviewMonth: '2024-07', mailedOn: '2024-06-30' }, { referenceDate: '2024-07-01' }).decision;
 * // => { deadline: '2024-06-30', met: true, daysLate: 0, phrase: '前月末日', mailed: true }
 * ```
 */
export const checkMailing = defineRule<MailingInput, MailingCheck>({
  id: 'isehara.mailing',
  title: '提出書類の郵送（面談月の前月末日）',
  description: '対象ケアマネジャーが提出書類を面談月の前月末日までに委託先へ郵送したか。',
  sources: [MAILING_CITATION],
  input: ruleInput(mailingInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [monthlySteps],
  examples: [
    {
      title: '7月に面談、6月30日（前月末日）に郵送',
      input: { interviewMonth: '2024-07', mailedOn: '2024-06-30' },
      context: { referenceDate: '2024-07-01' },
      expect: { status: 'decided', decision: { deadline: '2024-06-30', met: true, daysLate: 0 } },
    },
    {
      title: '5月に面談、5月2日に郵送（前月末日を2日過ぎ）',
      input: { interviewMonth: '2024-05', mailedOn: '2024-05-02' },
      context: { referenceDate: '2024-05-02' },
      expect: {
        status: 'decided',
        decision: { deadline: '2024-04-30', met: false, daysLate: 2 },
        findings: ['isehara.mailing.late'],
      },
    },
    {
      title: '前月末日より前で未郵送（判定できない）',
      input: { interviewMonth: '2024-09' },
      context: { referenceDate: '2024-08-20' },
      expect: { status: 'undetermined' },
    },
  ],
  evaluate: (data, env) => {
    const step = env.value(monthlySteps).find((s) => s.id === 'mailing');
    if (!step?.timing)
      return {
        findings: [
          {
            code: 'isehara.mailing.noMailingStep',
            severity: 'error',
            message: '月次スケジュールに提出書類の郵送の段階（日付つき）が定められていません。',
          },
        ],
      };
    const first = firstDayOfYearMonth(data.interviewMonth as YearMonth);
    const deadline = env.deadline(`月次スケジュール ${step.no} の郵送日`, step.timing, first);
    const mailedOn = data.mailedOn as IsoDate | undefined;
    return checkDueDate(
      {
        deadline,
        doneOn: mailedOn,
        field: { key: 'mailedOn', label: '郵送日' },
        codes: {
          met: 'isehara.mailing.met',
          notDone: 'isehara.mailing.notMailed',
          late: 'isehara.mailing.late',
        },
        labels: {
          met: '郵送日が面談月の前月末日以前か',
          notDone: '前月末日を過ぎても郵送されていない',
        },
        messages: {
          notDone: `面談月の前月末日（${deadline}）を過ぎても、提出書類が郵送されていません。`,
          late: (days) =>
            `提出書類の郵送が面談月の前月末日（${deadline}）を${days}日過ぎています。`,
        },
        // The table is a 月次スケジュール（予定）: a late mailing is a warning, not an error.
        severity: 'warning',
        citation: MAILING_CITATION,
      },
      env,
      (check): MailingCheck => ({ ...check, phrase: step.phrase, mailed: mailedOn !== undefined }),
    );
  },
});
