import type { Finding, IsoDate, MissingInput, RuleEnv, StepOrderViolation } from '@kaigo/core';
import { cite, defineRule, findStepOrderViolations } from '@kaigo/core';
import { ruleInput } from '@kaigo/forms';
import { AKASHI_DOCUMENT } from '../document';
import type { CareManagementCase } from './careManagementCase';
import { careManagementCaseSchema } from './careManagementCase';
import { akashiDelegableTypes } from './implementation';
import type { CareManagementType, ProcessStep, ProcessTable } from './processTable';
import {
  CARE_MANAGEMENT_TYPE_LABELS,
  PROCESS_STEPS,
  PROCESS_STEP_LABELS,
  akashiBracketedStepMissingSeverity,
  akashiProcessTable,
  akashiStepOrder,
} from './processTable';
import { akashiCareManagementTypesRun } from './typesRun';

const TABLE = cite(AKASHI_DOCUMENT, '３（３）類型【介護予防ケアマネジメントのタイプ別プロセス】');

/**
 * ケアマネジメントＣのモニタリング（表では ○）が本文の説明と食い違うことの注記（指摘のメッセージに添える）。
 */
const TYPE_C_MONITORING_NOTE =
  '表はケアマネジメントＣの「モニタリング」を○（実施）としていますが、本文はケアマネジメントＣを「基本的にサービス利用開始時のみ行うケアマネジメント」と説明しており、食い違いがあります（表どおりに扱いました。要確認）。';

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
  /** 手順の順序（{@link akashiStepOrder}）より早く行われた手順（warning。文書は順序を文章では定めていない）。 */
  readonly outOfOrder: readonly StepOrderViolation<ProcessStep>[];
  /** 基準日より後の日付で記録された手順。 */
  readonly futureSteps: readonly ProcessStep[];
  /** error の指摘がないか。 */
  readonly conforms: boolean;
}

type DatedStep = { readonly step: ProcessStep; readonly date: IsoDate };

const stepList = (steps: readonly ProcessStep[]): string =>
  steps.map((s) => `「${PROCESS_STEP_LABELS[s]}」`).join('、');

const typeNames = (types: readonly CareManagementType[], separator: string): string =>
  types.map((t) => CARE_MANAGEMENT_TYPE_LABELS[t].label).join(separator);

function missingInputs(c: CareManagementCase): MissingInput[] {
  const missing: MissingInput[] = [];
  if (c.type === undefined)
    missing.push({ path: ['type'], label: '介護予防ケアマネジメントの類型' });
  if (c.delegated === undefined)
    missing.push({ path: ['delegated'], label: '指定居宅介護支援事業所への委託' });
  if (c.steps === undefined) missing.push({ path: ['steps'], label: '実施した手順の記録' });
  return missing;
}

/** 類型を明石市が実施しているか（３（３））と、委託（３（２）実施主体）。 */
function checkTypeAndDelegation(
  c: CareManagementCase,
  run: readonly CareManagementType[],
  delegable: readonly CareManagementType[],
  findings: Finding[],
): { runByCity: boolean; delegationAllowed: boolean } {
  const runByCity = c.type !== undefined && run.includes(c.type);
  if (c.type !== undefined && !runByCity)
    findings.push({
      code: 'akashi.careManagement.typeNotRun',
      severity: 'error',
      message: `明石市は${CARE_MANAGEMENT_TYPE_LABELS[c.type].label}を実施していません（実施するのは${typeNames(run, 'と')}）。`,
      path: ['type'],
      citation: akashiCareManagementTypesRun.citation,
    });
  const delegationAllowed =
    c.delegated !== true || (c.type !== undefined && delegable.includes(c.type));
  if (c.type !== undefined && c.delegated === true && !delegationAllowed)
    findings.push({
      code: 'akashi.careManagement.delegationNotAllowed',
      severity: 'error',
      message: `${CARE_MANAGEMENT_TYPE_LABELS[c.type].label}のケースは指定居宅介護支援事業所へ委託できません（委託するのは${typeNames(delegable, '・')}を行うケース）。`,
      path: ['delegated'],
      citation: akashiDelegableTypes.citation,
    });
  return { runByCity, delegationAllowed };
}

/** 基準日より後の日付で記録された手順。 */
function checkFutureSteps(
  steps: readonly DatedStep[],
  today: IsoDate,
  findings: Finding[],
): ProcessStep[] {
  const futureSteps: ProcessStep[] = [];
  steps.forEach((s, i) => {
    if (s.date <= today) return;
    if (!futureSteps.includes(s.step)) futureSteps.push(s.step);
    findings.push({
      code: 'akashi.careManagement.stepInFuture',
      severity: 'error',
      message: `「${PROCESS_STEP_LABELS[s.step]}」の実施日が基準日より後です。`,
      path: ['steps', i, 'date'],
    });
  });
  return futureSteps;
}

/**
 * 手順の順序（{@link akashiStepOrder}、既定は表の列の並び）より早く行われた手順。文書は順序を文章では定めていない
 * ため warning（要確認）。
 */
function checkOrder(
  order: readonly ProcessStep[],
  steps: readonly DatedStep[],
  findings: Finding[],
): StepOrderViolation<ProcessStep>[] {
  const outOfOrder = findStepOrderViolations(order, steps);
  for (const v of outOfOrder) {
    const index = steps.findIndex((s) => s.step === v.step && s.date === v.date);
    findings.push({
      code: 'akashi.careManagement.outOfOrder',
      severity: 'warning',
      message: `「${PROCESS_STEP_LABELS[v.step]}」が、表の列の並びで先にある${stepList(v.expectedBefore)}より前の日に行われています（文書は表を示すだけで順序を文章では定めていないため要確認）。`,
      path: ['steps', index],
      citation: TABLE,
    });
  }
  return outOfOrder;
}

interface MarkedSteps {
  readonly missingSteps: ProcessStep[];
  readonly bracketedStepsMissing: ProcessStep[];
  readonly pendingSteps: ProcessStep[];
  readonly notNeededStepsDone: ProcessStep[];
}

/** 表の記号（○・△・×・（○））ごとに、記録のない手順と不要な手順を分ける。 */
function sortByMark(
  row: ProcessTable[CareManagementType],
  steps: readonly DatedStep[],
  closed: boolean,
): MarkedSteps {
  const out: MarkedSteps = {
    missingSteps: [],
    bracketedStepsMissing: [],
    pendingSteps: [],
    notNeededStepsDone: [],
  };
  const recorded = new Set(steps.map((s) => s.step));
  const lastRank = PROCESS_STEPS.reduce((last, s, i) => (recorded.has(s) ? i : last), -1);
  PROCESS_STEPS.forEach((step, rank) => {
    const mark = row[step];
    const done = recorded.has(step);
    const overdue = rank < lastRank || closed;
    if (mark === 'notNeeded' && done) out.notNeededStepsDone.push(step);
    if ((mark === 'implement' || mark === 'bracketed') && !done) {
      if (!overdue) out.pendingSteps.push(step);
      else if (mark === 'implement') out.missingSteps.push(step);
      else out.bracketedStepsMissing.push(step);
    }
  });
  return out;
}

/** 表の記号に照らした指摘。 */
function markFindings(
  type: CareManagementType,
  marked: MarkedSteps,
  bracketSeverity: Finding['severity'],
): Finding[] {
  const typeLabel = CARE_MANAGEMENT_TYPE_LABELS[type].label;
  const about = (
    code: string,
    severity: Finding['severity'],
    message: (label: string, step: ProcessStep) => string,
  ): ((step: ProcessStep) => Finding) => {
    return (step) => ({
      code,
      severity,
      message: message(PROCESS_STEP_LABELS[step], step),
      path: ['steps'],
      citation: TABLE,
    });
  };
  const findings: Finding[] = [
    ...marked.missingSteps.map(
      about(
        'akashi.careManagement.missingStep',
        'error',
        (s, step) =>
          `${typeLabel}で○（実施）とされる「${s}」の記録がありません。${type === 'C' && step === 'monitoring' ? TYPE_C_MONITORING_NOTE : ''}`,
      ),
    ),
    ...marked.bracketedStepsMissing.map(
      about(
        'akashi.careManagement.bracketedStepMissing',
        bracketSeverity,
        (s) =>
          `${typeLabel}で（○）とされる「${s}」の記録がありません（（○）の意味は文書の凡例に定義がないため要確認）。`,
      ),
    ),
    ...marked.notNeededStepsDone.map(
      about(
        'akashi.careManagement.notNeededStepDone',
        'info',
        (s) =>
          `${typeLabel}で×（不要）とされる「${s}」が記録されています（不要とされているだけで、禁止ではありません）。`,
      ),
    ),
  ];
  if (marked.pendingSteps.length > 0)
    findings.push({
      code: 'akashi.careManagement.pendingSteps',
      severity: 'info',
      message: `まだ記録のない手順があります（進行中のケースとして扱いました）: ${stepList(marked.pendingSteps)}。`,
      path: ['steps'],
      citation: TABLE,
    });
  return findings;
}

const NO_MARKS: MarkedSteps = {
  missingSteps: [],
  bracketedStepsMissing: [],
  pendingSteps: [],
  notNeededStepsDone: [],
};

/** 本体: パラメータを最初の手順の日に読み、類型・委託・日付・順序・記号の順に検査する。 */
function evaluateCase(
  c: CareManagementCase,
  env: RuleEnv,
): {
  decision?: CareManagementCaseDecision;
  findings: Finding[];
  missing?: MissingInput[];
} {
  const today = env.referenceDate;
  const steps: DatedStep[] = (c.steps ?? []).map((s) => ({
    step: s.step,
    date: s.date as IsoDate,
  }));
  // 方針はケースの始まり（最初に記録された手順の日、なければ基準日）に有効な値で読む。
  const at = steps.reduce<IsoDate>((min, s) => (s.date < min ? s.date : min), today);
  const table = env.value(akashiProcessTable, { at });
  const run = env.value(akashiCareManagementTypesRun, { at });
  const delegable = env.value(akashiDelegableTypes, { at });
  const bracketSeverity = env.value(akashiBracketedStepMissingSeverity, { at });
  const order = env.value(akashiStepOrder, { at });

  const findings: Finding[] = [];
  const missing = missingInputs(c);
  const { runByCity, delegationAllowed } = checkTypeAndDelegation(c, run, delegable, findings);
  if (c.type !== undefined) {
    env.trace({
      kind: 'condition',
      code: 'akashi.careManagement.runByCity',
      label: '明石市が実施する類型か',
      outcome: runByCity,
    });
    env.trace({
      kind: 'condition',
      code: 'akashi.careManagement.delegationAllowed',
      label: '委託の有無がこの類型に認められるか',
      outcome: delegationAllowed,
    });
  }
  const futureSteps = checkFutureSteps(steps, today, findings);
  const outOfOrder = checkOrder(order, steps, findings);
  let marked = NO_MARKS;
  if (c.type !== undefined && c.steps !== undefined) {
    marked = sortByMark(table[c.type], steps, c.closed === true);
    findings.push(...markFindings(c.type, marked, bracketSeverity));
  }

  if (missing.length > 0 || c.type === undefined || c.delegated === undefined)
    return { findings, missing };
  const conforms = !findings.some((f) => f.severity === 'error');
  env.trace({
    kind: 'condition',
    code: 'akashi.careManagement.conforms',
    label: 'タイプ別プロセスに照らして error の指摘がないか',
    outcome: conforms,
  });
  return {
    decision: {
      type: c.type,
      runByCity,
      delegated: c.delegated,
      delegationAllowed,
      ...marked,
      outOfOrder,
      futureSteps,
      conforms,
    },
    findings,
  };
}

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
 * - ケアマネジメントＣのモニタリング: 表は ○ なので、欠落は error。ただし本文はＣを「基本的にサービス利用開始時のみ
 *   行うケアマネジメント」とし、表と食い違うため、指摘のメッセージにその旨を添える（本文どおりに読むなら
 *   {@link akashiProcessTable} の `C.monitoring` を上書きする）
 * - 手順の順序（{@link akashiStepOrder}。既定は表の列の並び: アセスメント → ケアプラン原案作成 → サービス担当者会議 →
 *   利用者への説明・同意 → ケアプラン確定・交付 → サービス提供 → モニタリング）より早く行われた手順 → warning。
 *   各手順の最初の実施日で比べ、同じ日は順序どおりとみなす（core の `findStepOrderViolations`）。読み方: 表の題が
 *   「プロセス」であり、列の並びを手順の順序と読んだが、文書は順序を文章では述べていないので error にはしない
 *   （`conforms` に影響しない）
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
export const checkCareManagementCase = defineRule<CareManagementCase, CareManagementCaseDecision>({
  id: 'akashi.careManagementCase',
  title: '介護予防ケアマネジメントのタイプ別プロセス（類型・委託・手順）',
  description:
    '類型（明石市はＡとＣを実施し、Ｂは実施しない）、委託（Ａのみ）、表の○の手順の欠落、（○）の手順の欠落（要確認）、×の手順の実施（参考）、手順の順序（表の列の並び、要確認）を検査する。',
  sources: [TABLE, cite(AKASHI_DOCUMENT, '３（２）実施主体')],
  input: ruleInput(careManagementCaseSchema),
  parameters: [
    akashiProcessTable,
    akashiCareManagementTypesRun,
    akashiDelegableTypes,
    akashiBracketedStepMissingSeverity,
    akashiStepOrder,
  ],
  examples: [
    {
      title: '委託したケアマネジメントＡ（手順どおり）',
      input: {
        type: 'A',
        delegated: true,
        closed: true,
        steps: [
          { step: 'assessment', date: '2024-05-07' },
          { step: 'draftPlan', date: '2024-05-10' },
          { step: 'serviceMeeting', date: '2024-05-15' },
          { step: 'explanationConsent', date: '2024-05-15' },
          { step: 'planDelivery', date: '2024-05-16' },
          { step: 'serviceProvision', date: '2024-05-20' },
          { step: 'monitoring', date: '2024-08-20' },
        ],
      },
      context: { referenceDate: '2024-09-01' },
      expect: { status: 'decided', decision: { type: 'A', missingSteps: [], conforms: true } },
    },
    {
      title:
        '委託したケアマネジメントＣ（委託はＡのみ。終了時にモニタリングの記録なし: 表は○、本文は「基本的にサービス利用開始時のみ」）',
      input: {
        type: 'C',
        delegated: true,
        closed: true,
        steps: [
          { step: 'assessment', date: '2024-06-03' },
          { step: 'explanationConsent', date: '2024-06-10' },
          { step: 'planDelivery', date: '2024-06-10' },
          { step: 'serviceProvision', date: '2024-06-17' },
        ],
      },
      context: { referenceDate: '2024-07-01' },
      expect: {
        status: 'decided',
        decision: { delegationAllowed: false, missingSteps: ['monitoring'], conforms: false },
        findings: [
          'akashi.careManagement.delegationNotAllowed',
          'akashi.careManagement.missingStep',
        ],
      },
    },
    {
      title: 'ケアマネジメントＢ（明石市は実施しない。原案作成がアセスメントより前＝順序は要確認）',
      input: {
        type: 'B',
        delegated: false,
        steps: [
          { step: 'assessment', date: '2024-06-05' },
          { step: 'draftPlan', date: '2024-06-03' },
        ],
      },
      context: { referenceDate: '2024-07-01' },
      expect: {
        status: 'decided',
        decision: { runByCity: false, conforms: false },
        findings: ['akashi.careManagement.typeNotRun', 'akashi.careManagement.outOfOrder'],
      },
    },
  ],
  evaluate: evaluateCase,
});
