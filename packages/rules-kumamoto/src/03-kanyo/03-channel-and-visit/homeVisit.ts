import { defineParameter, isoDate, parameterUse, ruleResult, valueAt } from '@kaigo/core';
import type { DatedParameter, Finding, MissingInput, RuleResult } from '@kaigo/core';
import { booleanField, prepareRuleInput, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { SECTIONS } from '../../shared/sections';

const RULE = 'kumamoto.homeVisit';
const SOURCES = [SECTIONS.homeVisit];

/**
 * 指定居宅介護支援事業所の自宅訪問へのささえりあの同行を必須とするか（３（３）【利用者宅への訪問について】）。
 * 資料は「必須とはしない」ので `false`。求めがあれば同行をお願いしたい、とする（求めの方法・期限の定めはない）。
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

/** {@link homeVisitAccompaniment} の入力スキーマ。 */
export const homeVisitInputSchema: z.ZodType<HomeVisitInput> = z.strictObject({
  purpose: withMeta(z.enum(HOME_VISIT_PURPOSES), {
    label: '訪問の目的（アセスメント・モニタリング・その他）',
  }),
  accompanimentRequested: booleanField({
    label: '指定居宅介護支援事業所からささえりあへの同行の求め',
  }).optional(),
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

/** {@link homeVisitAccompaniment} が使うパラメータ（差し替え可能）。 */
export interface HomeVisitParameters {
  /** 同行を必須とするか。 */
  readonly homeVisitAccompanimentMandatory: DatedParameter<boolean>;
}

const DEFAULTS: HomeVisitParameters = { homeVisitAccompanimentMandatory };

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
export function homeVisitAccompaniment(
  input: unknown,
  context: unknown,
  params: HomeVisitParameters = DEFAULTS,
): RuleResult<HomeVisitDecision> {
  const p = prepareRuleInput(homeVisitInputSchema, input, context);
  if (!p.ok) return ruleResult({ rule: RULE, sources: SOURCES, findings: p.findings });
  const inForce = valueAt(params.homeVisitAccompanimentMandatory, p.context.referenceDate);
  if (!inForce.ok) {
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      findings: [
        {
          code: 'homeVisit.beforeStart',
          severity: 'error',
          message: '基準日が、この資料の仕組みの開始日（令和６年４月１日）より前です。',
          path: [],
          citation: SECTIONS.directContract,
        },
      ],
    });
  }
  const parameters = [parameterUse(params.homeVisitAccompanimentMandatory, inForce.value)];
  const mandatory = inForce.value.value;
  const findings: Finding[] = [];
  const missing: MissingInput[] = [];
  const { purpose, accompanimentRequested } = p.data;
  if (purpose === 'other') {
    findings.push({
      code: 'homeVisit.purposeNotCovered',
      severity: 'info',
      message:
        '資料が同行について書いているのは、アセスメントやモニタリングの際の自宅訪問です。それ以外の訪問については記載がありません。',
      path: ['purpose'],
      citation: SECTIONS.homeVisit,
    });
    return ruleResult({
      rule: RULE,
      sources: SOURCES,
      decision: { mandatory },
      findings,
      parameters,
    });
  }
  findings.push({
    code: mandatory ? 'homeVisit.mandatory' : 'homeVisit.notMandatory',
    severity: 'info',
    message: mandatory
      ? '自宅訪問へのささえりあの同行は必須です。'
      : accompanimentRequested === true
        ? '同行は必須ではありませんが、指定居宅介護支援事業所から求めがあったので、ささえりあに同行をお願いしたいとされています。資料は同行の時期・期限を定めていません。'
        : '自宅訪問へのささえりあの同行は必須ではありません。指定居宅介護支援事業所から求めがあれば、同行をお願いしたいとされています。',
    path: ['accompanimentRequested'],
    citation: SECTIONS.homeVisit,
  });
  if (accompanimentRequested === undefined) {
    missing.push({
      path: ['accompanimentRequested'],
      label: '指定居宅介護支援事業所からささえりあへの同行の求め',
    });
  }
  return ruleResult({
    rule: RULE,
    sources: SOURCES,
    decision: {
      mandatory,
      ...(accompanimentRequested === undefined ? {} : { accompanimentRequested }),
    },
    findings,
    missing,
    parameters,
  });
}
