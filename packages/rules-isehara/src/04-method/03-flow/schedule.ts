import {
  compareIsoDates,
  firstDayOfYearMonth,
  resolveDeadline,
  resolveParameters,
  ruleResult,
} from '@kaigo/core';
import type { Citation, Finding, IsoDate, RuleResult, YearMonth } from '@kaigo/core';
import { prepareRuleInput, yearMonthField } from '@kaigo/forms';
import * as z from 'zod';
import { UNKNOWN_KEYS } from '../../internal/inputOptions';
import { iseharaCite } from '../../internal/source';
import { interviewPeriod, monthlySteps, resubmissionDeadline } from './parameters';
import type { MonthlyStepDefinition } from './parameters';

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

const RULE = 'isehara.monthlySchedule';
const SOURCES = [
  iseharaCite('４（３）月次スケジュール（予定）'),
  iseharaCite('４（８）', '事業所面談の翌月（約1カ月後）までに市へ提出する'),
];

/**
 * 面談月から、月次スケジュールの各段階の日付を求める: 前月１日頃の通知書類の発送、前月末日の提出書類の郵送、
 * 面談月15日前後の事業所面談、面談月25日頃の点検結果の送付、翌々月25日頃の再提出、随時の報告書。
 * 「頃」「前後」の付いた日付は `approximate: true`。
 *
 * 再提出は原文に2つの記述がある: 月次スケジュールの「翌々月25日頃」（委託先に提出）と、４（８）の
 * 「事業所面談の翌月（約1カ月後）までに市へ提出」。表の「翌々月」は同じ表の「前月」「面談月」と同じく面談月から
 * 見た月と読むほかなく（面談月の2か月後の25日頃）、４（８）は面談月の翌月末日までと読める。提出先も
 * 委託先と市で異なり、原文からはどちらかに寄せられないので、両方の日付と早い方を返し、`info` の指摘を付ける。
 * 月の計算は core の暦（その月にない日は末日に寄せる）を使う。
 *
 * @source isehara-tenken-2024 ４（３）月次スケジュール（予定）
 * @source isehara-tenken-2024 ４（８）
 * @example
 * ```ts
 * const r = monthlySchedule({ interviewMonth: '2024-07' }, { referenceDate: '2024-06-01' });
 * r.decision?.steps.map((s) => s.date);
 * // => ['2024-06-01', '2024-06-30', '2024-07-15', '2024-07-25', '2024-09-25', undefined]
 * r.decision?.resubmission.section48.date; // => '2024-08-31'
 * ```
 */
export function monthlySchedule(input: unknown, context: unknown): RuleResult<MonthlySchedule> {
  const p = prepareRuleInput(monthlyScheduleInputSchema, input, context, UNKNOWN_KEYS);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const params = resolveParameters(p.context.referenceDate, {
    steps: monthlySteps,
    section48: resubmissionDeadline,
    period: interviewPeriod,
  });
  if (!params.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: params.findings });
  const { steps: defs, section48: s48, period } = params.values;
  const month = p.data.interviewMonth;
  const first = firstDayOfYearMonth(month as YearMonth);
  const steps = defs.map((def): ScheduledStep => ({
    id: def.id,
    no: def.no,
    label: def.label,
    actor: def.actor,
    phrase: def.phrase,
    date: def.timing ? resolveDeadline(def.timing, first) : undefined,
    approximate: def.approximate,
    citation: iseharaCite(`４（３）月次スケジュール ${def.no}`, def.phrase),
  }));
  const findings: Finding[] = [];
  const tableStep = steps.find((s) => s.id === 'resubmission');
  if (!tableStep || tableStep.date === undefined)
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      findings: [
        {
          code: 'isehara.schedule.noResubmissionStep',
          severity: 'error',
          message: '月次スケジュールに再提出の段階が定められていません。',
        },
      ],
      parameters: params.uses,
    });
  const section48Date = resolveDeadline(s48.timing, first);
  const reconciled = section48Date === tableStep.date;
  if (!reconciled)
    findings.push({
      code: 'isehara.schedule.resubmissionTwoReadings',
      severity: 'info',
      message:
        '再提出の時期は、月次スケジュール（翌々月25日頃、委託先へ）と４（８）（事業所面談の翌月までに、市へ）で異なります。両方の日付を示します。',
      citation: iseharaCite('４（８）', '事業所面談の翌月（約1カ月後）までに'),
    });
  const withinInterviewPeriod = month >= period.from && month <= period.to;
  if (!withinInterviewPeriod)
    findings.push({
      code: 'isehara.schedule.outsideInterviewPeriod',
      severity: 'warning',
      message: `面談月が事業所面談の期間（${period.from}〜${period.to}）の外です。`,
      path: ['interviewMonth'],
      citation: interviewPeriod.citation,
    });
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: {
      interviewMonth: month,
      steps,
      resubmission: {
        reconciled,
        monthlyTable: tableStep,
        section48: {
          date: section48Date,
          approximate: s48.approximate,
          phrase: s48.phrase,
          citation: resubmissionDeadline.citation,
        },
        earlier:
          compareIsoDates(section48Date, tableStep.date) <= 0 ? section48Date : tableStep.date,
      },
      withinInterviewPeriod,
    },
    findings,
    parameters: params.uses,
  });
}
