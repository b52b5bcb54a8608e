import { cite, defineRule, failure, success } from '@kaigo/core';
import type { IsoDate, Outcome, RuleEnv } from '@kaigo/core';
import { codeField, dateField, ruleInput } from '@kaigo/forms';
import { KOBAYASHI_ACTIVITY_CODES } from '../forms/index';
import * as z from 'zod';
import { OFFICE_KIND_LABELS, officeCategoryOf, officeKindField } from '../02-overview/officeKinds';
import type { OfficeKind } from '../02-overview/officeKinds';
import { KOBAYASHI_DOCUMENT } from '../document';
import { ACTIVITY_LABELS, feeTableReading, fees } from './parameters';
import type { Activity } from './parameters';

const CITE = cite(KOBAYASHI_DOCUMENT, '３ 事業の流れ（表）');

/** 支援額の照会結果。 */
export interface FeeQuote {
  /** 支援額（円/件）。 */
  readonly amount: number;
}

/** 表の読み方で区分が分かれる取組（事前・事後アセスメント）。 */
const PRE_POST: readonly Activity[] = ['preAssessment', 'postAssessment'];

/**
 * 事業所の種類・取組・実施日の支援額（円/件）を求める。支援額の表（パラメータ {@link fees}）と表の読み方
 * （スイッチ {@link feeTableReading}）は実施日の値をルールの環境 `env` から読む（文脈の上書きが効き、使用記録と
 * トレースが残る）。その区分が請求できない取組（読み方 `prePostServiceProvidersOnly` のときの居宅介護支援事業所の
 * 事前・事後アセスメントを含む）は `fee.notClaimable`、事業期間外（事業開始前など、支援額が定められていない日）は
 * `fee.outsideProgram` の失敗。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表）
 * @example
 * ```ts
 * // ルール本体の中で（env は defineRule が渡す環境）
 * feeFor('kyotaku', 'communityCareMeeting', isoDate('2025-07-01'), env); // => { ok: true, value: { amount: 5000 } }
 * feeFor('homon', 'communityCareMeeting', isoDate('2025-07-01'), env).ok; // => false
 * ```
 */
export function feeFor(
  kind: OfficeKind,
  activity: Activity,
  date: IsoDate,
  env: RuleEnv,
): Outcome<FeeQuote> {
  const table = env.inForce(fees, { at: date });
  if (!table.ok) {
    return failure(
      'fee.outsideProgram',
      `${ACTIVITY_LABELS[activity]}の実施日が事業期間外です（支援額の定めがありません）。`,
    );
  }
  const category = officeCategoryOf(kind);
  const reading = env.value(feeTableReading, { at: date, beforeFirst: 'first' });
  if (
    reading === 'prePostServiceProvidersOnly' &&
    category === 'careManagement' &&
    PRE_POST.includes(activity)
  ) {
    return failure(
      'fee.notClaimable',
      `${OFFICE_KIND_LABELS[kind]}は「${ACTIVITY_LABELS[activity]}」を請求できません（支援額の表の読み方: 事前・事後アセスメントはサービス提供事業所のみ）。`,
    );
  }
  const amount = table.value.value[category][activity];
  if (amount === undefined) {
    return failure(
      'fee.notClaimable',
      `${OFFICE_KIND_LABELS[kind]}は「${ACTIVITY_LABELS[activity]}」を請求できません。`,
    );
  }
  return success({ amount });
}

/**
 * 支援額の照会の入力スキーマ。
 *
 * @source kobayashi-jiritsu-2025 ３ 事業の流れ（表）
 */
export const feeInputSchema = z.strictObject({
  /** 事業所の種類。 */
  officeKind: officeKindField(),
  /** 取組。 */
  activity: codeField(KOBAYASHI_ACTIVITY_CODES, { label: '取組' }),
  /** 実施日（`YYYY-MM-DD`）。 */
  date: dateField({ label: '実施日' }),
});

/** 支援額の照会の入力。 */
export type FeeInput = z.infer<typeof feeInputSchema>;

/** 支援額の照会の判定。 */
export interface FeeDecision {
  /** その事業所の種類が請求できる取組か。 */
  readonly claimable: boolean;
  /** 支援額（円/件。請求できないときは 0）。 */
  readonly amount: number;
}

/**
 * 事業所の種類・取組・実施日から支援額（円/件）を判定する（{@link fees} の表を実施日の値で引く）。
 * 請求できない取組は `claimable: false`。事業期間外の日付は invalid（理由を指摘）。
 * 居宅介護支援事業所の事前・事後アセスメントは、表の読み方 {@link feeTableReading} が既定
 * （`prePostBothCategories`、両区分共通）なら 3,000円・7,000円、別の読み方（`prePostServiceProvidersOnly`）なら請求できない。
 *
 * @source kobayashi-jiritsu-2025 ２（２）、３ 事業の流れ（表）
 * @example
 * ```ts
 * lookupFee({ officeKind: 'tsusho', activity: 'postAssessment', date: '2025-10-20' }, { referenceDate: '2025-10-20' })
 *   .decision; // => { claimable: true, amount: 7000 }
 * lookupFee({ officeKind: 'kyotaku', activity: 'preAssessment', date: '2025-07-15' }, { referenceDate: '2025-07-15' })
 *   .decision; // => { claimable: true, amount: 3000 }
 * // 表の別の読み方（事前・事後はサービス提供事業所のみ）
 * lookupFee(
 *   { officeKind: 'kyotaku', activity: 'preAssessment', date: '2025-07-15' },
 *   { referenceDate: '2025-07-15', parameters: { 'kobayashi.feeTableReading': 'prePostServiceProvidersOnly' } },
 * ).decision; // => { claimable: false, amount: 0 }
 * ```
 */
export const lookupFee = defineRule<FeeInput, FeeDecision>({
  id: 'kobayashi.fee',
  title: '支援額（円/件）',
  description: '事業所の種類・取組・実施日の支援額。その種類が請求できない取組は請求不可。',
  sources: [cite(KOBAYASHI_DOCUMENT, '２（２）'), CITE],
  input: ruleInput(feeInputSchema),
  parameters: [fees, feeTableReading],
  examples: [
    {
      title: '居宅の地域ケア自立支援会議事例提出',
      input: { officeKind: 'kyotaku', activity: 'communityCareMeeting', date: '2025-07-15' },
      context: { referenceDate: '2025-07-15' },
      expect: { status: 'decided', decision: { claimable: true, amount: 5000 } },
    },
    {
      title: '通所型の事後アセスメント',
      input: { officeKind: 'tsusho', activity: 'postAssessment', date: '2025-10-20' },
      context: { referenceDate: '2025-10-20' },
      expect: { status: 'decided', decision: { claimable: true, amount: 7000 } },
    },
    {
      title:
        '居宅の事前アセスメント（表の別の読み方: 事前・事後はサービス提供事業所のみ。既定では 3,000円）',
      input: { officeKind: 'kyotaku', activity: 'preAssessment', date: '2025-07-15' },
      context: {
        referenceDate: '2025-07-15',
        parameters: { 'kobayashi.feeTableReading': 'prePostServiceProvidersOnly' },
      },
      expect: { status: 'decided', decision: { claimable: false, amount: 0 } },
    },
  ],
  evaluate: (data, env) => {
    const quote = feeFor(data.officeKind, data.activity, data.date as IsoDate, env);
    env.trace({
      kind: 'condition',
      code: 'fee.claimable',
      label: 'この事業所の種類が請求できる取組',
      outcome: quote.ok ? true : quote.error.code,
    });
    if (quote.ok) return { decision: { claimable: true, amount: quote.value.amount } };
    if (quote.error.code === 'fee.notClaimable') {
      return {
        decision: { claimable: false, amount: 0 },
        findings: [{ ...quote.error, severity: 'warning', path: ['activity'], citation: CITE }],
      };
    }
    return { findings: [{ ...quote.error, path: ['date'], citation: CITE }] };
  },
});
