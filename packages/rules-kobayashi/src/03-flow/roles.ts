import type { Citation, Finding, RuleResult } from '@kaigo/core';
import { withMeta } from '@kaigo/forms';
import * as z from 'zod';
import {
  kyotakuArrangementField,
  officeCategoryOf,
  officeKindField,
} from '../02-overview/officeKinds';
import type { KyotakuArrangement, OfficeKind } from '../02-overview/officeKinds';
import { structuralValue } from '../internal/params';
import { runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { flowSteps, OWNER_LABELS } from './parameters';
import type { FlowStepId, FlowStepSpec, FlowVariant, Owner } from './parameters';

const CITE = kobayashiCite('３ 事業の流れ');
const CITE_PAYMENT = kobayashiCite('３ 事業の流れ', '包括の確認欄入力を確認後、支払い。');

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
export function nextStep(input: unknown, context: unknown): RuleResult<NextStepDecision> {
  return runRule<typeof nextStepInputSchema, NextStepDecision>(
    'kobayashi.nextStep',
    [CITE, CITE_PAYMENT],
    nextStepInputSchema,
    input,
    context,
    (data, ctx) => {
      const flows = structuralValue(flowSteps, ctx.referenceDate);
      if (!flows) {
        return {
          findings: [
            {
              code: 'parameter.outOfRange',
              severity: 'error',
              message: '基準日に有効な事業の流れの定めがありません。',
              citation: CITE,
            },
          ],
        };
      }
      let variant: FlowVariant;
      if (officeCategoryOf(data.officeKind) === 'serviceProvider') variant = 'serviceProvider';
      else if (data.kyotakuArrangement) variant = data.kyotakuArrangement;
      else {
        return {
          missing: [{ path: ['kyotakuArrangement'], label: '委託居宅・指定居宅の別' }],
          parameters: [flows.use],
        };
      }
      const specs = flows.value[variant];
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
      const steps = specs.map((s) => stateOf(s, done, data.officeKind));
      const nextSpec = specs.find((s) => !done.has(s.id) && s.requires.every((r) => done.has(r)));
      const payment = specs.find((s) => s.id === 'payment');
      const paymentBlockedBy = payment ? payment.requires.filter((r) => !done.has(r)) : [];
      return {
        decision: {
          variant,
          steps,
          next: nextSpec ? stateOf(nextSpec, done, data.officeKind) : null,
          paymentAllowed: payment !== undefined && paymentBlockedBy.length === 0,
          paymentBlockedBy,
        },
        findings,
        parameters: [flows.use],
      };
    },
  );
}
