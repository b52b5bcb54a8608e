import { cite, compareIsoDates, defineRule, firstDayOfYearMonth, yearMonthOf } from '@kaigo/core';
import type { Citation, Finding, IsoDate, RuleEnv, YearMonth } from '@kaigo/core';
import { ruleInput, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { ISEHARA_DOCUMENT } from '../../document';
import {
  annualEvents,
  interviewPeriod,
  monthlySteps,
  noticeDocuments,
  resubmissionDeadline,
} from './parameters';
import type {
  AnnualEvent,
  MonthlyStepDefinition,
  NoticeDocument,
  ResubmissionDeadlineDefinition,
} from './parameters';

/** 月次スケジュールの入力: 面談月。 */
export const monthlyScheduleInputSchema = z.strictObject({
  /** 面談月（YYYY-MM）。 */
  interviewMonth: yearMonthField({ label: '面談月' }),
});

/** 月次スケジュールの入力の型。 */
export type MonthlyScheduleInput = z.infer<typeof monthlyScheduleInputSchema>;

/** 日付の決まった1段階。 */
export interface ScheduledStep {
  /** 段階の id。 */
  readonly id: MonthlyStepDefinition['id'];
  /** 表の番号。 */
  readonly no: number;
  /** 内容。 */
  readonly label: string;
  /** 誰が行うか。 */
  readonly actor: string;
  /** 原文の時期の表記。 */
  readonly phrase: string;
  /** 日付（「随時」は undefined）。 */
  readonly date: IsoDate | undefined;
  /** 目安の日付か（「頃」「前後」「約」）。 */
  readonly approximate: boolean;
  /** 出典。 */
  readonly citation: Citation;
  /** 発送する通知書類（1 の通知の段階だけ。原文の１〜５）。 */
  readonly documents?: readonly NoticeDocument[];
}

/** 再提出の時期（原文の2か所の記述）。 */
export interface ResubmissionDates {
  /** 2つの記述を1つの日付に寄せられたか（この要領では寄せられないので false）。 */
  readonly reconciled: boolean;
  /** 月次スケジュール 5「翌々月25日頃」（委託先に提出）。 */
  readonly monthlyTable: ScheduledStep;
  /** ４（８）「事業所面談の翌月（約1カ月後）までに」（市へ提出）。 */
  readonly section48: {
    /** 期限日（面談月の翌月末日）。 */
    readonly date: IsoDate;
    /** 目安か。 */
    readonly approximate: boolean;
    /** 原文の表記。 */
    readonly phrase: string;
    /** 出典。 */
    readonly citation: Citation;
  };
  /** 早い方の日付（安全側に準備するための目安）。 */
  readonly earlier: IsoDate;
}

/** 月次スケジュールの判定。 */
export interface MonthlySchedule {
  /** 面談月。 */
  readonly interviewMonth: string;
  /** 各段階（表の順）。 */
  readonly steps: readonly ScheduledStep[];
  /** 再提出の時期（2つの記述）。 */
  readonly resubmission: ResubmissionDates;
  /** 面談月が事業所面談の期間内か。 */
  readonly withinInterviewPeriod: boolean;
}

/** 各段階の日付を面談月の1日から求める（トレースに残す）。 */
function scheduledSteps(
  defs: readonly MonthlyStepDefinition[],
  first: IsoDate,
  env: RuleEnv,
): ScheduledStep[] {
  return defs.map((def): ScheduledStep => ({
    id: def.id,
    no: def.no,
    label: def.label,
    actor: def.actor,
    phrase: def.phrase,
    date: def.timing
      ? env.deadline(`月次スケジュール ${def.no} の日付`, def.timing, first)
      : undefined,
    approximate: def.approximate,
    citation: cite(ISEHARA_DOCUMENT, `４（３）月次スケジュール ${def.no}`, def.phrase),
  }));
}

/**
 * 通知の段階: 通知書類１〜５を添え、通知の月が年間スケジュールの第１回通知の月なら、その日付（令和６年４月８日、
 * 目安ではない）にする。第１回の日付に寄せたときは info の指摘を返す。
 */
function withNotice(
  steps: ScheduledStep[],
  firstNotice: AnnualEvent | undefined,
  documents: readonly NoticeDocument[],
  env: RuleEnv,
): Finding[] {
  const i = steps.findIndex((s) => s.id === 'notice');
  const step = steps[i];
  if (step === undefined) return [];
  const isFirst =
    firstNotice !== undefined &&
    step.date !== undefined &&
    yearMonthOf(step.date) === yearMonthOf(firstNotice.from);
  env.trace({
    kind: 'condition',
    code: 'isehara.schedule.firstNotice',
    label: '通知の月が年間スケジュールの第１回通知の月か',
    outcome: isFirst,
  });
  if (!isFirst || firstNotice === undefined) {
    steps[i] = { ...step, documents };
    return [];
  }
  steps[i] = {
    ...step,
    phrase: firstNotice.phrase,
    date: firstNotice.from,
    approximate: firstNotice.approximate,
    citation: cite(ISEHARA_DOCUMENT, firstNotice.section, firstNotice.phrase),
    documents,
  };
  return [
    {
      code: 'isehara.schedule.firstNotice',
      severity: 'info',
      message: `通知は年間スケジュールの第１回（${firstNotice.from}）です。月次スケジュールの「前月１日頃」ではなく、その日付を示します。`,
      citation: cite(ISEHARA_DOCUMENT, firstNotice.section, firstNotice.phrase),
    },
  ];
}

/** 再提出の2つの記述の日付と早い方。寄せられないときは info の指摘を添える。 */
function resubmissionDates(
  tableStep: ScheduledStep & { date: IsoDate },
  s48: ResubmissionDeadlineDefinition,
  first: IsoDate,
  env: RuleEnv,
): { dates: ResubmissionDates; findings: Finding[] } {
  const section48Date = env.deadline('４（８）の再提出の期限', s48.timing, first);
  const reconciled = section48Date === tableStep.date;
  env.trace({
    kind: 'condition',
    code: 'isehara.schedule.resubmissionReconciled',
    label: '再提出の2つの記述（月次スケジュールと４（８））の日付が同じか',
    outcome: reconciled,
  });
  const findings: Finding[] = reconciled
    ? []
    : [
        {
          code: 'isehara.schedule.resubmissionTwoReadings',
          severity: 'info',
          message:
            '再提出の時期は、月次スケジュール（翌々月25日頃、委託先へ）と４（８）（事業所面談の翌月までに、市へ）で異なります。両方の日付を示します。',
          citation: cite(ISEHARA_DOCUMENT, '４（８）', '事業所面談の翌月（約1カ月後）までに'),
        },
      ];
  const dates: ResubmissionDates = {
    reconciled,
    monthlyTable: tableStep,
    section48: {
      date: section48Date,
      approximate: s48.approximate,
      phrase: s48.phrase,
      citation: resubmissionDeadline.citation,
    },
    earlier: compareIsoDates(section48Date, tableStep.date) <= 0 ? section48Date : tableStep.date,
  };
  return { dates, findings };
}

/**
 * 面談月から、月次スケジュールの各段階の日付を求める: 前月１日頃の通知書類の発送、前月末日の提出書類の郵送、
 * 面談月15日前後の事業所面談、面談月25日頃の点検結果の送付、翌々月25日頃の再提出、随時の報告書。
 * 「頃」「前後」の付いた日付は `approximate: true`。
 *
 * 通知の段階には、発送する通知書類１〜５（{@link noticeDocuments}）を `documents` に添える。通知の月が年間スケジュールの
 * 第１回通知の月（{@link annualEvents} の `firstNotice`、令和６年４月８日）なら、「前月１日頃」ではなく第１回の日付
 * （2024-04-08、目安ではない）を示し、`info` の指摘を付ける（面談月 2024-05 の通知は 2024-04-08）。年間スケジュールと
 * 同じパラメータを読むので、2つのルールの日付は食い違わない。前月末日の郵送が間に合ったかは `checkMailing`（`isehara.mailing`）。
 *
 * 再提出は原文に2つの記述がある: 月次スケジュールの「翌々月25日頃」（委託先に提出）と、４（８）の
 * 「事業所面談の翌月（約1カ月後）までに市へ提出」。表の「翌々月」は同じ表の「前月」「面談月」と同じく面談月から
 * 見た月と読むほかなく（面談月の2か月後の25日頃）、４（８）は面談月の翌月末日までと読める。提出先も
 * 委託先と市で異なり、原文からはどちらかに寄せられないので、両方の日付と早い方を返し、`info` の指摘を付ける。
 * 月の計算は core の暦（その月にない日は末日に寄せる）を使う。
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール（予定）
 * @source isehara-tenken-2024 ４（３）年間スケジュール 2
 * @source isehara-tenken-2024 ４（８）
 * @example
 * ```ts
 * const r = monthlySchedule({ interviewMonth: '2024-07' }, { referenceDate: '2024-06-01' });
 * r.decision?.steps.map((s) => s.date);
 * // => ['2024-06-01', '2024-06-30', '2024-07-15', '2024-07-25', '2024-09-25', undefined]
 * r.decision?.steps[0]?.documents?.length; // => 5（通知書類１〜５）
 * r.decision?.resubmission.section48.date; // => '2024-08-31'
 * monthlySchedule({ interviewMonth: '2024-05' }, { referenceDate: '2024-04-01' }).decision?.steps[0]?.date;
 * // => '2024-04-08'（年間スケジュールの第１回通知）
 * ```
 */
export const monthlySchedule = defineRule<MonthlyScheduleInput, MonthlySchedule>({
  id: 'isehara.monthlySchedule',
  title: '月次スケジュール（面談月から各段階の日付）',
  description:
    '面談月から、通知（通知書類１〜５）・郵送・面談・結果送付・再提出の日付（目安かどうかつき）を求める。第１回の通知は年間スケジュールの日付。',
  sources: [
    cite(ISEHARA_DOCUMENT, '４（３）月次スケジュール（予定）'),
    cite(
      ISEHARA_DOCUMENT,
      '４（３）年間スケジュール 2',
      '令和６年４月８日　第１回ケアプラン点検対象事業所及びケアマネジャーへ通知（発送）',
    ),
    cite(ISEHARA_DOCUMENT, '４（８）', '事業所面談の翌月（約1カ月後）までに市へ提出する'),
  ],
  input: ruleInput(monthlyScheduleInputSchema, { unknownKeyPath: 'parent' }),
  parameters: [monthlySteps, resubmissionDeadline, interviewPeriod, annualEvents, noticeDocuments],
  examples: [
    {
      title: '5月に面談（通知は年間スケジュールの第１回 2024-04-08）',
      input: { interviewMonth: '2024-05' },
      context: { referenceDate: '2024-04-01' },
      expect: {
        status: 'decided',
        decision: {
          steps: [
            { id: 'notice', date: '2024-04-08', approximate: false },
            { id: 'mailing', date: '2024-04-30' },
            { id: 'interview', date: '2024-05-15' },
            { id: 'results', date: '2024-05-25' },
            { id: 'resubmission', date: '2024-07-25' },
            { id: 'reportToCity' },
          ],
          withinInterviewPeriod: true,
        },
        findings: ['isehara.schedule.firstNotice'],
      },
    },
    {
      title: '7月に面談（通知は前月１日頃、通知書類１〜５）',
      input: { interviewMonth: '2024-07' },
      context: { referenceDate: '2024-06-01' },
      expect: {
        status: 'decided',
        decision: {
          steps: [
            {
              id: 'notice',
              date: '2024-06-01',
              approximate: true,
              documents: [{ no: 1 }, { no: 2 }, { no: 3 }, { no: 4 }, { no: 5 }],
            },
            { id: 'mailing', date: '2024-06-30' },
            { id: 'interview' },
            { id: 'results' },
            { id: 'resubmission' },
            { id: 'reportToCity' },
          ],
          withinInterviewPeriod: true,
          resubmission: { earlier: '2024-08-31' },
        },
      },
    },
    {
      title: '11月に面談（再提出は翌年1月）',
      input: { interviewMonth: '2024-11' },
      context: { referenceDate: '2024-10-01' },
      expect: {
        status: 'decided',
        decision: {
          resubmission: { monthlyTable: { date: '2025-01-25' }, section48: { date: '2024-12-31' } },
        },
      },
    },
  ],
  evaluate: (data, env) => {
    // 1. Parameters first, in a fixed order (the result lists them in this order).
    const defs = env.value(monthlySteps);
    const s48 = env.value(resubmissionDeadline);
    const period = env.value(interviewPeriod);
    const firstNotice = env.value(annualEvents).find((e) => e.id === 'firstNotice');
    const documents = env.value(noticeDocuments);
    // 2. Every step of the monthly table, counted from the first day of the interview month; the notice carries its
    //    documents, and the month of the annual calendar's first notice uses that fixed date.
    const month = data.interviewMonth;
    const first = firstDayOfYearMonth(month as YearMonth);
    const steps = scheduledSteps(defs, first, env);
    const noticeFindings = withNotice(steps, firstNotice, documents, env);
    const tableStep = steps.find((s) => s.id === 'resubmission');
    if (!tableStep || tableStep.date === undefined)
      return {
        findings: [
          {
            code: 'isehara.schedule.noResubmissionStep',
            severity: 'error',
            message: '月次スケジュールに再提出の段階が定められていません。',
          },
        ],
      };
    // 3. The two resubmission readings, then the interview period.
    const resubmission = resubmissionDates({ ...tableStep, date: tableStep.date }, s48, first, env);
    const findings: Finding[] = [...noticeFindings, ...resubmission.findings];
    const withinInterviewPeriod = month >= period.from && month <= period.to;
    env.trace({
      kind: 'condition',
      code: 'isehara.schedule.withinInterviewPeriod',
      label: '面談月が事業所面談の期間内か',
      outcome: withinInterviewPeriod,
    });
    if (!withinInterviewPeriod)
      findings.push({
        code: 'isehara.schedule.outsideInterviewPeriod',
        severity: 'warning',
        message: `面談月が事業所面談の期間（${period.from}〜${period.to}）の外です。`,
        path: ['interviewMonth'],
        citation: interviewPeriod.citation,
      });
    return {
      decision: {
        interviewMonth: month,
        steps,
        resubmission: resubmission.dates,
        withinInterviewPeriod,
      },
      findings,
    };
  },
});
