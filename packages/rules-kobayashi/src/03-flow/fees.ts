import { failure, parameterUse, success, valueAt } from '@kaigo/core';
import type { IsoDate, Outcome, ParameterUse, RuleResult } from '@kaigo/core';
import { codeField, dateField, KOBAYASHI_ACTIVITY_CODES } from '@kaigo/forms';
import * as z from 'zod';
import { OFFICE_KIND_LABELS, officeCategoryOf, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { checkedDate, runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { ACTIVITY_LABELS, fees } from './parameters';
import type { Activity } from './parameters';

const CITE = kobayashiCite('３ 事業の流れ（表）');

/** 支援額の照会結果。 */
export interface FeeQuote {
  /** 支援額（円/件）。 */
  readonly amount: number;
  /** 使用したパラメータ。 */
  readonly parameter: ParameterUse;
}

/**
 * 事業所の種類・取組・実施日の支援額（円/件）を求める純粋関数。その区分が請求できない取組は `fee.notClaimable`、
 * 事業期間外（事業開始前など、支援額が定められていない日）は `fee.outsideProgram` の失敗。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表）
 * @example
 * ```ts
 * feeFor('kyotaku', 'communityCareMeeting', isoDate('2025-07-01')); // => { ok: true, value: { amount: 5000, … } }
 * feeFor('homon', 'communityCareMeeting', isoDate('2025-07-01')).ok; // => false
 * ```
 */
export function feeFor(kind: OfficeKind, activity: Activity, date: IsoDate): Outcome<FeeQuote> {
  const table = valueAt(fees, date);
  if (!table.ok) {
    return failure(
      'fee.outsideProgram',
      `${ACTIVITY_LABELS[activity]}の実施日が事業期間外です（支援額の定めがありません）。`,
    );
  }
  const amount = table.value.value[officeCategoryOf(kind)][activity];
  if (amount === undefined) {
    return failure(
      'fee.notClaimable',
      `${OFFICE_KIND_LABELS[kind]}は「${ACTIVITY_LABELS[activity]}」を請求できません。`,
    );
  }
  return success({ amount, parameter: parameterUse(fees, table.value) });
}

/** 支援額の照会の入力。 */
export interface FeeInput {
  /** 事業所の種類。 */
  officeKind: OfficeKind;
  /** 取組。 */
  activity: Activity;
  /** 実施日（`YYYY-MM-DD`）。 */
  date: string;
}

/**
 * 支援額の照会の入力スキーマ。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（表）
 */
export const feeInputSchema: z.ZodType<FeeInput> = z.strictObject({
  officeKind: officeKindField(),
  activity: codeField(KOBAYASHI_ACTIVITY_CODES, { label: '取組' }),
  date: dateField({ label: '実施日' }),
});

/** 支援額の照会の判定。 */
export interface FeeDecision {
  /** その事業所の種類が請求できる取組か。 */
  readonly claimable: boolean;
  /** 支援額（円/件。請求できないときは 0）。 */
  readonly amount: number;
}

/**
 * 事業所の種類・取組・実施日から支援額（円/件）を判定する（{@link fees} の表を引く）。
 * 請求できない取組は `claimable: false`。事業期間外の日付は invalid（理由を指摘）。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表）
 * @example
 * ```ts
 * lookupFee({ officeKind: 'tsusho', activity: 'postAssessment', date: '2025-10-20' }, { referenceDate: '2025-10-20' })
 *   .decision; // => { claimable: true, amount: 7000 }
 * ```
 */
export function lookupFee(input: unknown, context: unknown): RuleResult<FeeDecision> {
  return runRule<typeof feeInputSchema, FeeDecision>(
    'kobayashi.fee',
    [CITE],
    feeInputSchema,
    input,
    context,
    (data) => {
      const quote = feeFor(data.officeKind, data.activity, checkedDate(data.date));
      if (quote.ok) {
        return {
          decision: { claimable: true, amount: quote.value.amount },
          parameters: [quote.value.parameter],
        };
      }
      if (quote.error.code === 'fee.notClaimable') {
        const table = valueAt(fees, checkedDate(data.date));
        return {
          decision: { claimable: false, amount: 0 },
          findings: [{ ...quote.error, severity: 'warning', path: ['activity'], citation: CITE }],
          parameters: table.ok ? [parameterUse(fees, table.value)] : [],
        };
      }
      return { findings: [{ ...quote.error, path: ['date'], citation: CITE }] };
    },
  );
}
