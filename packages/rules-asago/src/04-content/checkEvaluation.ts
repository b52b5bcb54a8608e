import type {
  Citation,
  DateWindow,
  Finding,
  IsoDate,
  MissingInput,
  RuleOutcome,
} from '@kaigo/core';
import { checkDeadline, checkDocumentSet, checkWindow, cite, defineRule } from '@kaigo/core';
import { dateField, ruleInput } from '@kaigo/forms';
import * as z from 'zod';
import { PROGRAM_PERIOD } from '../03-period/programPeriod';
import { ASAGO_DOCUMENT_ID } from '../sourceDocument';
import type {
  DueEvaluation,
  EvaluationKind,
  EvaluationPlan,
  EvaluationSheetSpec,
} from './evaluationSchedule';
import {
  EVALUATION_ON_LEAVING,
  EVALUATION_SCHEDULE,
  EVALUATION_SHEETS,
  leavingEventSchema,
  leavingEventsOf,
  planEvaluationsFor,
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

/** 評価1件の確認で集める指摘と不足入力。 */
interface Collected {
  readonly findings: Finding[];
  readonly missing: MissingInput[];
}

/** 確かめる評価の名称・出典と、この対象者の予定での扱い。 */
interface Target {
  readonly label: string;
  readonly citation: Citation;
  readonly due: DueEvaluation | null;
  readonly plan: EvaluationPlan;
}

/** 2. 実施日が実施期間内か（求められない評価なら、施設入所・死亡の後の実施を知らせる）。 */
function checkEvaluatedOn(
  target: Target,
  evaluatedOn: IsoDate | undefined,
  out: Collected,
): boolean | null {
  const { label, citation, due, plan } = target;
  if (evaluatedOn === undefined) {
    out.missing.push({ path: ['evaluatedOn'], label: '評価の実施日' });
    return null;
  }
  if (due === null) {
    if (plan.leaving !== null && evaluatedOn >= plan.leaving.date)
      out.findings.push({
        code: 'evaluation.afterLeaving',
        severity: 'warning',
        message: `${label}の実施日が施設入所・死亡の後です。この評価は求められていません（事後評価に代わります）。`,
        path: ['evaluatedOn'],
        citation: EVALUATION_ON_LEAVING.citation,
      });
    return null;
  }
  const w = checkWindow(due.window, evaluatedOn);
  if (w.position === 'before')
    out.findings.push({
      code: 'evaluation.beforeWindow',
      severity: 'error',
      message: `${label}の実施日が実施期間（${due.window.from}〜${due.window.to}）の${w.daysEarly}日前です。`,
      path: ['evaluatedOn'],
      citation,
    });
  if (w.position === 'after')
    out.findings.push({
      code: 'evaluation.afterWindow',
      severity: 'error',
      message: `${label}の実施日が実施期間（${due.window.from}〜${due.window.to}）を${w.daysLate}日過ぎています。`,
      path: ['evaluatedOn'],
      citation,
    });
  return w.position === 'inside';
}

/** 3. 両方の評価様式がそろっているか（要領にない様式 id は warning）。 */
function checkSheets(
  label: string,
  sheets: readonly EvaluationSheetSpec[],
  given: readonly string[] | undefined,
  out: Collected,
): { readonly complete: boolean | null; readonly missing: readonly string[] } {
  if (given === undefined) {
    out.missing.push({ path: ['sheets'], label: '作成した評価様式' });
    return { complete: null, missing: [] };
  }
  const check = checkDocumentSet(
    sheets.map((s) => s.id),
    given,
  );
  for (const id of check.missing) {
    const sheet = sheets.find((s) => s.id === id);
    out.findings.push({
      code: 'evaluation.sheetMissing',
      severity: 'error',
      message: `${label}に「${sheet?.label ?? id}」がありません。`,
      path: ['sheets'],
      citation: EVALUATION_SHEETS.citation,
    });
  }
  given.forEach((id, i) => {
    if (!sheets.some((s) => s.id === id))
      out.findings.push({
        code: 'evaluation.sheetUnknown',
        severity: 'warning',
        message: `評価様式の id が要領の評価項目（${sheets.map((s) => s.id).join('、')}）のどれでもありません。`,
        path: ['sheets', i],
        citation: EVALUATION_SHEETS.citation,
      });
  });
  return { complete: check.missing.length === 0, missing: check.missing };
}

/** 4. 提出締切の定めがある評価（事前評価）は締切までに提出したか。締切後で提出日がなければ不足入力。 */
function checkSubmission(
  target: Target,
  submittedOn: IsoDate | undefined,
  today: IsoDate,
  out: Collected,
): boolean | null {
  const deadline = target.due?.submissionDeadline ?? null;
  if (deadline === null) return null;
  if (submittedOn === undefined) {
    if (today > deadline) out.missing.push({ path: ['submittedOn'], label: '事務局への提出日' });
    return null;
  }
  const c = checkDeadline(deadline, submittedOn);
  if (!c.met)
    out.findings.push({
      code: 'evaluation.submittedLate',
      severity: 'error',
      message: `${target.label}の提出が締切（${deadline}）を${c.daysLate}日過ぎています。`,
      path: ['submittedOn'],
      citation: target.citation,
    });
  return c.met;
}

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
export const checkEvaluation = defineRule({
  id: 'asago.evaluationRecord',
  title: '評価の実施（実施期間・様式・提出締切）',
  description:
    '実施した評価1件の実施日が実施期間内か、いきいき長生き応援シート（対象者用・ケアマネジャー用）の両方があるか、事前評価が提出締切までに提出されたかを確かめる。',
  sources: [
    cite(ASAGO_DOCUMENT_ID, '４ 内容 評価'),
    cite(ASAGO_DOCUMENT_ID, '５ 実施手順と役割 準備・評価'),
  ],
  input: ruleInput(evaluationRecordInputSchema),
  parameters: [EVALUATION_SCHEDULE, EVALUATION_ON_LEAVING, EVALUATION_SHEETS, PROGRAM_PERIOD],
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
      expect: { status: 'decided', decision: { acceptable: true, submittedOnTime: true } },
    },
    {
      title: '中間評価①を1月に実施、ケアマネジャー用なし',
      input: { kind: 'interim1', evaluatedOn: '2025-01-05', sheets: ['subject'] },
      context: { referenceDate: '2025-01-06' },
      expect: {
        status: 'decided',
        decision: { acceptable: false, withinWindow: false, missingSheets: ['careManager'] },
      },
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
      expect: {
        status: 'decided',
        decision: { acceptable: true, window: { from: '2025-03-01', to: '2027-03-31' } },
      },
    },
  ],
  evaluate: (data, env): RuleOutcome<EvaluationRecordDecision> => {
    const kind = data.kind as EvaluationKind;
    const { schedule, sheets, plan } = planEvaluationsFor(env, leavingEventsOf(data.events));
    const spec = schedule.find((s) => s.kind === kind);
    const due = plan.due.find((d) => d.kind === kind) ?? null;
    const label = spec?.label ?? '評価';
    const target: Target = {
      label,
      citation: spec?.citation ?? EVALUATION_SCHEDULE.citation,
      due,
      plan,
    };
    const out: Collected = { findings: [], missing: [] };
    // 1. Not required (an interim evaluation after facility admission or death): say so, keep checking the rest.
    if (due === null)
      out.findings.push({
        code: 'evaluation.notRequired',
        severity: 'info',
        message: `${label}は施設入所・死亡によりこの対象者には求められません。`,
        path: ['kind'],
        citation: EVALUATION_ON_LEAVING.citation,
      });
    const withinWindow = checkEvaluatedOn(target, data.evaluatedOn as IsoDate | undefined, out);
    const sheetCheck = checkSheets(label, sheets, data.sheets, out);
    const submittedOnTime = checkSubmission(
      target,
      data.submittedOn as IsoDate | undefined,
      env.referenceDate,
      out,
    );
    const errors = out.findings.some((f) => f.severity === 'error');
    env.trace({
      kind: 'condition',
      code: 'evaluation.acceptable',
      label: '評価の実施に問題（error）がないか',
      outcome: !errors,
    });
    // 5. Decided when something is wrong, or when nothing needed is missing.
    if (!errors && out.missing.length > 0) return out;
    const decision: EvaluationRecordDecision = {
      kind,
      required: due !== null,
      window: due?.window ?? null,
      withinWindow,
      sheetsComplete: sheetCheck.complete,
      missingSheets: sheetCheck.missing,
      submittedOnTime,
      acceptable: !errors,
    };
    return { ...out, decision };
  },
});
