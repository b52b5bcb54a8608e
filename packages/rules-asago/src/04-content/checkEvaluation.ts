import type {
  DateWindow,
  Finding,
  IsoDate,
  MissingInput,
  RuleDescriptor,
  RuleResult,
} from '@kaigo/core';
import { checkDeadline, checkDocumentSet, checkWindow, ruleResult } from '@kaigo/core';
import { dateField } from '@kaigo/forms';
import * as z from 'zod';
import { PROGRAM_PERIOD, programPeriodWindow } from '../03-period/programPeriod';
import { asagoCite } from '../internal/citation';
import { prepare, resolveAll } from '../internal/prepare';
import type { EvaluationKind } from './evaluationSchedule';
import {
  EVALUATION_ON_LEAVING,
  EVALUATION_SCHEDULE,
  EVALUATION_SHEETS,
  leavingEventSchema,
  leavingEventsOf,
  planEvaluations,
} from './evaluationSchedule';

/** {@link checkEvaluation} の入力スキーマ。 */
export const evaluationRecordInputSchema = z.strictObject({
  /** 評価の種類（`pre` 事前評価、`interim1` 中間評価①、`interim2` 中間評価②、`post` 事後評価）。 */
  kind: z.literal(['pre', 'interim1', 'interim2', 'post']),
  /** 評価の実施日。 */
  evaluatedOn: dateField({ label: '評価の実施日' }).optional(),
  /** 作成した評価様式の id（`subject` 対象者用、`careManager` ケアマネジャー用）。 */
  sheets: z.array(z.string().max(100)).max(20).optional(),
  /** 事務局への提出日（提出締切の定めがある評価で使う）。 */
  submittedOn: dateField({ label: '事務局への提出日' }).optional(),
  /** 対象者の施設入所・死亡の出来事（実施期間の決定に使う）。 */
  events: z.array(leavingEventSchema).max(10).optional(),
});

/** {@link checkEvaluation} の入力。 */
export type EvaluationRecordInput = z.input<typeof evaluationRecordInputSchema>;

/** {@link checkEvaluation} の判定。 */
export interface EvaluationRecordDecision {
  /** 評価の種類。 */
  readonly kind: EvaluationKind;
  /** この対象者にこの評価が求められるか（施設入所・死亡で求められない中間評価は false）。 */
  readonly required: boolean;
  /** この対象者のこの評価の実施期間（求められないときは null）。 */
  readonly window: DateWindow | null;
  /** 実施日が実施期間内か（実施日がなければ null）。 */
  readonly withinWindow: boolean | null;
  /** 両方の評価様式がそろっているか（様式の記録がなければ null）。 */
  readonly sheetsComplete: boolean | null;
  /** 足りない様式の id。 */
  readonly missingSheets: readonly string[];
  /** 提出締切までに提出したか（締切の定めがない評価、または提出日がなければ null）。 */
  readonly submittedOnTime: boolean | null;
  /** 問題（error）がないか。 */
  readonly acceptable: boolean;
}

const RULE = 'asago.evaluationRecord';
const SOURCES = [asagoCite('４ 内容 評価'), asagoCite('５ 実施手順と役割 準備・評価')];

/**
 * 実施した評価1件を確かめる: 実施日が実施期間内か（施設入所・死亡のときは「その時点」の期間）、
 * いきいき長生き応援シート（対象者用）と（ケアマネジャー用）の両方があるか、事前評価は令和6年6月10日の
 * 提出締切までに提出したか。実施日や様式の記録がなければ、その点は判定せず不足入力に挙げる。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価（ア）（イ）（ウ）、５ 実施手順と役割 準備（事前評価の実施）
 * @example
 * ```ts
 * checkEvaluation(
 *   { kind: 'pre', evaluatedOn: '2024-06-10', sheets: ['subject', 'careManager'], submittedOn: '2024-06-10' },
 *   { referenceDate: '2024-06-11' },
 * ).decision?.acceptable; // => true
 * ```
 */
export function checkEvaluation(
  input: unknown,
  context: unknown,
): RuleResult<EvaluationRecordDecision> {
  const p = prepare(RULE, SOURCES, evaluationRecordInputSchema, input, context);
  if (!p.ok) return p.result;
  const params = resolveAll(RULE, SOURCES, p.context.referenceDate, {
    schedule: EVALUATION_SCHEDULE,
    onLeaving: EVALUATION_ON_LEAVING,
    sheets: EVALUATION_SHEETS,
    period: PROGRAM_PERIOD,
  });
  if (!params.ok) return params.result;
  const { schedule, onLeaving, sheets, period } = params.values;
  const data = p.data;
  const kind = data.kind as EvaluationKind;
  const plan = planEvaluations(
    schedule,
    onLeaving,
    programPeriodWindow(period).to,
    leavingEventsOf(data.events),
  );
  const spec = schedule.find((s) => s.kind === kind);
  const due = plan.due.find((d) => d.kind === kind) ?? null;
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  const citation = spec?.citation ?? EVALUATION_SCHEDULE.citation;
  const label = spec?.label ?? '評価';

  if (due === null) {
    findings.push({
      code: 'evaluation.notRequired',
      severity: 'info',
      message: `${label}は施設入所・死亡によりこの対象者には求められません。`,
      path: ['kind'],
      citation: EVALUATION_ON_LEAVING.citation,
    });
  }

  let withinWindow: boolean | null = null;
  const evaluatedOn = data.evaluatedOn as IsoDate | undefined;
  if (evaluatedOn === undefined) {
    missing.push({ path: ['evaluatedOn'], label: '評価の実施日' });
  } else if (due !== null) {
    const w = checkWindow(due.window, evaluatedOn);
    withinWindow = w.position === 'inside';
    if (w.position === 'before')
      findings.push({
        code: 'evaluation.beforeWindow',
        severity: 'error',
        message: `${label}の実施日が実施期間（${due.window.from}〜${due.window.to}）の${w.daysEarly}日前です。`,
        path: ['evaluatedOn'],
        citation,
      });
    if (w.position === 'after')
      findings.push({
        code: 'evaluation.afterWindow',
        severity: 'error',
        message: `${label}の実施日が実施期間（${due.window.from}〜${due.window.to}）を${w.daysLate}日過ぎています。`,
        path: ['evaluatedOn'],
        citation,
      });
  } else if (plan.leaving !== null && evaluatedOn >= plan.leaving.date) {
    findings.push({
      code: 'evaluation.afterLeaving',
      severity: 'warning',
      message: `${label}の実施日が施設入所・死亡の後です。この評価は求められていません（事後評価に代わります）。`,
      path: ['evaluatedOn'],
      citation: EVALUATION_ON_LEAVING.citation,
    });
  }

  let sheetsComplete: boolean | null = null;
  let missingSheets: readonly string[] = [];
  if (data.sheets === undefined) {
    missing.push({ path: ['sheets'], label: '作成した評価様式' });
  } else {
    const check = checkDocumentSet(
      sheets.map((s) => s.id),
      data.sheets,
    );
    sheetsComplete = check.missing.length === 0;
    missingSheets = check.missing;
    for (const id of check.missing) {
      const sheet = sheets.find((s) => s.id === id);
      findings.push({
        code: 'evaluation.sheetMissing',
        severity: 'error',
        message: `${label}に「${sheet?.label ?? id}」がありません。`,
        path: ['sheets'],
        citation: EVALUATION_SHEETS.citation,
      });
    }
    data.sheets.forEach((id, i) => {
      if (!sheets.some((s) => s.id === id))
        findings.push({
          code: 'evaluation.sheetUnknown',
          severity: 'warning',
          message: `評価様式の id が要領の評価項目（${sheets.map((s) => s.id).join('、')}）のどれでもありません。`,
          path: ['sheets', i],
          citation: EVALUATION_SHEETS.citation,
        });
    });
  }

  let submittedOnTime: boolean | null = null;
  const deadline = due?.submissionDeadline ?? null;
  if (deadline !== null) {
    const submittedOn = data.submittedOn as IsoDate | undefined;
    if (submittedOn === undefined) {
      if (p.context.referenceDate > deadline)
        missing.push({ path: ['submittedOn'], label: '事務局への提出日' });
    } else {
      const c = checkDeadline(deadline, submittedOn);
      submittedOnTime = c.met;
      if (!c.met)
        findings.push({
          code: 'evaluation.submittedLate',
          severity: 'error',
          message: `${label}の提出が締切（${deadline}）を${c.daysLate}日過ぎています。`,
          path: ['submittedOn'],
          citation,
        });
    }
  }

  const errors = findings.some((f) => f.severity === 'error');
  const decided = errors || missing.length === 0;
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    ...(decided
      ? {
          decision: {
            kind,
            required: due !== null,
            window: due?.window ?? null,
            withinWindow,
            sheetsComplete,
            missingSheets,
            submittedOnTime,
            acceptable: !errors,
          },
        }
      : {}),
    findings,
    missing,
    parameters: params.uses,
  });
}

/**
 * {@link checkEvaluation} の記述子。
 *
 * @source asago-ikiiki-2024 ４ 内容 評価
 */
export const evaluationRecordRule: RuleDescriptor<EvaluationRecordDecision> = {
  id: RULE,
  title: '評価の実施（実施期間・様式・提出締切）',
  description:
    '実施した評価1件の実施日が実施期間内か、いきいき長生き応援シート（対象者用・ケアマネジャー用）の両方があるか、事前評価が提出締切までに提出されたかを確かめる。',
  sources: SOURCES,
  evaluate: checkEvaluation,
  examples: [
    {
      title: '事前評価を締切日に実施・提出',
      input: {
        kind: 'pre',
        evaluatedOn: '2024-06-10',
        sheets: ['subject', 'careManager'],
        submittedOn: '2024-06-10',
      },
      context: { referenceDate: '2024-06-11' },
    },
    {
      title: '中間評価①を1月に実施、ケアマネジャー用なし',
      input: { kind: 'interim1', evaluatedOn: '2025-01-05', sheets: ['subject'] },
      context: { referenceDate: '2025-01-06' },
    },
    {
      title: '2025年3月に施設入所、その時点で事後評価',
      input: {
        kind: 'post',
        evaluatedOn: '2025-03-05',
        sheets: ['subject', 'careManager'],
        events: [{ kind: 'facilityAdmission', date: '2025-03-01' }],
      },
      context: { referenceDate: '2025-03-06' },
    },
  ],
};
