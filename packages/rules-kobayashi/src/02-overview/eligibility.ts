import { CARE_LEVEL_LABELS, CARE_LEVELS } from '@kaigo/core';
import type { CareLevel, Finding, MissingInput, ParameterUse, RuleResult } from '@kaigo/core';
import { dateField, withMeta } from '@kaigo/forms';
import * as z from 'zod';
import { evaluateProgramCoverage } from '../05-other/programCoverage';
import { structuralValue } from '../internal/params';
import { checkedDate, runRule } from '../internal/run';
import { kobayashiCite } from '../source';
import { eligibleCareLevels, userCharge } from './parameters';

const CITE = kobayashiCite(
  '２ 事業概要',
  '対象者となる利用者及び利用者負担金：事業対象者、要支援１・２とし、利用者負担なし',
);

/** 対象者の判定の入力。日付は `YYYY-MM-DD`。 */
export interface EligibilityInput {
  /** 要介護状態区分等（SDK 共通の `CareLevel`（`@kaigo/core`）。CSV のコードからは `careLevelFromCode` で変換する）。 */
  careLevel?: CareLevel | undefined;
  /** プラン開始時の事前アセスメントの実施日。 */
  preAssessmentDate?: string | undefined;
  /** プラン開始日。 */
  planStartDate?: string | undefined;
  /** プラン終了日（予定を含む）。 */
  planEndDate?: string | undefined;
}

/**
 * 対象者の判定の入力スキーマ。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、５ その他
 */
export const eligibilityInputSchema: z.ZodType<EligibilityInput> = z.strictObject({
  careLevel: withMeta(z.enum(CARE_LEVELS as [CareLevel, ...CareLevel[]]), {
    label: '要介護状態区分等',
  }).optional(),
  preAssessmentDate: dateField({ label: '事前アセスメント実施日（プラン開始時）' }).optional(),
  planStartDate: dateField({ label: 'プラン開始日' }).optional(),
  planEndDate: dateField({ label: 'プラン終了日' }).optional(),
});

/** 対象者の判定。 */
export interface EligibilityDecision {
  /** 事業の対象者か。 */
  readonly eligible: boolean;
  /** 要介護状態区分等が対象（事業対象者・要支援1・要支援2）か（分かるときのみ）。 */
  readonly careLevelCovered?: boolean;
  /** 事前アセスメントが事業開始時以降か（分かるときのみ）。 */
  readonly assessmentOnOrAfterProgramStart?: boolean;
  /** プランが年度をこえるか（プランの期間が分かるときのみ。こえても申請は妨げない）。 */
  readonly crossesFiscalYear?: boolean;
  /** 利用者負担金（円）。要領は「利用者負担なし」（0円）。 */
  readonly userCharge: number;
}

/**
 * 利用者が小林市自立支援型ケアマネジメント促進事業の対象者かを判定する。
 *
 * - 対象は事業対象者・要支援１・要支援２（２ 事業概要）。それ以外（要介護1〜5・非該当）は対象外で、理由を返す。
 * - 利用者負担はなし（0円、パラメータ {@link userCharge}）。
 * - 事業開始時（2025-05-01 と読んだ）以降にプラン開始時の事前アセスメントを実施した者が対象（５ その他 ①）。
 * - プランが年度をこえても申請は妨げない（５ その他 ➁。年度をこえることは info で示す）。
 * - 区分か事前アセスメント実施日が分からず、ほかに対象外の理由もなければ undetermined（不足を `missing` に挙げる）。
 *   どちらかで対象外と分かれば、もう一方が不明でも対象外と判定する。
 *
 * @source kobayashi-jiritsu-2025 ２ 事業概要、５ その他 ①➁
 * @example
 * ```ts
 * checkEligibility(
 *   { careLevel: 'support1', preAssessmentDate: '2025-06-02' },
 *   { referenceDate: '2025-06-10' },
 * ).decision;
 * // => { eligible: true, careLevelCovered: true, assessmentOnOrAfterProgramStart: true, userCharge: 0 }
 * checkEligibility({ careLevel: 'care1' }, { referenceDate: '2025-06-10' }).decision?.eligible; // => false
 * checkEligibility({ careLevel: 'support2' }, { referenceDate: '2025-06-10' }).status; // => 'undetermined'
 * ```
 */
export function checkEligibility(
  input: unknown,
  context: unknown,
): RuleResult<EligibilityDecision> {
  return runRule(
    'kobayashi.eligibility',
    [CITE, kobayashiCite('５ その他 ①➁')],
    eligibilityInputSchema,
    input,
    context,
    (data, ctx) => {
      const findings: Finding[] = [];
      const missing: MissingInput[] = [];
      const parameters: ParameterUse[] = [];
      const levels = structuralValue(eligibleCareLevels, ctx.referenceDate);
      const charge = structuralValue(userCharge, ctx.referenceDate);
      if (!levels || !charge) {
        return {
          findings: [
            {
              code: 'parameter.outOfRange',
              severity: 'error',
              message: '基準日に有効な対象者の定めがありません。',
              citation: CITE,
            },
          ],
        };
      }
      parameters.push(levels.use, charge.use);

      let careLevelCovered: boolean | undefined;
      if (data.careLevel === undefined) {
        missing.push({ path: ['careLevel'], label: '要介護状態区分等' });
      } else {
        careLevelCovered = levels.value.includes(data.careLevel);
        if (!careLevelCovered) {
          findings.push({
            code: 'eligibility.careLevelNotCovered',
            severity: 'warning',
            message: `${CARE_LEVEL_LABELS[data.careLevel]}は対象外です（対象は${levels.value.map((l) => CARE_LEVEL_LABELS[l]).join('・')}）。`,
            path: ['careLevel'],
            citation: CITE,
          });
        }
      }

      const coverage = evaluateProgramCoverage({
        preAssessmentDate: data.preAssessmentDate ? checkedDate(data.preAssessmentDate) : undefined,
        planStartDate: data.planStartDate ? checkedDate(data.planStartDate) : undefined,
        planEndDate: data.planEndDate ? checkedDate(data.planEndDate) : undefined,
        referenceDate: ctx.referenceDate,
      });
      findings.push(...coverage.findings);
      missing.push(...coverage.missing);
      parameters.push(...coverage.parameters);
      if (coverage.findings.some((f) => f.severity === 'error')) return { findings, parameters };

      const covered = coverage.decision?.covered;
      const onOrAfterStart = coverage.decision?.assessmentOnOrAfterProgramStart;
      const known = [careLevelCovered, covered];
      const eligible = known.includes(false)
        ? false
        : known.every((k) => k === true)
          ? true
          : undefined;
      if (eligible === undefined) return { findings, missing, parameters };
      findings.push({
        code: eligible ? 'eligibility.eligible' : 'eligibility.notEligible',
        severity: 'info',
        message: eligible
          ? '事業の対象者です。利用者負担はありません。'
          : '事業の対象者ではありません（理由は上記）。',
        citation: CITE,
      });
      const decision: EligibilityDecision = {
        eligible,
        ...(careLevelCovered === undefined ? {} : { careLevelCovered }),
        ...(onOrAfterStart === undefined
          ? {}
          : { assessmentOnOrAfterProgramStart: onOrAfterStart }),
        ...(coverage.decision?.crossesFiscalYear === undefined
          ? {}
          : { crossesFiscalYear: coverage.decision.crossesFiscalYear }),
        userCharge: charge.value,
      };
      return { decision, findings, missing, parameters };
    },
  );
}
