import type { DateWindow, Finding, IsoDate, RuleOutcome } from '@kaigo/core';
import {
  cite,
  defineParameter,
  defineRule,
  fiscalYearEnd,
  fiscalYearLabel,
  fiscalYearOf,
  fiscalYearStart,
  insurancePlanPeriodOf,
  isoDate,
} from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { ASAGO_DOCUMENT_ID, ASAGO_GUIDELINE_DATE } from '../sourceDocument';

/** 事業期間の値（年度は開始年の西暦）。 */
export interface ProgramPeriodValue {
  /** 最初の年度（令和6年度 = 2024）。 */
  readonly firstFiscalYear: number;
  /** 最後の年度（令和8年度 = 2026）。 */
  readonly lastFiscalYear: number;
  /** 対応する介護保険事業計画の期（第9期 = 9）。 */
  readonly planTerm: number;
}

/**
 * 事業の期間: 令和6年度〜令和8年度の3年間（第9期介護保険事業計画期間）。
 *
 * @source asago-ikiiki-2024 ３ 期間
 * @example
 * ```ts
 * PROGRAM_PERIOD.values[0]?.value; // => { firstFiscalYear: 2024, lastFiscalYear: 2026, planTerm: 9 }
 * ```
 */
export const PROGRAM_PERIOD = defineParameter<ProgramPeriodValue>({
  id: 'asago.programPeriod',
  description: '事業の期間（年度）と介護保険事業計画の期',
  unit: '年度',
  citation: cite(
    ASAGO_DOCUMENT_ID,
    '３ 期間',
    '令和６年度～令和８年度の３年間（第９期介護保険事業計画期間）',
  ),
  values: [
    {
      from: isoDate(ASAGO_GUIDELINE_DATE),
      value: { firstFiscalYear: 2024, lastFiscalYear: 2026, planTerm: 9 },
    },
  ],
});

/**
 * 事業期間を暦日の期間（初年度の4月1日〜最終年度の3月31日）にする。
 *
 * @source asago-ikiiki-2024 ３ 期間
 * @example
 * ```ts
 * programPeriodWindow({ firstFiscalYear: 2024, lastFiscalYear: 2026, planTerm: 9 });
 * // => { from: '2024-04-01', to: '2027-03-31' }
 * ```
 */
export function programPeriodWindow(value: ProgramPeriodValue): DateWindow {
  return { from: fiscalYearStart(value.firstFiscalYear), to: fiscalYearEnd(value.lastFiscalYear) };
}

/** {@link checkProgramPeriod} の入力スキーマ。 */
export const programPeriodInputSchema = z.strictObject({
  /** 判定する日（省略時は基準日）。 */
  date: dateField({ label: '判定する日' }).optional(),
});

/** {@link checkProgramPeriod} の入力。 */
export type ProgramPeriodInput = z.input<typeof programPeriodInputSchema>;

/** {@link checkProgramPeriod} の判定。 */
export interface ProgramPeriodDecision {
  /** 判定した日。 */
  readonly date: IsoDate;
  /** 事業期間内か。 */
  readonly withinProgram: boolean;
  /** 事業期間（暦日）。 */
  readonly period: DateWindow;
  /** その日の年度（西暦の開始年）。 */
  readonly fiscalYear: number;
  /** 年度の表示名（例: `令和6年度`）。 */
  readonly fiscalYearLabel: string;
  /** 事業の何年目か（1〜3。期間外は null）。 */
  readonly programYear: number | null;
  /** その日が属する介護保険事業計画の期（2000年4月1日より前は null）。 */
  readonly planTerm: number | null;
}

const programPeriodInput = ruleInput(programPeriodInputSchema);

/**
 * ある日が事業期間（令和6年度〜令和8年度、第9期介護保険事業計画期間）内か、何年目かを判定する。
 * 期間は年度の区切り（4月1日〜3月31日）で読み、介護保険事業計画の期は `@kaigo/core` の
 * `insurancePlanPeriodOf` で求めて要領の「第９期」と照合する（食い違えば warning）。
 * 入力を省略すると基準日を判定する。
 *
 * @source asago-ikiiki-2024 ３ 期間
 * @example
 * ```ts
 * checkProgramPeriod({ date: '2025-10-15' }, { referenceDate: '2025-10-20' }).decision;
 * // => { withinProgram: true, fiscalYear: 2025, fiscalYearLabel: '令和7年度', programYear: 2, planTerm: 9, … }
 * ```
 */
export const checkProgramPeriod = defineRule({
  id: 'asago.programPeriod',
  title: '事業期間（令和6年度〜令和8年度）',
  description: 'ある日が事業期間内か、事業の何年目か、第何期介護保険事業計画期間かを判定する。',
  sources: [cite(ASAGO_DOCUMENT_ID, '３ 期間')],
  // 入力の省略（undefined・null）は「基準日を判定する」の意味なので、空の入力として読む。
  input: { ...programPeriodInput, parse: (value) => programPeriodInput.parse(value ?? {}) },
  parameters: [PROGRAM_PERIOD],
  examples: [
    {
      title: '2年目（令和7年度）の日',
      input: { date: '2025-10-15' },
      context: { referenceDate: '2025-10-20' },
      expect: { status: 'decided', decision: { withinProgram: true, programYear: 2, planTerm: 9 } },
    },
    {
      title: '事業終了後の日',
      input: { date: '2027-04-01' },
      context: { referenceDate: '2027-04-01' },
      expect: { status: 'decided', decision: { withinProgram: false, programYear: null } },
    },
  ],
  evaluate: (data, env): RuleOutcome<ProgramPeriodDecision> => {
    const value = env.value(PROGRAM_PERIOD);
    const date = (data.date ?? env.referenceDate) as IsoDate;
    const period = programPeriodWindow(value);
    const fiscalYear = fiscalYearOf(date);
    const withinProgram = date >= period.from && date <= period.to;
    const planTerm = insurancePlanPeriodOf(date)?.term ?? null;
    env.trace({
      kind: 'condition',
      code: 'period.withinProgram',
      label: '判定する日が事業期間内か',
      outcome: withinProgram,
    });
    const findings: Finding[] = [];
    if (withinProgram && planTerm !== value.planTerm) {
      findings.push({
        code: 'period.planTermMismatch',
        severity: 'warning',
        message: `要領は第${value.planTerm}期としていますが、暦の上ではこの日は第${planTerm ?? '—'}期です。`,
        citation: PROGRAM_PERIOD.citation,
      });
    }
    if (!withinProgram) {
      findings.push({
        code: 'period.outside',
        severity: 'info',
        message: `事業期間（${fiscalYearLabel(value.firstFiscalYear)}〜${fiscalYearLabel(value.lastFiscalYear)}）の外の日です。`,
        path: data.date === undefined ? ['context', 'referenceDate'] : ['date'],
        citation: PROGRAM_PERIOD.citation,
      });
    }
    const decision: ProgramPeriodDecision = {
      date,
      withinProgram,
      period,
      fiscalYear,
      fiscalYearLabel: fiscalYearLabel(fiscalYear),
      programYear: withinProgram ? fiscalYear - value.firstFiscalYear + 1 : null,
      planTerm,
    };
    return { decision, findings };
  },
});
