import { defineParameter, defineRule, isoDate } from '@kaigo/core';
import type { DatedParameter, Rule, RuleEnv, RuleOutcome } from '@kaigo/core';
import { booleanField, ruleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { SECTIONS } from '../../sourceDocument';

/**
 * 指定居宅介護支援事業所の自宅訪問へのささえりあの同行を必須とするか（３（３）【利用者宅への訪問について】）。
 * 資料は「必須とはしない」ので `false`。求めがあれば同行をお願いしたい、とする（求めの方法・期限の定めはない）。
 *
 * @source kumamoto-kanyo-2024 ３（３）【利用者宅への訪問について】
 * @example
 * ```ts
 * homeVisitAccompanimentMandatory.values[0]?.value; // => false
 * ```
 */
export const homeVisitAccompanimentMandatory: DatedParameter<boolean> = defineParameter<boolean>({
  id: 'kumamoto.homeVisitAccompanimentMandatory',
  description: 'アセスメント・モニタリングの自宅訪問へのささえりあの同行を必須とするか',
  citation: SECTIONS.homeVisit,
  values: [{ from: isoDate('2024-04-01'), value: false }],
});

/** 訪問の目的: `assessment` アセスメント、`monitoring` モニタリング、`other` その他。 */
export const HOME_VISIT_PURPOSES = ['assessment', 'monitoring', 'other'] as const;

/** 訪問の目的。 */
export type HomeVisitPurpose = (typeof HOME_VISIT_PURPOSES)[number];

/** {@link homeVisitAccompaniment} の入力。 */
export interface HomeVisitInput {
  /** 訪問の目的。 */
  readonly purpose: HomeVisitPurpose;
  /** 指定居宅介護支援事業所からささえりあへの同行の求めがあるか。 */
  readonly accompanimentRequested?: boolean | undefined;
}

const REQUEST_LABEL = '指定居宅介護支援事業所からささえりあへの同行の求め';

/** {@link homeVisitAccompaniment} の入力スキーマ。 */
export const homeVisitInputSchema: z.ZodType<HomeVisitInput> = z.strictObject({
  purpose: withMeta(z.enum(HOME_VISIT_PURPOSES), {
    label: '訪問の目的（アセスメント・モニタリング・その他）',
  }),
  accompanimentRequested: booleanField({ label: REQUEST_LABEL }).optional(),
});

/** {@link homeVisitAccompaniment} の判定。 */
export interface HomeVisitDecision {
  /** 同行は必須か（資料では必須としない）。 */
  readonly mandatory: boolean;
  /**
   * ささえりあに同行が求められているか（事業所から求めがあれば同行をお願いしたい、とされる）。
   * 求めの有無が入力されていないとき、または資料が扱わない訪問（その他）のときは省略。
   */
  readonly accompanimentRequested?: boolean;
}

function evaluateHomeVisit(data: HomeVisitInput, env: RuleEnv): RuleOutcome<HomeVisitDecision> {
  // 開始前は専用の指摘にするため、範囲外を例外にしない。
  const inForce = env.inForce(homeVisitAccompanimentMandatory);
  if (!inForce.ok) {
    return {
      findings: [
        {
          code: 'homeVisit.beforeStart',
          severity: 'error',
          message: '基準日が、この資料の仕組みの開始日（令和６年４月１日）より前です。',
          path: [],
          citation: SECTIONS.directContract,
        },
      ],
    };
  }
  const mandatory = inForce.value.value;
  const { purpose, accompanimentRequested } = data;
  if (purpose === 'other') {
    return {
      decision: { mandatory },
      findings: [
        {
          code: 'homeVisit.purposeNotCovered',
          severity: 'info',
          message:
            '資料が同行について書いているのは、アセスメントやモニタリングの際の自宅訪問です。それ以外の訪問については記載がありません。',
          path: ['purpose'],
          citation: SECTIONS.homeVisit,
        },
      ],
    };
  }
  return {
    decision: {
      mandatory,
      ...(accompanimentRequested === undefined ? {} : { accompanimentRequested }),
    },
    findings: [
      {
        code: mandatory ? 'homeVisit.mandatory' : 'homeVisit.notMandatory',
        severity: 'info',
        message: mandatory
          ? '自宅訪問へのささえりあの同行は必須です。'
          : accompanimentRequested === true
            ? '同行は必須ではありませんが、指定居宅介護支援事業所から求めがあったので、ささえりあに同行をお願いしたいとされています。資料は同行の時期・期限を定めていません。'
            : '自宅訪問へのささえりあの同行は必須ではありません。指定居宅介護支援事業所から求めがあれば、同行をお願いしたいとされています。',
        path: ['accompanimentRequested'],
        citation: SECTIONS.homeVisit,
      },
    ],
    // 同行が必須かは求めの有無によらず答えられるので、求めは不足入力として挙げるだけ。
    missing:
      accompanimentRequested === undefined
        ? [{ path: ['accompanimentRequested'], label: REQUEST_LABEL }]
        : [],
  };
}

/**
 * 指定居宅介護支援事業所のアセスメント・モニタリングの自宅訪問に、ささえりあが同行するかを判定する。
 * 同行は必須ではない。事業所から求めがあれば同行をお願いしたい、とされる（任意の依頼）。資料は求めの方法や期限を
 * 定めていないので、期限は作らない。アセスメント・モニタリング以外の訪問については資料に記載がない。
 *
 * @source kumamoto-kanyo-2024 ３（３）【利用者宅への訪問について】
 * @example
 * ```ts
 * homeVisitAccompaniment({ purpose: 'monitoring', accompanimentRequested: true }, { referenceDate: '2024-10-01' }).decision;
 * // => { mandatory: false, accompanimentRequested: true }
 * ```
 */
export const homeVisitAccompaniment: Rule<HomeVisitInput, HomeVisitDecision> = defineRule({
  id: 'kumamoto.homeVisit',
  title: '利用者宅への訪問への同行',
  description:
    'アセスメント・モニタリングの自宅訪問への同行は必須ではなく、事業所の求めがあればお願いしたい（期限の定めなし）。',
  sources: [SECTIONS.homeVisit],
  input: ruleInput(homeVisitInputSchema),
  parameters: [homeVisitAccompanimentMandatory],
  examples: [
    {
      title: 'モニタリング訪問に同行を求められた',
      input: { purpose: 'monitoring', accompanimentRequested: true },
      context: { referenceDate: '2024-10-01' },
      expect: { status: 'decided', decision: { mandatory: false, accompanimentRequested: true } },
    },
    {
      title: 'アセスメント訪問（求めなし）',
      input: { purpose: 'assessment', accompanimentRequested: false },
      context: { referenceDate: '2024-10-01' },
      expect: { status: 'decided', decision: { mandatory: false, accompanimentRequested: false } },
    },
  ],
  evaluate: evaluateHomeVisit,
});
