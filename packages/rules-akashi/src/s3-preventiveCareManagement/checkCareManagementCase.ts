import type {
  Finding,
  IsoDate,
  MissingInput,
  ParameterUse,
  RuleResult,
  StepOrderViolation,
} from '@kaigo/core';
import { findStepOrderViolations, resolveParameters, ruleResult } from '@kaigo/core';
import { prepareRuleInput } from '@kaigo/forms';
import { akashiCite } from '../internal/policy';
import { careManagementCaseSchema } from './careManagementCase';
import { akashiDelegableTypes } from './implementation';
import type { CareManagementType, ProcessStep } from './processTable';
import {
  CARE_MANAGEMENT_TYPE_LABELS,
  PROCESS_STEPS,
  PROCESS_STEP_LABELS,
  akashiBracketedStepMissingSeverity,
  akashiProcessTable,
} from './processTable';
import { akashiCareManagementTypesRun } from './typesRun';

/** ルール id。 */
export const CARE_MANAGEMENT_CASE_RULE_ID = 'akashi.careManagementCase';

const SOURCES = [
  akashiCite('３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】'),
  akashiCite('３（２）実施主体'),
];
const TABLE = akashiCite('３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】');

/** {@link checkCareManagementCase} の判定。 */
export interface CareManagementCaseDecision {
  /** 類型。 */
  readonly type: CareManagementType;
  /** 明石市が実施する類型か（Ｂは実施しない）。 */
  readonly runByCity: boolean;
  /** 委託しているか。 */
  readonly delegated: boolean;
  /** 委託の有無がこの類型に認められるか（委託していなければ常に true）。 */
  readonly delegationAllowed: boolean;
  /** ○（実施）なのに記録がない手順（後の手順が記録されている、またはプロセス終了）。 */
  readonly missingSteps: readonly ProcessStep[];
  /** （○）なのに記録がない手順（同上）。 */
  readonly bracketedStepsMissing: readonly ProcessStep[];
  /** まだ記録がない ○・（○）の手順のうち、最後に記録された手順より後のもの（進行中のケース）。 */
  readonly pendingSteps: readonly ProcessStep[];
  /** ×（不要）なのに記録がある手順（禁止ではないので参考情報）。 */
  readonly notNeededStepsDone: readonly ProcessStep[];
  /** 表の順序より早く行われた手順。 */
  readonly outOfOrder: readonly StepOrderViolation<ProcessStep>[];
  /** 基準日より後の日付で記録された手順。 */
  readonly futureSteps: readonly ProcessStep[];
  /** error の指摘がないか。 */
  readonly conforms: boolean;
}

const stepList = (steps: readonly ProcessStep[]): string =>
  steps.map((s) => `「${PROCESS_STEP_LABELS[s]}」`).join('、');

/**
 * 介護予防ケアマネジメントの1ケースを、明石市のタイプ別プロセスに照らして検査する。
 *
 * 判定すること:
 * - 明石市が実施しない類型（ケアマネジメントＢ）→ error（３（３）類型）
 * - 委託が認められない類型の委託（Ａ以外の委託）→ error（３（２）実施主体）
 * - ○（実施）の手順の欠落 → error。「欠落」とは、その手順より後の手順が記録されているのに記録がないこと、
 *   またはプロセス終了（`closed: true`）なのに記録がないこと。最後に記録された手順より後の未記録の手順は
 *   進行中として `pendingSteps` に挙げ、info にとどめる（未入力は「いいえ」ではない）
 * - （○）の手順の欠落 → 重大度は {@link akashiBracketedStepMissingSeverity}（既定 warning。凡例に定義がないため）
 * - △（必要に応じて実施）の手順 → 記録がなくても指摘しない
 * - ×（不要）の手順が記録されている → info（文書は「不要」とするだけで禁じていない）
 * - 表の列の順序（アセスメント → ケアプラン原案作成 → サービス担当者会議 → 利用者への説明・同意 →
 *   ケアプラン確定・交付 → サービス提供 → モニタリング）より早く行われた手順 → error。各手順の最初の実施日で比べ、
 *   同じ日は順序どおりとみなす（core の `findStepOrderViolations`）。読み方: 表の題が「プロセス」であり、列の並びを
 *   手順の順序と読んだ（文書は順序を文章では述べていない）
 * - 基準日より後の日付の手順 → error（実施済みの記録として不正）
 *
 * パラメータは、最初に記録された手順の日（記録がなければ基準日）に有効な値を使う。その日が方針の適用開始
 * （2023-04-01）より前なら `parameter.outOfRange` の指摘で判定しない。
 * 類型・委託の有無・手順の記録のどれかが未入力なら `undetermined`（分かる範囲の指摘は返す）。
 *
 * @source akashi-policy-2023 ３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】
 * @source akashi-policy-2023 ３（２）実施主体
 * @example
 * ```ts
 * const r = checkCareManagementCase(
 *   {
 *     type: 'C',
 *     delegated: true,
 *     steps: [
 *       { step: 'assessment', date: '2024-05-01' },
 *       { step: 'explanationConsent', date: '2024-05-08' },
 *     ],
 *   },
 *   { referenceDate: '2024-05-20' },
 * );
 * r.decision?.delegationAllowed; // => false（委託できるのはケアマネジメントＡのケースのみ）
 * ```
 */
export function checkCareManagementCase(
  input: unknown,
  context: unknown,
): RuleResult<CareManagementCaseDecision> {
  const rule = CARE_MANAGEMENT_CASE_RULE_ID;
  const parsed = prepareRuleInput(careManagementCaseSchema, input, context);
  if (!parsed.ok) return ruleResult({ rule, sources: SOURCES, findings: parsed.findings });
  const c = parsed.data;
  const today = parsed.context.referenceDate;
  const steps = (c.steps ?? []).map((s) => ({ step: s.step, date: s.date as IsoDate }));

  const asOf = steps.reduce<IsoDate>((min, s) => (s.date < min ? s.date : min), today);
  const resolved = resolveParameters(asOf, {
    table: akashiProcessTable,
    run: akashiCareManagementTypesRun,
    delegable: akashiDelegableTypes,
    bracketSeverity: akashiBracketedStepMissingSeverity,
  });
  if (!resolved.ok) return ruleResult({ rule, sources: SOURCES, findings: resolved.findings });
  const { table, run, delegable, bracketSeverity } = resolved.values;
  const parameters: ParameterUse[] = resolved.uses;

  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  if (c.type === undefined)
    missing.push({ path: ['type'], label: '介護予防ケアマネジメントの類型' });
  if (c.delegated === undefined)
    missing.push({ path: ['delegated'], label: '指定居宅介護支援事業所への委託' });
  if (c.steps === undefined) missing.push({ path: ['steps'], label: '実施した手順の記録' });

  // 類型を明石市が実施しているか（３（３））。
  const runByCity = c.type !== undefined && run.includes(c.type);
  if (c.type !== undefined && !runByCity) {
    findings.push({
      code: 'akashi.careManagement.typeNotRun',
      severity: 'error',
      message: `明石市は${CARE_MANAGEMENT_TYPE_LABELS[c.type].label}を実施していません（実施するのは${run
        .map((t) => CARE_MANAGEMENT_TYPE_LABELS[t].label)
        .join('と')}）。`,
      path: ['type'],
      citation: resolved.citations.run,
    });
  }

  // 委託（３（２）実施主体）。
  const delegationAllowed =
    c.delegated !== true || (c.type !== undefined && delegable.includes(c.type));
  if (c.type !== undefined && c.delegated === true && !delegationAllowed) {
    findings.push({
      code: 'akashi.careManagement.delegationNotAllowed',
      severity: 'error',
      message: `${CARE_MANAGEMENT_TYPE_LABELS[c.type].label}のケースは指定居宅介護支援事業所へ委託できません（委託するのは${delegable
        .map((t) => CARE_MANAGEMENT_TYPE_LABELS[t].label)
        .join('・')}を行うケース）。`,
      path: ['delegated'],
      citation: resolved.citations.delegable,
    });
  }

  // 基準日より後の日付。
  const futureSteps: ProcessStep[] = [];
  (c.steps ?? []).forEach((s, i) => {
    if (s.date > today) {
      if (!futureSteps.includes(s.step)) futureSteps.push(s.step);
      findings.push({
        code: 'akashi.careManagement.stepInFuture',
        severity: 'error',
        message: `「${PROCESS_STEP_LABELS[s.step]}」の実施日が基準日より後です。`,
        path: ['steps', i, 'date'],
      });
    }
  });

  // 表の順序。
  const outOfOrder = findStepOrderViolations(PROCESS_STEPS, steps);
  for (const v of outOfOrder) {
    const index = steps.findIndex((s) => s.step === v.step && s.date === v.date);
    findings.push({
      code: 'akashi.careManagement.outOfOrder',
      severity: 'error',
      message: `「${PROCESS_STEP_LABELS[v.step]}」が、表の順序で先に行う${stepList(v.expectedBefore)}より前の日に行われています。`,
      path: ['steps', index],
      citation: TABLE,
    });
  }

  // 表の記号（○・△・×・（○））。
  const missingSteps: ProcessStep[] = [];
  const bracketedStepsMissing: ProcessStep[] = [];
  const pendingSteps: ProcessStep[] = [];
  const notNeededStepsDone: ProcessStep[] = [];
  if (c.type !== undefined && c.steps !== undefined) {
    const row = table[c.type];
    const recorded = new Set(steps.map((s) => s.step));
    const lastRank = PROCESS_STEPS.reduce((last, s, i) => (recorded.has(s) ? i : last), -1);
    PROCESS_STEPS.forEach((step, rank) => {
      const mark = row[step];
      const done = recorded.has(step);
      const overdue = rank < lastRank || c.closed === true;
      if (mark === 'notNeeded' && done) notNeededStepsDone.push(step);
      if ((mark === 'implement' || mark === 'bracketed') && !done) {
        if (!overdue) pendingSteps.push(step);
        else if (mark === 'implement') missingSteps.push(step);
        else bracketedStepsMissing.push(step);
      }
    });
    const typeLabel = CARE_MANAGEMENT_TYPE_LABELS[c.type].label;
    for (const step of missingSteps)
      findings.push({
        code: 'akashi.careManagement.missingStep',
        severity: 'error',
        message: `${typeLabel}で○（実施）とされる「${PROCESS_STEP_LABELS[step]}」の記録がありません。`,
        path: ['steps'],
        citation: TABLE,
      });
    for (const step of bracketedStepsMissing)
      findings.push({
        code: 'akashi.careManagement.bracketedStepMissing',
        severity: bracketSeverity,
        message: `${typeLabel}で（○）とされる「${PROCESS_STEP_LABELS[step]}」の記録がありません（（○）の意味は文書の凡例に定義がないため要確認）。`,
        path: ['steps'],
        citation: TABLE,
      });
    for (const step of notNeededStepsDone)
      findings.push({
        code: 'akashi.careManagement.notNeededStepDone',
        severity: 'info',
        message: `${typeLabel}で×（不要）とされる「${PROCESS_STEP_LABELS[step]}」が記録されています（不要とされているだけで、禁止ではありません）。`,
        path: ['steps'],
        citation: TABLE,
      });
    if (pendingSteps.length > 0)
      findings.push({
        code: 'akashi.careManagement.pendingSteps',
        severity: 'info',
        message: `まだ記録のない手順があります（進行中のケースとして扱いました）: ${stepList(pendingSteps)}。`,
        path: ['steps'],
        citation: TABLE,
      });
  }

  if (missing.length > 0 || c.type === undefined || c.delegated === undefined)
    return ruleResult({ rule, sources: SOURCES, findings, missing, parameters });
  const decision: CareManagementCaseDecision = {
    type: c.type,
    runByCity,
    delegated: c.delegated,
    delegationAllowed,
    missingSteps,
    bracketedStepsMissing,
    pendingSteps,
    notNeededStepsDone,
    outOfOrder,
    futureSteps,
    conforms: !findings.some((f) => f.severity === 'error'),
  };
  return ruleResult({ rule, sources: SOURCES, decision, findings, parameters });
}
