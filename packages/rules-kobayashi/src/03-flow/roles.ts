import { cite, defineRule } from '@kaigo/core';
import type { Citation, Finding, RuleEnv, RuleOutcome } from '@kaigo/core';
import { ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import {
  kyotakuArrangementField,
  officeCategoryOf,
  officeKindField,
} from '../02-overview/officeKinds';
import type { KyotakuArrangement, OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';
import { flowSteps, OWNER_LABELS } from './parameters';
import type { FlowStepId, FlowStepSpec, FlowVariant, Owner } from './parameters';

const CITE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ');
const CITE_PAYMENT = cite(
  KOBAYASHI_DOCUMENT,
  '３ 事業の流れ',
  '包括の確認欄入力を確認後、支払い。',
);

const STEP_IDS = [
  'application',
  'contract',
  'targetRoster',
  'userList',
  'hokatsuSupport',
  'assessmentEntry',
  'formsEntry',
  'formsCopyToHokatsu',
  'copiesSharedWithCity',
  'hokatsuConfirmation',
  'invoice',
  'payment',
] as const satisfies readonly FlowStepId[];

/** 次の手順の判定の入力。 */
export interface NextStepInput {
  /** 事業所の種類。 */
  officeKind: OfficeKind;
  /** 委託居宅・指定居宅の別（居宅介護支援事業所のみ必要）。 */
  kyotakuArrangement?: KyotakuArrangement | undefined;
  /** 済んだ手順（ないものは未了）。 */
  completedSteps: FlowStepId[];
}

/**
 * 次の手順の判定の入力スキーマ。`completedSteps` は済んだ手順の一覧（ないものは未了）。
 * 居宅介護支援事業所は委託居宅・指定居宅の別が必要（入力先が違う）。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ
 */
export const nextStepInputSchema: z.ZodType<NextStepInput> = z.strictObject({
  officeKind: officeKindField(),
  kyotakuArrangement: kyotakuArrangementField().optional(),
  completedSteps: withMeta(z.array(withMeta(z.enum(STEP_IDS), { label: '手順' })).max(50), {
    label: '済んだ手順',
  }),
});

/** 流れの手順1件の状態。 */
export interface FlowStepState {
  /** 手順の id。 */
  readonly id: FlowStepId;
  /** 担い手。 */
  readonly owner: Owner;
  /** 担い手の日本語名。 */
  readonly ownerLabel: string;
  /** すること。 */
  readonly action: string;
  /** 済んだか。 */
  readonly done: boolean;
  /** 出典。 */
  readonly citation: Citation;
}

/** 次の手順の判定。 */
export interface NextStepDecision {
  /** 流れの種類（サービス提供事業所・委託居宅・指定居宅）。 */
  readonly variant: FlowVariant;
  /** 手順の一覧（流れの順）。 */
  readonly steps: readonly FlowStepState[];
  /** 次の手順（すべて済んでいれば null）。 */
  readonly next: FlowStepState | null;
  /** 支払いをしてよいか（請求書・明細書の提出と包括の確認欄入力が済んでいる）。 */
  readonly paymentAllowed: boolean;
  /** 支払いの前に済んでいない手順。 */
  readonly paymentBlockedBy: readonly FlowStepId[];
}

function stateOf(spec: FlowStepSpec, done: ReadonlySet<string>, kind: OfficeKind): FlowStepState {
  return {
    id: spec.id,
    owner: spec.owner,
    ownerLabel:
      spec.owner === 'office'
        ? kind === 'kyotaku'
          ? '居宅介護支援事業所'
          : 'サービス提供事業所'
        : OWNER_LABELS[spec.owner],
    action: spec.action,
    done: done.has(spec.id),
    citation: spec.citation,
  };
}

/** 1. 流れの種類（居宅は委託・指定の別が要る。なければ undefined）。 */
function variantOf(data: NextStepInput): FlowVariant | undefined {
  if (officeCategoryOf(data.officeKind) === 'serviceProvider') return 'serviceProvider';
  return data.kyotakuArrangement;
}

/** 2. 済んだとされた手順の検査: 流れにない手順（warning）、前提が済んでいない手順（支払いは error）。 */
function stepFindings(data: NextStepInput, specs: readonly FlowStepSpec[]): Finding[] {
  const done = new Set<string>(data.completedSteps);
  const findings: Finding[] = [];
  data.completedSteps.forEach((id, index) => {
    if (!specs.some((s) => s.id === id)) {
      findings.push({
        code: 'flow.stepNotInFlow',
        severity: 'warning',
        message: `この事業所の流れにない手順が済んだとされています（${index + 1}件目）。`,
        path: ['completedSteps', index],
        citation: CITE,
      });
    }
  });
  for (const spec of specs) {
    if (!done.has(spec.id)) continue;
    const pending = spec.requires.filter((r) => !done.has(r));
    if (pending.length === 0) continue;
    const isPayment = spec.id === 'payment';
    findings.push({
      code: isPayment ? 'flow.paidBeforeConfirmation' : 'flow.outOfOrder',
      severity: isPayment ? 'error' : 'warning',
      message: `「${spec.action}」が済んだとされていますが、先に必要な手順（${pending
        .map((p) => specs.find((s) => s.id === p)?.action ?? p)
        .join('／')}）が済んでいません。`,
      path: ['completedSteps'],
      citation: spec.citation,
    });
  }
  return findings;
}

/** 本体: 1 流れの種類、2 済んだ手順の検査、3 次の手順と支払いの可否。 */
function evaluateNextStep(data: NextStepInput, env: RuleEnv): RuleOutcome<NextStepDecision> {
  const flows = env.value(flowSteps, { beforeFirst: 'first' });
  const variant = variantOf(data);
  if (!variant)
    return { missing: [{ path: ['kyotakuArrangement'], label: '委託居宅・指定居宅の別' }] };
  env.trace({ kind: 'condition', code: 'flow.variant', label: '流れの種類', outcome: variant });
  const specs = flows[variant];
  const done = new Set<string>(data.completedSteps);
  const findings = stepFindings(data, specs);
  const steps = specs.map((s) => stateOf(s, done, data.officeKind));
  const nextSpec = specs.find((s) => !done.has(s.id) && s.requires.every((r) => done.has(r)));
  const payment = specs.find((s) => s.id === 'payment');
  const paymentBlockedBy = payment ? payment.requires.filter((r) => !done.has(r)) : [];
  const paymentAllowed = payment !== undefined && paymentBlockedBy.length === 0;
  env.trace({
    kind: 'condition',
    code: 'flow.paymentAllowed',
    label: '支払いをしてよい',
    outcome: paymentAllowed,
  });
  return {
    decision: {
      variant,
      steps,
      next: nextSpec ? stateOf(nextSpec, done, data.officeKind) : null,
      paymentAllowed,
      paymentBlockedBy,
    },
    findings,
  };
}

/**
 * 事例の記録から、次の手順とその担い手（長寿介護課・包括・事業所）、支払いをしてよいかを判定する。
 *
 * - 流れは {@link flowSteps}（サービス提供事業所・委託居宅・指定居宅の別）。次の手順は、前提の手順がすべて済んだ
 *   未了の手順のうち流れの順で最初のもの。
 * - 委託居宅は統一様式をシステムへ入力し、指定居宅は包括に写しを提出する（包括が写しを市へ共有）。
 * - 支払いは、請求書・明細書の提出と、包括による「対象者一覧」の確認欄入力の後（３（１）（２））。
 * - 前提が済んでいないのに済んだとされた手順は warning、確認欄入力の前の支払いは error で示す。
 * - 居宅で委託・指定の別がなければ undetermined。その流れにない手順が済んだとされたら warning。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（１）（２）
 * @example
 * ```ts
 * const r = nextStep(
 *   { officeKind: 'kyotaku', kyotakuArrangement: 'shitei',
 *     completedSteps: ['application', 'contract', 'targetRoster', 'userList', 'hokatsuSupport', 'formsCopyToHokatsu', 'invoice'] },
 *   { referenceDate: '2025-07-05' },
 * );
 * r.decision?.next?.id; // => 'copiesSharedWithCity'
 * r.decision?.next?.ownerLabel; // => '包括（プラン担当者）'
 * r.decision?.paymentAllowed; // => false
 * ```
 */
export const nextStep = defineRule<NextStepInput, NextStepDecision>({
  id: 'kobayashi.nextStep',
  title: '次の手順と担い手、支払いの可否',
  description:
    '事例の記録から次の手順と担い手（長寿介護課・包括・事業所）を示し、包括の確認欄入力の後でなければ支払いできないことを判定する。',
  sources: [CITE, CITE_PAYMENT],
  input: ruleInput(nextStepInputSchema),
  parameters: [flowSteps],
  examples: [
    {
      title: '指定居宅、写し提出と請求の後',
      input: {
        officeKind: 'kyotaku',
        kyotakuArrangement: 'shitei',
        completedSteps: [
          'application',
          'contract',
          'targetRoster',
          'userList',
          'hokatsuSupport',
          'formsCopyToHokatsu',
          'invoice',
        ],
      },
      context: { referenceDate: '2025-07-05' },
      expect: { status: 'decided', decision: { variant: 'shitei', paymentAllowed: false } },
    },
    {
      title: '通所型、包括の確認欄入力済み',
      input: {
        officeKind: 'tsusho',
        completedSteps: [
          'application',
          'contract',
          'targetRoster',
          'userList',
          'hokatsuSupport',
          'assessmentEntry',
          'hokatsuConfirmation',
          'invoice',
        ],
      },
      context: { referenceDate: '2025-07-05' },
      expect: { status: 'decided', decision: { variant: 'serviceProvider', paymentAllowed: true } },
    },
  ],
  evaluate: evaluateNextStep,
});
